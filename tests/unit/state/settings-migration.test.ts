import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SHARING, migrateSettingsV2, normaliseSettings, SETTINGS_VERSION } from '../../../state/settings';
import { createSettingsStore } from '../../../state/settings-store';

describe('settings version 3 (community sharing)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates stored version 2 settings: everything kept, sharing added and off', async () => {
    await browser.storage.local.set({
      settings: { sites: { 'www.faz.net': false }, highlights: false, panelSide: 'left', uiLanguage: 'it' },
      settings$: { v: 2 },
    });
    const store = createSettingsStore();
    await store.ready;
    expect(store.store.getState().settings).toEqual({
      sites: { 'www.faz.net': false },
      highlights: false,
      panelSide: 'left',
      uiLanguage: 'it',
      sharing: { enabled: false, serverUrl: '', since: null },
    });
    expect(SETTINGS_VERSION).toBe(3);
    expect((await browser.storage.local.get('settings$')).settings$).toEqual({ v: 3 });
    store.dispose();
  });

  it('keeps a value that already has sharing (a lost version marker) as it is', () => {
    const on = { enabled: true, serverUrl: 'https://results.example.org', since: '2026-11-20T08:00:00.000Z' };
    expect(migrateSettingsV2({ sites: {}, highlights: true, panelSide: 'right', uiLanguage: 'auto', sharing: on }).sharing).toEqual(on);
  });

  it('never reads sharing as on without a server and a start time', () => {
    expect(normaliseSettings({ sharing: { enabled: true, serverUrl: '', since: '2026-11-20T08:00:00.000Z' } }).sharing.enabled).toBe(false);
    expect(normaliseSettings({ sharing: { enabled: true, serverUrl: 'https://results.example.org', since: null } }).sharing.enabled).toBe(false);
    expect(normaliseSettings({ sharing: { enabled: 'yes', serverUrl: 'https://results.example.org', since: 'x' } }).sharing).toEqual({
      enabled: false,
      serverUrl: 'https://results.example.org',
      since: null,
    });
    expect(normaliseSettings({ sharing: 'on' }).sharing).toEqual(DEFAULT_SHARING);
  });
});
