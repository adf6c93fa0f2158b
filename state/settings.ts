// Reader preferences: their shape, defaults and migrations.
import type { Lang } from '../core/types';

export const SETTINGS_VERSION = 3;

export type PanelSide = 'left' | 'right';
export type UiLanguagePref = 'auto' | Lang;

/** Sharing answers with a community results server (issue 5): off until the reader turns it on. */
export interface SharingSettings {
  enabled: boolean;
  /** The results server the reader chose (normalised by parseServerUrl); '' until one is entered. */
  serverUrl: string;
  /**
   * ISO 8601 time sharing was last turned on. Only answers given from then on are sent: answers given
   * earlier (or imported from a file) were given under the promise that nothing leaves the device.
   */
  since: string | null;
}

export interface Settings {
  /** Per-site switches by host name; a site not listed follows its default (on for the built-in list). */
  sites: Record<string, boolean>;
  highlights: boolean;
  panelSide: PanelSide;
  uiLanguage: UiLanguagePref;
  sharing: SharingSettings;
}

/** Version 2: the settings before community sharing existed. */
export type SettingsV2 = Omit<Settings, 'sharing'>;

/** Version 1 (the 0.0 prototype): a list of switched-off hosts and a highlight flag. */
export interface SettingsV1 {
  disabledSites?: string[];
  showHighlights?: boolean;
}

export const DEFAULT_SHARING: SharingSettings = { enabled: false, serverUrl: '', since: null };

export const DEFAULT_SETTINGS: Settings = {
  sites: {},
  highlights: true,
  panelSide: 'right',
  uiLanguage: 'auto',
  sharing: DEFAULT_SHARING,
};

/** Version 1 → current; a value that already has the current shape is only normalised (see migrateAnswerV1). */
export function migrateSettingsV1(old: SettingsV1 | Settings | null | undefined): Settings {
  if (old && ('sites' in old || 'panelSide' in old || 'uiLanguage' in old)) return normaliseSettings(old);
  const sites: Record<string, boolean> = {};
  const v1 = (old ?? {}) as SettingsV1;
  for (const host of v1.disabledSites ?? []) if (typeof host === 'string') sites[host] = false;
  return { ...DEFAULT_SETTINGS, sites, highlights: v1.showHighlights ?? DEFAULT_SETTINGS.highlights };
}

/**
 * Version 2 → 3: adds sharing, off (only the reader's own click in the options page turns it on). A value
 * that already has the current shape is only normalised, as in migrateSettingsV1.
 */
export function migrateSettingsV2(old: SettingsV2 | Settings | null | undefined): Settings {
  const current = normaliseSettings(old);
  return old && 'sharing' in old ? current : { ...current, sharing: DEFAULT_SHARING };
}

const UI_LANGUAGES: readonly string[] = ['auto', 'en', 'fr', 'de', 'es', 'it'];

function normaliseSharing(value: unknown): SharingSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SHARING;
  const v = value as Partial<Record<keyof SharingSettings, unknown>>;
  const serverUrl = typeof v.serverUrl === 'string' ? v.serverUrl : '';
  const since = typeof v.since === 'string' && !Number.isNaN(Date.parse(v.since)) ? v.since : null;
  // On only with a server to talk to and a start time: an "on" without them could send nothing sensible.
  const enabled = v.enabled === true && serverUrl !== '' && since !== null;
  return { enabled, serverUrl, since };
}

/** Fills anything missing or malformed with its default, so a damaged value never breaks the UI. */
export function normaliseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites: Record<string, boolean> = {};
  if (typeof v.sites === 'object' && v.sites !== null) {
    for (const [host, on] of Object.entries(v.sites)) if (typeof on === 'boolean') sites[host] = on;
  }
  return {
    sites,
    highlights: typeof v.highlights === 'boolean' ? v.highlights : DEFAULT_SETTINGS.highlights,
    panelSide: v.panelSide === 'left' || v.panelSide === 'right' ? v.panelSide : DEFAULT_SETTINGS.panelSide,
    uiLanguage:
      typeof v.uiLanguage === 'string' && UI_LANGUAGES.includes(v.uiLanguage)
        ? (v.uiLanguage as UiLanguagePref)
        : DEFAULT_SETTINGS.uiLanguage,
    sharing: normaliseSharing(v.sharing),
  };
}
