// A set of surface forms compiled into one sticky regex, plus a lookup from the matched text back to
// what it means. Forms are literal strings, so the regex is a plain alternation: no nested quantifiers,
// constant work per position.

import { INLINE_SPACE, WORD_CLASS } from './text-chars';

export interface WordCandidate<T> {
  form: string;
  meaning: T;
  caseSensitive: boolean;
}

export interface WordHit<T> {
  start: number;
  end: number;
  raw: string;
  candidates: readonly WordCandidate<T>[];
}

export interface WordTable<T> {
  /** The form starting exactly at `at`, if any, with every meaning that form can have (in table order). */
  match(text: string, at: number): WordHit<T> | null;
  /** Regex source of the alternation (for building finders). */
  source: string;
}

const APOSTROPHES = /['’ʼ´]/g;
const HYPHEN_VARIANTS = /[‐‑]/g;
const SPACE_RUN = /\s+/g;

/** The lookup key of a form or of matched text: case, apostrophe and spacing variants folded. */
export function normalizeForm(s: string): string {
  return s.toLowerCase().replace(APOSTROPHES, "'").replace(HYPHEN_VARIANTS, '-').replace(SPACE_RUN, ' ');
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/;

/**
 * Regex source for one literal form, case-insensitive by construction ("e" → "[eE]"), with spaces,
 * apostrophes and hyphens matching their typographic variants. The tables are compiled without the
 * `i` flag: V8 compiles Unicode case folding over a large alternation several times slower.
 */
function formSource(form: string): string {
  let src = '';
  for (const ch of form) {
    if (ch === ' ') src += `${INLINE_SPACE}{1,3}`;
    else if (ch === "'") src += "['’ʼ´]";
    else if (ch === '-') src += '[-‐‑]';
    else if (SPECIAL.test(ch)) src += `\\${ch}`;
    else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      src += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : ch;
    }
  }
  return src;
}

const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

/**
 * One alternation for many forms, longest first (so "dollars américains" wins over "dollars" and "Mrd."
 * over "Mrd"). Forms ending in a letter get a word boundary so that "m" does not match "mars"; that
 * boundary is written once for all of them, because a Unicode class repeated in every alternative makes
 * V8 spend milliseconds compiling the regex.
 */
export function alternationSource(forms: readonly string[]): string {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  const open = sorted.filter((f) => !ENDS_IN_WORD.test(f)).map(formSource);
  const words = sorted.filter((f) => ENDS_IN_WORD.test(f)).map(formSource);
  const parts: string[] = [];
  if (open.length > 0) parts.push(`(?:${open.join('|')})`);
  if (words.length > 0) parts.push(`(?:${words.join('|')})(?![${WORD_CLASS}])`);
  return parts.length > 0 ? parts.join('|') : '(?!)';
}

export function buildWordTable<T>(entries: readonly WordCandidate<T>[]): WordTable<T> {
  const byKey = new Map<string, WordCandidate<T>[]>();
  for (const e of entries) {
    const key = normalizeForm(e.form);
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  const source = alternationSource(entries.map((e) => e.form));
  const re = new RegExp(`(?:${source})`, 'y');
  return {
    source,
    match(text, at) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) return null;
      const raw = m[0];
      const candidates = byKey.get(normalizeForm(raw));
      if (!candidates) return null;
      return { start: at, end: at + raw.length, raw, candidates };
    },
  };
}
