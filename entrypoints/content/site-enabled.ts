// Has the reader switched this site off in the options? Read straight from storage.local: the
// typed storage item (state/storage-items.ts) would pull WXT's storage library into the content
// script, which every matched page pays for. A test keeps this key in step with that item.
import { browser } from 'wxt/browser';
import { migrateSettingsV1, normaliseSettings, type SettingsV1 } from '../../state/settings';

export const SETTINGS_STORAGE_KEY = 'settings';

export async function siteEnabled(hostname: string): Promise<boolean> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  } catch {
    return true;
  }
  // Not yet migrated by the options page or the panel: still the version-1 shape.
  const v1 = typeof raw === 'object' && raw !== null && 'disabledSites' in raw;
  const settings = v1 ? migrateSettingsV1(raw as SettingsV1) : normaliseSettings(raw);
  // Switches may be keyed by the outlet's bare host or by the page's own ("www.…").
  const bare = hostname.replace(/^www\./, '');
  return settings.sites[hostname] !== false && settings.sites[bare] !== false;
}
