// Accent- and case-insensitive comparison of words and patterns. The output is NOT offset-aligned with
// the input (ligatures and decomposed accents change lengths): use it only for yes/no matching.
import { latinRegex } from './latin-regex';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_PLAIN_ASCII = /[^\t\n\r\u0020-\u007e]/;
// Ligatures and letters that NFD does not decompose, typographic apostrophes, and the no-break spaces
// French puts before "?" and ":".
const SPECIAL = /[œŒæÆßẞ’‘ʼ´`\u00a0\u202f\u2009]/g;
const REPLACEMENTS: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ẞ: 'SS',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '´': "'",
  '`': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

function replaceSpecial(char: string): string {
  return REPLACEMENTS[char] ?? char;
}

/** Removes accents, expands ligatures and unifies apostrophes and spaces, keeping case. */
export function stripAccents(text: string): string {
  // Printable ASCII has nothing to decompose and, of the special characters, only the backtick: called
  // once per sentence, this spares most English sentences a normalisation and two scans.
  if (!NOT_PLAIN_ASCII.test(text)) return text.includes('`') ? text.replaceAll('`', "'") : text;
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(SPECIAL, replaceSpecial);
}

/** Lower-case `stripAccents`: the form every word list and pattern is compared in. */
export function fold(text: string): string {
  return stripAccents(text.toLowerCase());
}

const NON_WORD = latinRegex(/[^\p{L}\p{N}]+/gu);

/** Folded words joined by single spaces: "Déjà abonné ?" → "deja abonne". */
export function foldWords(text: string): string {
  const folded = fold(text);
  return folded.replace(NON_WORD.for(folded), ' ').trim();
}
