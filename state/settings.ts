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

export function migrateSettingsV1(old: SettingsV1 | null | undefined): Settings {
  const sites: Record<string, boolean> = {};
  for (const host of old?.disabledSites ?? []) if (typeof host === 'string') sites[host] = false;
  return { ...DEFAULT_SETTINGS, sites, highlights: old?.showHighlights ?? DEFAULT_SETTINGS.highlights };
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
