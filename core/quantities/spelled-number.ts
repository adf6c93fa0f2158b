// Reads spelled-out numerals backwards from a scale word: "forty" in "forty billion", "un" in
// "un milliard", "deux cents" in "deux cents millions". At most a few short words are examined.
import type { CompiledLexicon } from './compile-lexicon';
import { isDigitAt } from './parse-number';
import { isHyphenAt, isInlineSpaceAt, isLetterAt, isWordCharAt } from './text-chars';

export interface SpelledNumber {
  start: number;
  value: number;
  /** Only "a"/"un"/"eine": enough for money or a count, too weak for a bare number. */
  articleOnly: boolean;
}

// Enough for "two and a half", "one hundred and fifty", "quatre cent cinquante"; longer spelled-out
// numerals do not occur in amounts.
const MAX_WORDS = 5;
// No numeral in the lexicons is longer; stops the backward scan on long words.
const MAX_WORD_LENGTH = 14;

export function readSpelledNumber(text: string, scaleStart: number, c: CompiledLexicon, floor: number): SpelledNumber | null {
  const words: { start: number; word: string }[] = [];
  let j = scaleStart;
  while (words.length < MAX_WORDS) {
    const sep = j - 1;
    if (sep <= floor || !(isInlineSpaceAt(text, sep) || isHyphenAt(text, sep))) break;
    let ws = sep;
    while (ws > floor && sep - ws <= MAX_WORD_LENGTH && isLetterAt(text, ws - 1)) ws--;
    if (ws === sep || (ws > 0 && isWordCharAt(text, ws - 1))) break;
    const word = text.slice(ws, sep).toLowerCase();
    if (!c.numberWords.has(word) && !c.articles.has(word) && !c.andWords.has(word)) break;
    words.unshift({ start: ws, word });
    j = ws;
  }
  // "and" joins numerals; it never starts one ("billions and a million").
  while (words[0] && c.andWords.has(words[0].word)) words.shift();
  const first = words[0];
  if (!first) return null;
  // "2 hundred million": a digit before the words means phase one already read, or rejected, this number.
  if (isDigitAt(text, first.start - 2) && isInlineSpaceAt(text, first.start - 1)) return null;
  // Groups joined by "and" add up: "two | and a half" = 2.5, "one hundred | and fifty" = 150.
  let total = 0;
  let group = 0;
  let previous = 0;
  for (const { word } of words) {
    if (c.andWords.has(word)) {
      total += group;
      group = 0;
      previous = 0;
      continue;
    }
    const v = c.numberWords.get(word);
    if (v === undefined) {
      // An article counts as "one" only at the start of a group ("a billion", "and a half") or after
      // a fraction ("half a billion").
      if (group === 0) group = 1;
      else if (!(previous > 0 && previous < 1)) return null;
      previous = 1;
      continue;
    }
    if (v < 1) group = (group || 1) * v; // "un demi-milliard", "half a billion"
    else if (v === 100) group = (group || 1) * 100; // "deux cents millions"
    else group += v;
    previous = v;
  }
  const value = total + group;
  const articleOnly = words.length === 1 && c.articles.has(first.word) && !c.numberWords.has(first.word);
  return { start: first.start, value, articleOnly };
}
