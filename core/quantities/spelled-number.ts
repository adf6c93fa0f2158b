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

// "two hundred and" is not supported; four words cover "quatre cent cinquante", "twenty-five".
const MAX_WORDS = 4;
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
    if (!c.numberWords.has(word) && !c.articles.has(word)) break;
    words.unshift({ start: ws, word });
    j = ws;
  }
  const first = words[0];
  if (!first) return null;
  // "2 hundred million": a digit before the words means phase one already read, or rejected, this number.
  if (isDigitAt(text, first.start - 2) && isInlineSpaceAt(text, first.start - 1)) return null;
  let value = 0;
  let previous = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]?.word ?? '';
    const v = c.numberWords.get(w);
    if (v === undefined) {
      // An article counts as "one" only in front ("a billion", "a hundred million") or after a
      // fraction ("half a billion").
      if (k === 0) value = 1;
      else if (!(previous > 0 && previous < 1)) return null;
      previous = 1;
      continue;
    }
    if (v < 1) value = (value || 1) * v; // "un demi-milliard", "half a billion"
    else if (v === 100) value = (value || 1) * 100; // "deux cents millions"
    else value += v;
    previous = v;
  }
  const articleOnly = words.length === 1 && c.articles.has(first.word) && !c.numberWords.has(first.word);
  return { start: first.start, value, articleOnly };
}
