import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PANEL_FILE, runPanel } from '../../../entrypoints/background/run-panel';

describe('runPanel', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('injects the panel script once when nothing answers, then sends the command', async () => {
    const sent: unknown[] = [];
    let loaded = false;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string }) => {
      sent.push(msg);
      if (!loaded) throw new Error('Could not establish connection. Receiving end does not exist.');
      return msg.type === 'contrepoint:ping' ? true : undefined;
    }) as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
      loaded = true;
      return [];
    }) as never);

    expect(await runPanel(12, { type: 'contrepoint:run', manual: false })).toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12 }, files: [PANEL_FILE] });
    expect(sent).toEqual([{ type: 'contrepoint:ping' }, { type: 'contrepoint:run', manual: false }]);

    // Already there: no second injection.
    expect(await runPanel(12, { type: 'contrepoint:toggle' })).toBe(true);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('reports false for a tab that cannot be scripted', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of url "chrome://settings/"'),
    );
    expect(await runPanel(3, { type: 'contrepoint:run', manual: true })).toBe(false);
  });
});
