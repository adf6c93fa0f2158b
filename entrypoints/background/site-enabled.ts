// Has the reader switched this site off in the options? Asked by the background when a page's gate
// passed, before it loads the panel there. Read straight from storage.local (a test keeps the key in
// step with the typed settings item of state/storage-items.ts); the storage area comes from the caller.
import { migrateSettingsV1, normaliseSettings, type SettingsV1 } from '../../state/settings';

export const SETTINGS_STORAGE_KEY = 'settings';

/** `storage.local.get` of either browser. */
export type ReadLocal = (key: string) => Promise<Record<string, unknown>>;

export async function siteEnabled(hostname: string, readLocal: ReadLocal): Promise<boolean> {
  let raw: unknown;
  try {
    raw = (await readLocal(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  } catch {
    return true;
  }
  // Not yet migrated by the options page or the panel: still the version-1 shape.
  const v1 = typeof raw === 'object' && raw !== null && 'disabledSites' in raw;
  const settings = v1 ? migrateSettingsV1(raw as SettingsV1) : normaliseSettings(raw);
  // The options key built-in outlets by their bare host ("lesechos.fr"); the page may be on any of its
  // subdomains ("investir.lesechos.fr"): a switch on the page's host or on any parent domain counts.
  const labels = hostname.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (settings.sites[labels.slice(i).join('.')] === false) return false;
  }
  return true;
}
