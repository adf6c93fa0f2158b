import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, normaliseSettings, SETTINGS_VERSION } from '../../../state/settings';
import { createSettingsStore, type SettingsStore } from '../../../state/settings-store';

const open: SettingsStore[] = [];
async function openStore(): Promise<SettingsStore> {
  const store = createSettingsStore();
  open.push(store);
  await store.ready;
  return store;
}

describe('settings store', () => {
  beforeEach(() => {
    for (const store of open.splice(0)) store.dispose();
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('starts from the defaults on a fresh install', async () => {
    const tab = await openStore();
    expect(tab.store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('persists a change and another page (the options page) sees it at once', async () => {
    const content = await openStore();
    const options = await openStore();
    expect(await options.store.getState().update({ highlights: false, panelSide: 'left', uiLanguage: 'de' })).toBe(true);
    expect(content.store.getState().settings).toMatchObject({ highlights: false, panelSide: 'left', uiLanguage: 'de' });
    const reloaded = await openStore();
    expect(reloaded.store.getState().settings.uiLanguage).toBe('de');
  });

  it('switches a site off, back on, and back to its default', async () => {
    const tab = await openStore();
    await tab.store.getState().setSite('www.lemonde.fr', false);
    expect(tab.store.getState().settings.sites).toEqual({ 'www.lemonde.fr': false });
    await tab.store.getState().setSite('www.lemonde.fr', true);
    expect(tab.store.getState().settings.sites).toEqual({ 'www.lemonde.fr': true });
    await tab.store.getState().setSite('www.lemonde.fr', null);
    expect(tab.store.getState().settings.sites).toEqual({});
  });

  it('migrates version 1 settings (switched-off hosts, highlight flag) to the current shape', async () => {
    await browser.storage.local.set({ settings: { disabledSites: ['www.faz.net', 'elpais.com'], showHighlights: false } });
    const tab = await openStore();
    expect(tab.store.getState().settings).toEqual({
      sites: { 'www.faz.net': false, 'elpais.com': false },
      highlights: false,
      panelSide: 'right',
      uiLanguage: 'auto',
      sharing: { enabled: false, serverUrl: '', since: null },
    });
    expect((await browser.storage.local.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('keeps settings written after the storage was cleared under an open store', async () => {
    const tab = await openStore();
    await tab.store.getState().update({ panelSide: 'left' });
    await browser.storage.local.clear();
    await tab.store.getState().update({ uiLanguage: 'es', sites: { 'elmundo.es': false } });
    const reloaded = await openStore();
    expect(reloaded.store.getState().settings).toMatchObject({ uiLanguage: 'es', sites: { 'elmundo.es': false } });
  });

  it('keeps the current settings and reports an error when storage refuses the write', async () => {
    const tab = await openStore();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await tab.store.getState().update({ highlights: false })).toBe(false);
    expect(tab.store.getState().settings.highlights).toBe(true);
    expect(tab.store.getState().error?.kind).toBe('quota');
  });

  it('repairs a damaged stored value field by field', () => {
    expect(normaliseSettings({ highlights: 'yes', panelSide: 'top', uiLanguage: 'pt', sites: { a: true, b: 1 } })).toEqual({
      ...DEFAULT_SETTINGS,
      sites: { a: true },
    });
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
