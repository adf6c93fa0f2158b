// When Intl.Segmenter's break between two pieces of a line is wrong ("M. | Macron", "z. | B.",
// "3. | März", "« Fin ? | » dit-il"): the repair rules, compiled once per language from its lexicon.
import { type Lang, LANGS } from '../types';
import { TEXT_LEXICONS } from '../../data/lexicons/text/index';
import { isDigitAt, isLowerAt, isUpperAt } from '../analysis/char-class';
import { lazyPerLang } from '../lazy';
import { fold } from './fold';
import { latinRegex } from './latin-regex';

interface Rules {
  neverFinal: Set<string>;
  maybeFinal: Set<string>;
  beforeNumber: Set<string>;
  /** Folded month names. */
  months: Set<string>;
  /** Lower-cased words that usually open a sentence: after "U.S." they mean a new sentence starts. */
  starters: Set<string>;
  ordinalDot: boolean;
  /** Closing quote → its opening quote. */
  closers: Map<string, string>;
}

const compact = (abbreviation: string): string => abbreviation.replace(/\s+/g, '');

// Compiled on the first article of each language.
const rulesFor = lazyPerLang((lang: Lang): Rules => {
  if (!LANGS.includes(lang)) throw new Error(`No sentence rules for language "${lang}"`);
  const { sentences, questions } = TEXT_LEXICONS[lang];
  return {
    neverFinal: new Set(sentences.neverFinal.map(compact)),
    maybeFinal: new Set(sentences.maybeFinal.map(compact)),
    beforeNumber: new Set(sentences.beforeNumber.map(compact)),
    months: new Set(sentences.months.map(fold)),
    starters: new Set(sentences.starters.map((word) => word.toLowerCase())),
    ordinalDot: sentences.ordinalDot,
    closers: new Map(questions.quotes.map(([open, close]) => [close, open])),
  };
});

/** How far back the rules look for an unclosed quote; bounds the work per break on adversarial text. */
const QUOTE_LOOKBACK = 600;
/** How far back they look for the abbreviation's words ("i. d. R." is the longest). */
const TAIL_LOOKBACK = 40;

const SPACE = /\s/;
const FIRST_WORD = latinRegex(/\p{L}+/uy);
// "J." of "J. P. Morgan", "C.C." of "C.C. Wei", "J.-P." of "J.-P. Raffarin". Country and company
// abbreviations written the same way ("U.S.") are in the lexicons' maybeFinal lists, checked first.
const INITIALS = latinRegex(/^\p{Lu}\.(?:-?\p{Lu}\.)*$/u);
// First parts of dotted abbreviations ("z." of "z. B.", "p." of "p. ej."): no sentence ends on one letter.
const LOWER_INITIAL = latinRegex(/^\p{Ll}\.$/u);
const DAY_NUMBER = /^\d{1,2}\.$/;
const ORDINAL = /^\d{1,3}\.$/;
// Opening punctuation that may precede an abbreviation: "(z. B.", "«M.".
const OPENERS = '([{«»„“‚‘"\'¿¡—–-';
const LEADING_OPENERS = /^[([{«»„“‚‘"'¿¡—–-]+/u;
// A sentence cannot start with these: always glue them to what precedes.
const CONTINUATIONS = ',;:)]}…';

function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && SPACE.test(text[index] ?? '');
}

/** Whether text[from, to) has an `open` quote not closed yet (looking back QUOTE_LOOKBACK at most). */
function isUnclosed(text: string, from: number, to: number, open: string, close: string): boolean {
  const start = Math.max(from, to - QUOTE_LOOKBACK);
  if (open === close) {
    let count = 0;
    for (let i = start; i < to; i++) if (text[i] === open) count++;
    return count % 2 === 1;
  }
  for (let i = to - 1; i >= start; i--) {
    if (text[i] === close) return false;
    if (text[i] === open) return true;
  }
  return false;
}

/** The last 1, 2 and 3 words before `end`, joined without their spaces: "z. B." → ["B.", "z.B."]. */
function tails(text: string, from: number, end: number): string[] {
  const floor = Math.max(from, end - TAIL_LOOKBACK);
  const result: string[] = [];
  let joined = '';
  let wordEnd = end;
  while (result.length < 3 && wordEnd > floor) {
    let wordStart = wordEnd;
    while (wordStart > floor && !isSpace(text, wordStart - 1)) wordStart--;
    // A word cut by the look-back window is not a word.
    if (wordStart === wordEnd || (wordStart === floor && floor > from)) break;
    joined = text.slice(wordStart, wordEnd) + joined;
    result.push(OPENERS.includes(joined[0] ?? ' ') ? joined.replace(LEADING_OPENERS, '') : joined);
    wordEnd = wordStart;
    while (wordEnd > floor && isSpace(text, wordEnd - 1)) wordEnd--;
  }
  return result;
}

function firstWord(text: string, at: number): string {
  const re = FIRST_WORD.for(text);
  re.lastIndex = at;
  return (re.exec(text)?.[0] ?? '').slice(0, 40).toLowerCase();
}

/**
 * Whether Intl.Segmenter's break at `boundary` is wrong: the sentence so far is text[start, boundary)
 * (trailing spaces included), and the line it is on ends at `limit`.
 */
export function shouldJoin(text: string, lang: Lang, start: number, boundary: number, limit: number): boolean {
  let last = boundary - 1;
  while (last >= start && isSpace(text, last)) last--;
  let first = boundary;
  while (first < limit && isSpace(text, first)) first++;
  if (last < start || first >= limit) return true;

  const firstChar = text[first] ?? '';
  if (CONTINUATIONS.includes(firstChar) || isLowerAt(text, first)) return true;
  const rules = rulesFor(lang);
  const open = rules.closers.get(firstChar);
  if (open !== undefined && isUnclosed(text, start, last + 1, open, firstChar)) return true;

  if (text[last] !== '.') return false;
  const words = tails(text, start, last + 1);
  const word = words[0] ?? '';

  if (words.some((tail) => rules.neverFinal.has(tail))) return true;
  if (isDigitAt(text, first) && words.some((tail) => rules.beforeNumber.has(tail))) return true;
  if (words.some((tail) => rules.maybeFinal.has(tail))) return !rules.starters.has(firstWord(text, first));
  // The words are pieces of `text`: the regex forms are the text's.
  if ((INITIALS.for(text).test(word) && isUpperAt(text, first)) || LOWER_INITIAL.for(text).test(word)) return true;
  if (DAY_NUMBER.test(word) && rules.months.has(fold(firstWord(text, first)))) return true;
  if (rules.ordinalDot && ORDINAL.test(word)) {
    const nextWord = firstWord(text, first);
    return nextWord !== '' && !rules.starters.has(nextWord);
  }
  return false;
}
