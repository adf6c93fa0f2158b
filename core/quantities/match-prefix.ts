// Finds a currency written before a number ("$", "US$", "EUR ", "MUSD ") by looking at a short window
// that ends where the number starts. The window is bounded, so each call costs O(1).
import {
  CODES_ANY_CASE,
  CODES_UPPER_ONLY,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  MILLION_CODES,
} from './currency-table';
import { INLINE_SPACE, WORD_CLASS } from './text-chars';

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

/** The currency that ends right before `numberStart`, not reaching back before `floor`. */
export function matchPrefix(text: string, numberStart: number, floor: number): Prefix | null {
  const from = Math.max(floor, numberStart - WINDOW);
  if (from >= numberStart) return null;
  const m = PREFIX_RE.exec(text.slice(from, numberStart));
  if (!m?.groups) return null;
  const g = m.groups;
  const start = from + m.index;
  const attached = (g.gap ?? '') === '' && /\p{L}$/u.test(m[0]);
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
