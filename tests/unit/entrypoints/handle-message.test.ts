import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageHandler } from '../../../entrypoints/background/handle-message';
import { createTabStatusStore, memoryArea } from '../../../entrypoints/background/tab-status';
import type { PanelMessage } from '../../../entrypoints/lib/messages';

const ORIGIN = 'chrome-extension://abcdefgh/';
const POPUP = { url: `${ORIGIN}popup.html` };
const tabSender = (id: number) => ({ tab: { id, url: 'https://www.faz.net/aktuell/wirtschaft/ki.html' } });

function setup(runOk = true) {
  const statuses = createTabStatusStore(memoryArea(), () => 42);
  const runPanel = vi.fn(async (_tabId: number, _msg: PanelMessage) => runOk);
  const handle = createMessageHandler({ statuses, runPanel, extensionOrigin: ORIGIN });
  return { statuses, runPanel, handle };
}

describe('background message handler', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => {
    env = setup();
  });

  it('loads the panel, in automatic mode, into the tab whose gate passed', async () => {
    expect(await env.handle({ type: 'contrepoint:analyse' }, tabSender(5))).toBe(true);
    // The gate saw no panel in the tab: the background injects it without asking the tab first.
    expect(env.runPanel).toHaveBeenCalledWith(5, { type: 'contrepoint:run', manual: false }, false);
    expect(await env.handle({ type: 'contrepoint:analyse', panelLoaded: true }, tabSender(5))).toBe(true);
    expect(env.runPanel).toHaveBeenLastCalledWith(5, { type: 'contrepoint:run', manual: false }, true);
  });

  it('loads no panel on a site the reader switched off, and reads the settings only for the gate’s request', async () => {
    const statuses = createTabStatusStore(memoryArea(), () => 42);
    const runPanel = vi.fn(async () => true);
    const siteEnabled = vi.fn(async (url: string) => !url.includes('faz.net'));
    const handle = createMessageHandler({ statuses, runPanel, extensionOrigin: ORIGIN, siteEnabled });
    expect(await handle({ type: 'contrepoint:analyse' }, tabSender(5))).toBe(false);
    expect(siteEnabled).toHaveBeenCalledWith('https://www.faz.net/aktuell/wirtschaft/ki.html');
    expect(runPanel).not.toHaveBeenCalled();
    const other = { tab: { id: 6, url: 'https://www.lemonde.fr/economie/article/ia.html' } };
    expect(await handle({ type: 'contrepoint:analyse' }, other)).toBe(true);
    expect(runPanel).toHaveBeenCalledWith(6, { type: 'contrepoint:run', manual: false }, false);
    // The reader's own request goes through whatever the setting says.
    expect(await handle({ type: 'contrepoint:analyse-tab', tabId: 5 }, POPUP)).toBe(true);
    expect(siteEnabled).toHaveBeenCalledTimes(2);
  });

  it('ignores an analyse request that comes from no tab', async () => {
    expect(await env.handle({ type: 'contrepoint:analyse' }, POPUP)).toBe(false);
    expect(env.runPanel).not.toHaveBeenCalled();
  });

  it('stores a status for the reporting tab only', async () => {
    const status = { state: 'found' as const, url: 'https://www.faz.net/a', by: 'analysis' as const, summary: null };
    await env.handle({ type: 'contrepoint:status', status }, tabSender(9));
    expect(await env.statuses.get(9)).toEqual({ ...status, at: 42 });
    expect(await env.handle({ type: 'contrepoint:status', status }, POPUP)).toBe(false);
  });

  it('gives a tab status to extension pages but not to content scripts', async () => {
    const status = { state: 'found' as const, url: 'https://www.faz.net/a', by: 'analysis' as const, summary: null };
    await env.statuses.set(9, status);
    expect(await env.handle({ type: 'contrepoint:get-status', tabId: 9 }, POPUP)).toMatchObject({ state: 'found' });
    expect(await env.handle({ type: 'contrepoint:get-status', tabId: 9 }, tabSender(2))).toBeNull();
    expect(await env.handle({ type: 'contrepoint:get-status', tabId: 10 }, POPUP)).toBeNull();
  });

  it('answers the popup with the newer of the gate’s decision in the tab and the stored analysis', async () => {
    const statuses = createTabStatusStore(memoryArea(), () => 42);
    const gate = { state: 'not-found' as const, url: 'https://www.faz.net/b', by: 'gate' as const, summary: null, at: 50 };
    const gateDecision = vi.fn(async (tabId: number) => (tabId === 9 || tabId === 11 ? gate : null));
    const handle = createMessageHandler({ statuses, runPanel: vi.fn(), extensionOrigin: ORIGIN, gateDecision });
    // Only the gate decided (a page it rejected): its "no" is the answer.
    expect(await handle({ type: 'contrepoint:get-status', tabId: 11 }, POPUP)).toEqual(gate);
    // An analysis stored before the gate's later look (an SPA went on to another article): the gate's.
    await statuses.set(9, { state: 'found', url: 'https://www.faz.net/a', by: 'analysis', summary: null });
    expect(await handle({ type: 'contrepoint:get-status', tabId: 9 }, POPUP)).toEqual(gate);
    // An analysis newer than the gate's "no" (the reader asked for it by hand): the analysis.
    const later = createTabStatusStore(memoryArea(), () => 60);
    const handleLater = createMessageHandler({ statuses: later, runPanel: vi.fn(), extensionOrigin: ORIGIN, gateDecision });
    await later.set(9, { state: 'found', url: 'https://www.faz.net/b', by: 'analysis', summary: null });
    expect(await handleLater({ type: 'contrepoint:get-status', tabId: 9 }, POPUP)).toMatchObject({ state: 'found', at: 60 });
    // Content scripts never read another tab's status, from either source.
    expect(await handle({ type: 'contrepoint:get-status', tabId: 11 }, tabSender(2))).toBeNull();
    expect(gateDecision).toHaveBeenCalledTimes(3);
  });

  it('runs a manual analysis asked for by the popup', async () => {
    expect(await env.handle({ type: 'contrepoint:analyse-tab', tabId: 4 }, POPUP)).toBe(true);
    expect(env.runPanel).toHaveBeenCalledWith(4, { type: 'contrepoint:run', manual: true });
    expect(await env.handle({ type: 'contrepoint:analyse-tab', tabId: 4 }, tabSender(4))).toBe(false);
    expect(env.runPanel).toHaveBeenCalledTimes(1);
  });

  it('marks a tab it cannot script as unsupported', async () => {
    const failing = setup(false);
    expect(await failing.handle({ type: 'contrepoint:analyse-tab', tabId: 4 }, POPUP)).toBe(false);
    expect((await failing.statuses.get(4))?.state).toBe('unsupported');
  });
});
