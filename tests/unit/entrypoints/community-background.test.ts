import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { createMessageHandler } from '../../../entrypoints/background/handle-message';
import { createTabStatusStore, memoryArea } from '../../../entrypoints/background/tab-status';
import { isBackgroundMessage } from '../../../entrypoints/lib/messages';
import type { AnswerRecord } from '../../../state/answer-record';
import { ensureReaderSecret } from '../../../state/reader-secret';
import { DEFAULT_SETTINGS } from '../../../state/settings';
import { fakeResultsServer } from './fake-results-server';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

describe('community messages', () => {
  const community = {
    results: vi.fn(async () => ({ state: 'off' }) as const),
    check: vi.fn(async () => ({ status: 'off' }) as const),
    withdrawAll: vi.fn(async () => ({ withdrawn: 1, pending: 0 })),
  };
  const handle = createMessageHandler({
    statuses: createTabStatusStore(memoryArea()),
    runPanel: vi.fn(async () => true),
    extensionOrigin: ORIGIN,
    community,
  });
  const fromTab = { tab: { id: 3, url: 'https://www.lemonde.fr/economie/article/x' }, url: 'https://www.lemonde.fr/economie/article/x' };
  const fromOptions = { url: `${ORIGIN}options.html` };

  it('lets our polls and extension pages ask for results', async () => {
    expect(await handle({ type: 'contrepoint:community-results', pollId: 'theme:jobs' }, fromTab)).toEqual({ state: 'off' });
    expect(await handle({ type: 'contrepoint:community-results', pollId: 'theme:jobs' }, fromOptions)).toEqual({ state: 'off' });
    expect(community.results).toHaveBeenCalledTimes(2);
    expect(await handle({ type: 'contrepoint:community-results', pollId: 'theme:jobs' }, {})).toBeNull();
  });

  it('takes "check the server" and "withdraw my answers" from extension pages only', async () => {
    expect(await handle({ type: 'contrepoint:sharing-withdraw' }, fromTab)).toBeNull();
    expect(await handle({ type: 'contrepoint:sharing-check' }, fromTab)).toBeNull();
    expect(community.withdrawAll).not.toHaveBeenCalled();
    expect(await handle({ type: 'contrepoint:sharing-withdraw' }, fromOptions)).toEqual({ withdrawn: 1, pending: 0 });
    expect(await handle({ type: 'contrepoint:sharing-check' }, fromOptions)).toEqual({ status: 'off' });
  });

  it('checks the shape of community messages', () => {
    expect(isBackgroundMessage({ type: 'contrepoint:community-results', pollId: 'theme:jobs' })).toBe(true);
    expect(isBackgroundMessage({ type: 'contrepoint:community-results', pollId: 'q:'.padEnd(80, 'a') })).toBe(false);
    expect(isBackgroundMessage({ type: 'contrepoint:community-results' })).toBe(false);
    expect(isBackgroundMessage({ type: 'contrepoint:sharing-check' })).toBe(true);
  });
});

type Listener = (...args: never[]) => unknown;
function event() {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined, hasListener: () => listeners.length > 0 };
}

/** The background with the few APIs the fake browser lacks stubbed (as in background.test.ts). */
function startBackground() {
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  Object.assign(b.contextMenus as object, { removeAll: vi.fn(async () => undefined), create: vi.fn(), onClicked: event() });
  Object.assign(b.commands as object, { onCommand: event() });
  const remove = vi.fn(async () => true);
  Object.assign(b.permissions as object, { onAdded: event(), onRemoved: event(), getAll: vi.fn(async () => ({ origins: [] })), remove });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', optional_permissions: ['alarms'] } as never);
  Object.assign(b.scripting as object, {
    getRegisteredContentScripts: vi.fn(async () => []),
    registerContentScripts: vi.fn(async () => undefined),
    unregisterContentScripts: vi.fn(async () => undefined),
  });
  background.main();
  return { remove };
}

function record(optionId: string | null, answeredAt: string): AnswerRecord {
  return {
    pollId: 'theme:europe-catch-up',
    kind: 'theme',
    themeId: 'europe-catch-up',
    optionId,
    question: 'Kann Europa den Abstand noch verkleinern?',
    quote: { exact: 'Kann Europa den Abstand noch verkleinern?', prefix: '', suffix: '' },
    url: 'https://www.abendblatt.de/wirtschaft/article/mistral-asml',
    title: 'ASML steigt bei Mistral ein',
    lang: 'de',
    answeredAt,
    history: [],
  };
}

describe('background: answers saved locally reach the server only while sharing is on', () => {
  const server = fakeResultsServer();
  const on = { enabled: true, serverUrl: 'https://results.example.org', since: '2026-11-20T08:00:00.000Z' };

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    server.log.length = 0;
    vi.stubGlobal('fetch', server.fetch);
    await ensureReaderSecret();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends a stored vote, then withdraws it when sharing is turned off, then gives the host back', async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sharing: on } });
    const { remove } = startBackground();
    await browser.storage.local.set({ 'answer:theme:europe-catch-up': record('eu-niches', '2026-11-26T08:00:00.000Z') });
    await vi.waitFor(() => expect(server.writes().map((r) => r.method)).toEqual(['PUT']));
    expect(server.writes()[0]?.body).toMatchObject({ option: 'eu-niches', lang: 'de' });

    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sharing: { ...on, enabled: false, since: null } } });
    await vi.waitFor(() => expect(server.writes().map((r) => r.method)).toEqual(['PUT', 'DELETE']));
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://results.example.org/*'] }));
    expect(remove).toHaveBeenCalledWith({ origins: [], permissions: ['alarms'] });

    // The options page then asks how it went: it hears of the withdrawal the stored switch already made.
    const report = await new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger({ type: 'contrepoint:sharing-withdraw' }, { url: `${browser.runtime.getURL('/')}options.html` } as never, resolve);
    });
    expect(report).toEqual({ withdrawn: 1, pending: 0 });
    expect(server.writes().map((r) => r.method)).toEqual(['PUT', 'DELETE']);
  });

  it('makes no request at all while sharing is off', async () => {
    startBackground();
    await browser.storage.local.set({ 'answer:theme:europe-catch-up': record('eu-niches', '2026-11-26T08:00:00.000Z') });
    await browser.storage.local.set({ 'answer:theme:europe-catch-up': record(null, '2026-11-26T08:01:00.000Z') });
    await new Promise((r) => setTimeout(r, 50));
    expect(server.log).toEqual([]);
  });
});
