import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { detectBrowserLang, formatMessage, MESSAGES, setUiLanguage, t, translate } from '../../components/i18n';
import { LABEL_KEYS, REASON_KEYS } from '../../components/labels';
import { QUIZ_PROMPT_KEYS } from '../../core/build-quiz';
import { LANGS } from '../../core/types';
import { repoRoot } from '../shared-dir';

const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;
const placeholdersIn = (message: string): string[] => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]?.toLowerCase() ?? '').sort();

/**
 * Message keys named in the source: every t('key') call, camelCase literals in components/ that share a
 * prefix with a real key (keys in ternaries and lookup tables, "pollHintAgreement"), and the error keys
 * the state layer hands to the UI.
 */
function keysUsedInSource(): Set<string> {
  const keys = new Set<string>();
  const keyLike = /'([a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)'/g;
  const known = Object.keys(MESSAGES.en);
  const scan = (dir: string, accept: (literal: string) => boolean): void => {
    for (const file of readdirSync(join(repoRoot, dir))) {
      if (!/\.tsx?$/.test(file)) continue;
      const source = readFileSync(join(repoRoot, dir, file), 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(match[1] ?? '');
      for (const match of source.matchAll(keyLike)) {
        const literal = match[1] ?? '';
        if (accept(literal)) keys.add(literal);
      }
    }
  };
  scan('components', (literal) => {
    const prefix = literal.match(/^[a-z]+/)?.[0] ?? '';
    return prefix.length >= 3 && known.some((key) => key !== literal && key.startsWith(prefix));
  });
  scan('state', (literal) => /^(error|import)[A-Z]/.test(literal));
  return keys;
}

describe('UI messages', () => {
  afterEach(() => setUiLanguage('auto'));

  it('ships the five message files, and the manifest keys', () => {
    const dirs = readdirSync(join(repoRoot, 'public/_locales')).sort();
    expect(dirs).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      expect(MESSAGES[lang].extName?.message).toBe('Contrepoint');
      expect(MESSAGES[lang].extDescription?.message.length).toBeGreaterThan(20);
    }
  });

  it('has every key, non-empty, in all five languages and no stray keys', () => {
    const enKeys = Object.keys(MESSAGES.en).sort();
    expect(enKeys.length).toBeGreaterThan(150);
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(enKeys);
      for (const key of enKeys) expect(MESSAGES[lang][key]?.message.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every language, each defined', () => {
    for (const [key, en] of Object.entries(MESSAGES.en)) {
      const expected = placeholdersIn(en.message);
      for (const lang of LANGS) {
        const entry = MESSAGES[lang][key];
        expect(placeholdersIn(entry?.message ?? ''), `${lang}.${key}`).toEqual(expected);
        for (const name of expected) expect(entry?.placeholders?.[name]?.content, `${lang}.${key}.${name}`).toMatch(/^\$\d$/);
        expect(entry?.placeholders ?? {}, `${lang}.${key}`).toEqual(en.placeholders ?? {});
      }
    }
  });

  it('defines every key the code can ask for', () => {
    const needed = new Set([...keysUsedInSource(), ...QUIZ_PROMPT_KEYS, ...LABEL_KEYS, ...REASON_KEYS]);
    const missing = [...needed].filter((key) => !MESSAGES.en[key]);
    expect(missing).toEqual([]);
    // The scan really sees the code: a handful of keys it must find.
    expect([...needed]).toEqual(
      expect.arrayContaining(['panelLabel', 'pollHintImportance', 'popupUnsupported', 'whyNotFound', 'errorStorageFull', 'importErrorNewer']),
    );
  });

  it('names the panel "Contrepoint…" in every language (DESIGN contract 2)', () => {
    for (const lang of LANGS) expect(translate(lang, 'panelLabel')).toMatch(/^Contrepoint\b/);
  });

  it('fills named placeholders and follows the language override', () => {
    expect(formatMessage({ message: 'Vous avez $C$ sur $T$', placeholders: { c: { content: '$1' }, t: { content: '$2' } } }, [3, 4])).toBe(
      'Vous avez 3 sur 4',
    );
    setUiLanguage('de');
    expect(t('quizScore', 3, 4)).toBe('Sie haben 3 von 4 richtig.');
    setUiLanguage('fr');
    expect(t('pollSaved', 'Oui')).toBe('Votre réponse est enregistrée : Oui.');
  });

  it('follows the browser’s UI language by default, English when it is not one of ours', () => {
    const spy = vi.spyOn(browser.i18n, 'getUILanguage');
    try {
      spy.mockReturnValue('es-419');
      expect(detectBrowserLang()).toBe('es');
      spy.mockReturnValue('pt-BR');
      expect(detectBrowserLang()).toBe('en');
    } finally {
      spy.mockRestore();
    }
  });

  it('falls back to English, then to the key, for a missing translation', () => {
    expect(translate('it', 'noSuchKeyAnywhere')).toBe('noSuchKeyAnywhere');
    const saved = MESSAGES.it.pollSubmit;
    try {
      delete MESSAGES.it.pollSubmit;
      expect(translate('it', 'pollSubmit')).toBe('Answer');
    } finally {
      if (saved) MESSAGES.it.pollSubmit = saved;
    }
  });
});
