// Character classes by UTF-16 code, computed on first sight and cached: the scanners test every
// character of an article, and a Unicode regex test per character would dominate their cost.
import { latinRegex } from '../text/latin-regex';

const IS_WORD = latinRegex(/[\p{L}\p{N}]/u);
const IS_LETTER = latinRegex(/\p{L}/u);
const IS_UPPER = latinRegex(/\p{Lu}/u);
const IS_LOWER = latinRegex(/\p{Ll}/u);
const IS_DIGIT = latinRegex(/\p{Nd}/u);
const IS_SPACE = /[\s\u00a0\u202f]/u;

export const WORD = 1;
export const LETTER = 2;
export const WHITE = 4;
export const UPPER = 8;
const KNOWN = 16;
export const LOWER = 32;
export const DIGIT = 64;
const classes = new Uint8Array(65536);

export function classOf(code: number): number {
  const c = classes[code] as number;
  return c !== 0 ? c : classify(code);
}

/** The first sight of a character, kept out of classOf so that the scanners' hot loops can inline it. */
function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let c = KNOWN;
  if (IS_WORD.test(ch)) c |= WORD;
  if (IS_LETTER.test(ch)) c |= LETTER;
  if (IS_UPPER.test(ch)) c |= UPPER;
  if (IS_LOWER.test(ch)) c |= LOWER;
  if (IS_DIGIT.test(ch)) c |= DIGIT;
  if (IS_SPACE.test(ch)) c |= WHITE;
  classes[code] = c;
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
export function isLowerAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classOf(s.charCodeAt(i)) & LOWER) !== 0;
}
export function isDigitAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classOf(s.charCodeAt(i)) & DIGIT) !== 0;
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
