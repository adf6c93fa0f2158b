import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_STORAGE_KEY, siteEnabled } from '../../../entrypoints/background/site-enabled';
import { DEFAULT_SETTINGS } from '../../../state/settings';
import { SETTINGS_KEY } from '../../../state/storage-items';

const readLocal = (key: string) => fakeBrowser.storage.local.get(key);

describe('siteEnabled', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the same storage key as the settings item', () => {
    expect(SETTINGS_STORAGE_KEY).toBe(SETTINGS_KEY);
  });

  it('is on by default', async () => {
    expect(await siteEnabled('www.lemonde.fr', readLocal)).toBe(true);
  });

  it('honours a switch keyed by the page host or by the bare outlet host', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sites: { 'lemonde.fr': false, 'www.spiegel.de': false, 'zeit.de': true } },
    });
    expect(await siteEnabled('www.lemonde.fr', readLocal)).toBe(false);
    expect(await siteEnabled('www.spiegel.de', readLocal)).toBe(false);
    expect(await siteEnabled('www.zeit.de', readLocal)).toBe(true);
    expect(await siteEnabled('www.faz.net', readLocal)).toBe(true);
    expect(await siteEnabled('investir.lemonde.fr', readLocal)).toBe(false);
    // A switch on "lemonde.fr" says nothing about a look-alike domain.
    expect(await siteEnabled('notlemonde.fr', readLocal)).toBe(true);
  });

  it('understands settings still in their version-1 shape', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['www.heise.de'], showHighlights: false } });
    expect(await siteEnabled('www.heise.de', readLocal)).toBe(false);
    expect(await siteEnabled('www.golem.de', readLocal)).toBe(true);
  });

  it('treats a damaged value as defaults', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect(await siteEnabled('www.heise.de', readLocal)).toBe(true);
  });
});
