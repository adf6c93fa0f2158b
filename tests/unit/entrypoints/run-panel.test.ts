import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PANEL_FILE, runPanel } from '../../../entrypoints/background/run-panel';

/**
 * A tab where nothing of ours listens until the panel script is injected; then every message is answered
 * with `reply(message)`. Records the messages sent and the injections.
 */
function fakeTab(reply: (msg: { type: string }) => unknown = () => undefined) {
  const sent: Array<{ type: string; manual?: boolean }> = [];
  let loaded = false;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string }) => {
    sent.push(msg);
    if (!loaded) throw new Error('Could not establish connection. Receiving end does not exist.');
    return reply(msg);
  }) as never);
  const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
    loaded = true;
    return [];
  }) as never);
  return { sent, inject };
}

describe('runPanel', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('injects the panel script once when nothing answers, then sends the command', async () => {
    const { sent, inject } = fakeTab((msg) => (msg.type === 'contrepoint:ping' ? true : undefined));

    expect(await runPanel(12, { type: 'contrepoint:run', manual: true })).toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12 }, files: [PANEL_FILE] });
    expect(sent).toEqual([{ type: 'contrepoint:ping' }, { type: 'contrepoint:run', manual: true }]);

    // Already there: no second injection, the command as it is.
    expect(await runPanel(12, { type: 'contrepoint:toggle' })).toBe(true);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(sent.at(-1)).toEqual({ type: 'contrepoint:toggle' });
  });

  it('takes the gate’s word on whether the panel is there: no ping either way', async () => {
    const { sent, inject } = fakeTab();

    // Not there: injected straight away, and the injection's own automatic run is the whole job.
    expect(await runPanel(7, { type: 'contrepoint:run', manual: false }, false)).toBe(true);
    expect(sent).toEqual([]);
    expect(inject).toHaveBeenCalledTimes(1);

    // There: the command goes straight to it.
    sent.length = 0;
    expect(await runPanel(7, { type: 'contrepoint:run', manual: false }, true)).toBe(true);
    expect(sent.map((m) => m.type)).toEqual(['contrepoint:run']);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('injects after all when a panel said to be there does not answer', async () => {
    const { sent, inject } = fakeTab();
    expect(await runPanel(8, { type: 'contrepoint:run', manual: false }, true)).toBe(true);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(sent.map((m) => m.type)).toEqual(['contrepoint:run']);
  });

  it('turns a shortcut press on a page without the panel into "show it" after injecting', async () => {
    const { sent } = fakeTab(() => true);
    // The injection analysed the page (and showed the panel if it found something); a toggle now would
    // hide what it just showed.
    expect(await runPanel(5, { type: 'contrepoint:toggle' })).toBe(true);
    expect(sent).toEqual([{ type: 'contrepoint:ping' }, { type: 'contrepoint:run', manual: true }]);
  });

  it('reports false for a tab that cannot be scripted', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of url "chrome://settings/"'),
    );
    expect(await runPanel(3, { type: 'contrepoint:run', manual: true })).toBe(false);
    expect(await runPanel(3, { type: 'contrepoint:run', manual: false }, false)).toBe(false);
    expect(await runPanel(3, { type: 'contrepoint:run', manual: false }, true)).toBe(false);
  });
});
