// UI strings in the reader's language. The five message files are bundled (not read through
// browser.i18n.getMessage) because the reader may pick a language other than the browser's in the
// options, and getMessage only ever answers in the browser's. The browser's UI language is the default.
//
// They are bundled as JSON text and parsed on first use, one language at a time: as object literals
// they were a fifth of the panel script, compiled by every tab that shows the panel before it could
// show, though a reader sees one language (and English as the fallback). wxt.config.ts compacts them.
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createStore } from 'zustand/vanilla';
import { LANGS, type Lang } from '../core/types';
import de from '../public/_locales/de/messages.json?raw';
import en from '../public/_locales/en/messages.json?raw';
import es from '../public/_locales/es/messages.json?raw';
import fr from '../public/_locales/fr/messages.json?raw';
import it from '../public/_locales/it/messages.json?raw';
import type { UiLanguagePref } from '../state/settings';
import { useStore } from '../state/use-store';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageFile = Record<string, MessageEntry>;

const MESSAGE_TEXTS: Record<Lang, string> = { en, fr, de, es, it };
const parsed: Partial<Record<Lang, MessageFile>> = {};

function messagesOf(lang: Lang): MessageFile {
  let file = parsed[lang];
  if (!file) {
    file = JSON.parse(MESSAGE_TEXTS[lang]) as MessageFile;
    parsed[lang] = file;
  }
  return file;
}

/** Each language's messages, parsed the first time that language is asked for. */
export const MESSAGES: Readonly<Record<Lang, MessageFile>> = Object.defineProperties(
  {},
  Object.fromEntries(LANGS.map((lang) => [lang, { enumerable: true, get: () => messagesOf(lang) }])),
) as Record<Lang, MessageFile>;

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
  const entry = messagesOf(lang)[key] ?? messagesOf('en')[key];
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
