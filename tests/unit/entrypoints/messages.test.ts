import { describe, expect, it } from 'vitest';
import { isBackgroundMessage, isPanelMessage } from '../../../entrypoints/lib/messages';

describe('isBackgroundMessage', () => {
  it('accepts the four messages the background handles', () => {
    expect(isBackgroundMessage({ type: 'contrepoint:analyse' })).toBe(true);
    expect(isBackgroundMessage({ type: 'contrepoint:analyse', panelLoaded: true })).toBe(true);
    expect(
      isBackgroundMessage({
        type: 'contrepoint:status',
        status: { state: 'not-found', url: 'https://www.lemonde.fr/x', by: 'gate', summary: null },
      }),
    ).toBe(true);
    expect(isBackgroundMessage({ type: 'contrepoint:get-status', tabId: 3 })).toBe(true);
    expect(isBackgroundMessage({ type: 'contrepoint:analyse-tab', tabId: 0 })).toBe(true);
  });

  it('rejects foreign or malformed messages', () => {
    for (const bad of [
      null,
      undefined,
      'contrepoint:analyse',
      {},
      { type: 'other:analyse' },
      { type: 'contrepoint:get-status' },
      { type: 'contrepoint:get-status', tabId: '3' },
      { type: 'contrepoint:analyse-tab', tabId: -1 },
      { type: 'contrepoint:analyse-tab', tabId: 1.5 },
      { type: 'contrepoint:status', status: { state: 'maybe', url: '', by: 'gate', summary: null } },
      { type: 'contrepoint:status', status: { state: 'found', url: 1, by: 'gate', summary: null } },
      { type: 'contrepoint:status', status: { state: 'found', url: '', by: 'someone', summary: null } },
      { type: 'contrepoint:status' },
      { type: 'contrepoint:run', manual: true },
      // The gate only ever says the panel is there; anything else in that field is not from it.
      { type: 'contrepoint:analyse', panelLoaded: false },
      { type: 'contrepoint:analyse', panelLoaded: 'yes' },
    ]) {
      expect(isBackgroundMessage(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('isPanelMessage', () => {
  it('accepts ping, run and toggle', () => {
    expect(isPanelMessage({ type: 'contrepoint:ping' })).toBe(true);
    expect(isPanelMessage({ type: 'contrepoint:run', manual: false })).toBe(true);
    expect(isPanelMessage({ type: 'contrepoint:toggle' })).toBe(true);
  });

  it('rejects the rest', () => {
    expect(isPanelMessage({ type: 'contrepoint:run' })).toBe(false);
    expect(isPanelMessage({ type: 'contrepoint:run', manual: 'yes' })).toBe(false);
    expect(isPanelMessage({ type: 'contrepoint:analyse' })).toBe(false);
    expect(isPanelMessage(null)).toBe(false);
  });
});
