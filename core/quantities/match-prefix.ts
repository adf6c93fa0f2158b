// Finds a currency written before a number ("$", "US$", "EUR ", "MUSD ") by looking at a short window
// that ends where the number starts. The window is bounded, so each call costs O(1).
import {
  CODES_ANY_CASE,
  CODES_UPPER_ONLY,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  MILLION_CODES,
} from './currency-table';
import { INLINE_SPACE, isInlineSpaceAt, isLetterAt, isWordCharAt, WORD_CLASS } from './text-chars';

export interface Prefix {
  start: number;
  iso: string;
  /** 6 for "MUSD"-style prefixes, else 0. */
  exp: number;
  /** Letters touch the digits ("USD115"): the only case where a letter may precede a number. */
  attached: boolean;
}

// Longest prefix ("U.S. $") plus two spaces, with room to spare.
const WINDOW = 16;

function anyCase(word: string): string {
  let src = '';
  for (const ch of word) {
    if (ch === '.') src += '\\.';
    else if (/[a-z]/.test(ch)) src += `[${ch}${ch.toUpperCase()}]`;
    else src += ch;
  }
  return src;
}

const byLength = (a: string, b: string) => b.length - a.length;
const escapeSymbol = (s: string) => s.replace(/[$]/g, '\\$');

// Single-letter dollar prefixes are read only in capitals and without a space ("A$5"), so that "a $5 bill"
// and "it's $5" stay US dollars; "C $" is also accepted because financial wires space it.
const multiLetter = Object.keys(DOLLAR_PREFIXES).filter((k) => k.replace(/\./g, '').length > 1);
const caseFree = multiLetter.filter((k) => !['au', 'ca', 'nz'].includes(k));
const DOLLAR_ALTS = [...caseFree.sort(byLength).map(anyCase), 'AU', 'CA', 'NZ', '[Cc]'].join('|');
const SYMBOL_ALTS = Object.keys(CURRENCY_SYMBOLS).sort(byLength).map(escapeSymbol).join('|');
const CODE_ALTS = [...Object.keys(CODES_ANY_CASE).map(anyCase), ...CODES_UPPER_ONLY].join('|');
const NOT_AFTER_WORD = `(?<![${WORD_CLASS}'’])`;

const PREFIX_ALTS = [
  `${NOT_AFTER_WORD}(?<dollar>${DOLLAR_ALTS})${INLINE_SPACE}?\\$`,
  `${NOT_AFTER_WORD}(?<dollar1>[ASR])\\$`,
  `(?<symbol>${SYMBOL_ALTS})`,
  `${NOT_AFTER_WORD}M(?<million>${MILLION_CODES.join('|')})`,
  `${NOT_AFTER_WORD}(?<code>${CODE_ALTS})(?:${INLINE_SPACE}?\\$)?`,
];
// Anchored at the end of the window: the prefix must touch the number, up to two spaces away.
const PREFIX_RE = new RegExp(`(?:${PREFIX_ALTS.join('|')})(?<gap>${INLINE_SPACE}{0,2})$`, 'u');

function codeIso(code: string): string | undefined {
  return CODES_ANY_CASE[code.toLowerCase()] ?? (CODES_UPPER_ONLY.includes(code) ? code : undefined);
}

function isAsciiLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

// Last characters of every sign prefix ("$", "US$", "CN¥"…).
const SIGN_ENDS = new Set([...Object.keys(CURRENCY_SYMBOLS).map((s) => s.slice(-1))]);
const UPPER_CODES = new Set([...CODES_UPPER_ONLY, ...MILLION_CODES.map((c) => `M${c}`)]);

/**
 * Cheap test run before the regex: does a sign, or a 3–4 letter currency code, end right before the
 * number? Most numbers follow an ordinary word ("in 2024") and are settled here without a regex.
 */
function mayHavePrefix(text: string, numberStart: number, floor: number): boolean {
  let j = numberStart;
  while (j > floor && numberStart - j < 2 && isInlineSpaceAt(text, j - 1)) j--;
  if (j <= floor) return false;
  if (SIGN_ENDS.has(text[j - 1] ?? '')) return true;
  let w = j;
  while (w > floor && j - w < 5 && isAsciiLetterAt(text, w - 1)) w--;
  if (j - w < 3 || j - w > 4 || isWordCharAt(text, w - 1)) return false;
  const word = text.slice(w, j);
  return CODES_ANY_CASE[word.toLowerCase()] !== undefined || UPPER_CODES.has(word);
}

/** The currency that ends right before `numberStart`, not reaching back before `floor`. */
export function matchPrefix(text: string, numberStart: number, floor: number): Prefix | null {
  const from = Math.max(floor, numberStart - WINDOW);
  if (from >= numberStart || !mayHavePrefix(text, numberStart, floor)) return null;
  const m = PREFIX_RE.exec(text.slice(from, numberStart));
  if (!m?.groups) return null;
  const g = m.groups;
  const start = from + m.index;
  const attached = (g.gap ?? '') === '' && isLetterAt(m[0], m[0].length - 1);
  let iso: string | undefined;
  let exp = 0;
  if (g.dollar) iso = DOLLAR_PREFIXES[g.dollar.toLowerCase()];
  else if (g.dollar1) iso = DOLLAR_PREFIXES[g.dollar1.toLowerCase()];
  else if (g.symbol) iso = CURRENCY_SYMBOLS[g.symbol];
  else if (g.million) {
    iso = g.million;
    exp = 6;
  } else if (g.code) iso = codeIso(g.code.replace(/[\s$]/g, ''));
  return iso ? { start, iso, exp, attached } : null;
}
