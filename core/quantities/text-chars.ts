// Character classes shared by the quantity readers. Single-character tests only, so each call is O(1).

/**
 * Regex class body for "a letter or digit of a Latin-script word", used in the boundaries of the
 * recogniser's regexes. Written out rather than as \p{L}\p{N}: each Unicode property class costs V8
 * about 0.3 ms to compile, and milliseconds again when it tiers up to native code;
 * the five languages only need Latin letters, combining accents included. The price: a form followed
 * directly by a Greek or Cyrillic letter still counts as a whole word.
 */
export const WORD_CLASS = '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';

/** Regex class for the spaces of isInlineSpaceAt. Explicit: `[^\S\n]` costs V8 milliseconds to compile under /iu. */
export const INLINE_SPACE = '[ \\t\\u00A0\\u202F\\u2009\\u2007]';

// Letters are told by code point, not by a \p{L} regex: V8 recompiles a Unicode property class to
// native code on its second use, which costs milliseconds on the first page analysed. Latin letters and
// combining accents are listed; any other script counts when it has case (Greek, Cyrillic…), which
// leaves out only uncased scripts such as Chinese, where a number touching a character is rare news prose.
function isLetterCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c === 0xaa || c === 0xb5 || c === 0xba) return true;
  return ch.toLowerCase() !== ch.toUpperCase();
}

export function isLetterAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && isLetterCode(ch.charCodeAt(0), ch);
}

export function isWordCharAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 95 || isLetterCode(c, ch);
}

/** Upper-case letter: lower-casing changes it. */
export function isCapitalAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** Spaces that may sit inside one expression ("40 milliards de dollars"); a line break may not. */
export function isInlineSpaceAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch === ' ' || ch === '\u00A0' || ch === '\u202F' || ch === '\u2009' || ch === '\u2007' || ch === '\t';
}

export function skipInlineSpaces(text: string, i: number, max: number): number {
  let j = i;
  while (j - i < max && isInlineSpaceAt(text, j)) j++;
  return j;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

export function isHyphenAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && HYPHENS.has(ch);
}

/**
 * The gap allowed between two parts of an amount: up to two spaces ("40 Mrd. $"; more would join
 * words across a layout gap), nothing ("€600m", "Md$"), or one hyphen before a word ("$10-billion",
 * "a 500-employee firm"). Never a line break.
 */
export function skipGap(text: string, i: number): number {
  const j = skipInlineSpaces(text, i, 2);
  if (j === i && isHyphenAt(text, i) && isLetterAt(text, i + 1)) return i + 1;
  return j;
}

const RUN_SEPARATORS = new Set(['.', ',', '-', '\u2010', '\u2011', '\u2013', '/', ':', '_']);

/**
 * End of an identifier-like run that was rejected ("GPT-4o-mini", "v2.1.3", "978-3-16-148410-0"), so
 * that its inner digits are not read again. With `spaces`, single spaces between digit groups belong to
 * the run too (phone numbers "+33 6 12 34 56 78").
 */
export function skipRun(text: string, i: number, spaces: boolean): number {
  let j = i;
  for (;;) {
    if (isWordCharAt(text, j)) j++;
    else if (RUN_SEPARATORS.has(text[j] ?? '') && isWordCharAt(text, j + 1)) j++;
    else if (spaces && isInlineSpaceAt(text, j) && isDigitCode(text.charCodeAt(j + 1))) j++;
    else if (spaces && (text[j] === '(' || text[j] === ')') && isDigitCode(text.charCodeAt(j + 1))) j++;
    else return j;
  }
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
