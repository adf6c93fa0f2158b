// Reader preferences: their shape, defaults and migrations.
import type { Lang } from '../core/types';

export const SETTINGS_VERSION = 2;

export type PanelSide = 'left' | 'right';
export type UiLanguagePref = 'auto' | Lang;

export interface Settings {
  /** Per-site switches by host name; a site not listed follows its default (on for the built-in list). */
  sites: Record<string, boolean>;
  highlights: boolean;
  panelSide: PanelSide;
  uiLanguage: UiLanguagePref;
}

/** Version 1 (the 0.0 prototype): a list of switched-off hosts and a highlight flag. */
export interface SettingsV1 {
  disabledSites?: string[];
  showHighlights?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sites: {},
  highlights: true,
  panelSide: 'right',
  uiLanguage: 'auto',
};

/** Version 1 → current; a value that already has the current shape is only normalised (see migrateAnswerV1). */
export function migrateSettingsV1(old: SettingsV1 | Settings | null | undefined): Settings {
  if (old && ('sites' in old || 'panelSide' in old || 'uiLanguage' in old)) return normaliseSettings(old);
  const sites: Record<string, boolean> = {};
  const v1 = (old ?? {}) as SettingsV1;
  for (const host of v1.disabledSites ?? []) if (typeof host === 'string') sites[host] = false;
  return { ...DEFAULT_SETTINGS, sites, highlights: v1.showHighlights ?? DEFAULT_SETTINGS.highlights };
}

const UI_LANGUAGES: readonly string[] = ['auto', 'en', 'fr', 'de', 'es', 'it'];

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
  };
}
