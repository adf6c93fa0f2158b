// Character classes by UTF-16 code, computed on first sight and cached: the scanners test every
// character of an article, and a Unicode regex test per character would dominate their cost.

const IS_WORD = /[\p{L}\p{N}]/u;
const IS_LETTER = /\p{L}/u;
const IS_UPPER = /\p{Lu}/u;
const IS_SPACE = /[\s\u00a0\u202f]/u;

export const WORD = 1;
export const LETTER = 2;
export const WHITE = 4;
export const UPPER = 8;
const KNOWN = 16;
const classes = new Uint8Array(65536);

export function classOf(code: number): number {
  let c = classes[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN;
    if (IS_WORD.test(ch)) c |= WORD;
    if (IS_LETTER.test(ch)) c |= LETTER;
    if (IS_UPPER.test(ch)) c |= UPPER;
    if (IS_SPACE.test(ch)) c |= WHITE;
    classes[code] = c;
  }
  return c;
}

export function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classOf(s.charCodeAt(i)) & WORD) !== 0;
}
export function isLetterAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classOf(s.charCodeAt(i)) & LETTER) !== 0;
}
export function isUpperAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classOf(s.charCodeAt(i)) & UPPER) !== 0;
}
export function isSpaceAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classOf(s.charCodeAt(i)) & WHITE) !== 0;
}

/** Lower-cases without changing the length (a few characters lower-case to two code units). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) out += (text[i] as string).toLowerCase()[0] ?? text[i];
  return out;
}
