// UI strings in the reader's language. The five message files are bundled (not read through
// browser.i18n.getMessage) because the reader may pick a language other than the browser's in the
// options, and getMessage only ever answers in the browser's. The browser's UI language is the default.
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createStore } from 'zustand/vanilla';
import { LANGS, type Lang } from '../core/types';
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import es from '../public/_locales/es/messages.json';
import fr from '../public/_locales/fr/messages.json';
import it from '../public/_locales/it/messages.json';
import type { UiLanguagePref } from '../state/settings';
import { useStore } from '../state/use-store';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageFile = Record<string, MessageEntry>;

export const MESSAGES: Record<Lang, MessageFile> = { en, fr, de, es, it };

function asLang(tag: string | undefined | null): Lang | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : null;
}

/** The browser's UI language when it is one of ours, else English. */
export function detectBrowserLang(): Lang {
  try {
    const fromExtension = asLang(browser.i18n.getUILanguage());
    if (fromExtension) return fromExtension;
  } catch {
    // Outside an extension page (tests, a plain page): fall back to the page's navigator.
  }
  return asLang(globalThis.navigator?.language) ?? 'en';
}

interface LanguageState {
  pref: UiLanguagePref;
  browserLang: Lang;
}

const languageStore = createStore<LanguageState>()(() => ({ pref: 'auto', browserLang: detectBrowserLang() }));

export function setUiLanguage(pref: UiLanguagePref): void {
  if (languageStore.getState().pref !== pref) languageStore.setState({ pref });
}

export function uiLanguage(state: LanguageState = languageStore.getState()): Lang {
  return state.pref === 'auto' ? state.browserLang : state.pref;
}

const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;
const POSITIONAL = /\$(\d)/g;

/** Chrome's message format: `$name$` names a placeholder whose content is `$1`…`$9`; `$$` is a dollar. */
export function formatMessage(entry: MessageEntry, subs: readonly (string | number)[]): string {
  const withPlaceholders = entry.message.replace(PLACEHOLDER, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return withPlaceholders
    .replace(POSITIONAL, (_whole, digit: string) => String(subs[Number(digit) - 1] ?? ''))
    .replaceAll('$$', '$');
}

/** A message in the given language, falling back to English, then to the key itself (never blank). */
export function translate(lang: Lang, key: string, subs: readonly (string | number)[] = []): string {
  const entry = MESSAGES[lang][key] ?? MESSAGES.en[key];
  return entry ? formatMessage(entry, subs) : key;
}

export function t(key: string, ...subs: (string | number)[]): string {
  return translate(uiLanguage(), key, subs);
}

export type Translate = (key: string, ...subs: (string | number)[]) => string;

/** `t` and the UI language for a component, re-rendering it when the language changes. */
export function useT(): { t: Translate; lang: Lang } {
  const lang = useStore(languageStore, uiLanguage);
  return { t: (key, ...subs) => translate(lang, key, subs), lang };
}

/** Follows the options' language override (for containers that read the settings store). */
export function useLanguagePref(pref: UiLanguagePref): void {
  useEffect(() => setUiLanguage(pref), [pref]);
}
