// When Intl.Segmenter's break between two pieces of a line is wrong ("M. | Macron", "z. | B.",
// "3. | März", "« Fin ? | » dit-il"): the repair rules, compiled once per language from its lexicon.
import type { Lang } from '../types';
import { TEXT_LEXICONS } from '../../data/lexicons/text/index';
import { fold } from './fold';

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

const RULES = new Map<Lang, Rules>();
for (const lexicon of Object.values(TEXT_LEXICONS)) {
  const { sentences, questions } = lexicon;
  RULES.set(lexicon.lang, {
    neverFinal: new Set(sentences.neverFinal.map(compact)),
    maybeFinal: new Set(sentences.maybeFinal.map(compact)),
    beforeNumber: new Set(sentences.beforeNumber.map(compact)),
    months: new Set(sentences.months.map(fold)),
    starters: new Set(sentences.starters.map((word) => word.toLowerCase())),
    ordinalDot: sentences.ordinalDot,
    closers: new Map(questions.quotes.map(([open, close]) => [close, open])),
  });
}

function rulesFor(lang: Lang): Rules {
  const rules = RULES.get(lang);
  if (!rules) throw new Error(`No sentence rules for language "${lang}"`);
  return rules;
}

/** How far back the rules look for an unclosed quote; bounds the work per break on adversarial text. */
const QUOTE_LOOKBACK = 600;
/** How far back they look for the abbreviation's words ("i. d. R." is the longest). */
const TAIL_LOOKBACK = 40;

const SPACE = /\s/;
const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{Nd}/u;
const FIRST_WORD = /^\p{L}+/u;
// "J." of "J. P. Morgan", "C.C." of "C.C. Wei", "J.-P." of "J.-P. Raffarin". Country and company
// abbreviations written the same way ("U.S.") are in the lexicons' maybeFinal lists, checked first.
const INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
// First parts of dotted abbreviations ("z." of "z. B.", "p." of "p. ej."): no sentence ends on one letter.
const LOWER_INITIAL = /^\p{Ll}\.$/u;
const DAY_NUMBER = /^\d{1,2}\.$/;
const ORDINAL = /^\d{1,3}\.$/;
// Opening punctuation that may precede an abbreviation: "(z. B.", "«M.".
const LEADING_OPENERS = /^[([{«»„“‚‘"'¿¡—–-]+/u;
// A sentence cannot start with these: always glue them to what precedes.
const CONTINUATIONS = new Set([',', ';', ':', ')', ']', '}', '…']);

function isUnclosed(text: string, from: number, to: number, open: string, close: string): boolean {
  const start = Math.max(from, to - QUOTE_LOOKBACK);
  if (open === close) {
    let count = 0;
    for (let i = text.indexOf(open, start); i >= 0 && i < to; i = text.indexOf(open, i + 1)) count++;
    return count % 2 === 1;
  }
  const lastOpen = text.lastIndexOf(open, to - 1);
  return lastOpen >= start && text.lastIndexOf(close, to - 1) < lastOpen;
}

/** The last 1, 2 and 3 words before `end` without inner spaces: "z. B." → ["B.", "z.B."]. */
function tails(text: string, from: number, end: number): string[] {
  const words = text.slice(Math.max(from, end - TAIL_LOOKBACK), end).split(/\s+/);
  const result: string[] = [];
  let joined = '';
  for (let i = words.length - 1; i >= 0 && result.length < 3; i--) {
    const word = words[i] ?? '';
    if (word === '') break;
    joined = word + joined;
    result.push(joined.replace(LEADING_OPENERS, ''));
  }
  return result;
}

/**
 * Whether the piece ending at `end` (text[start, end), trailing spaces included) and the piece starting at
 * `next` belong to one sentence. Both pieces are on the same line.
 */
export function shouldJoin(text: string, lang: Lang, start: number, end: number, next: number, limit: number): boolean {
  let last = end - 1;
  while (last >= start && SPACE.test(text[last] ?? '')) last--;
  let first = next;
  while (first < limit && SPACE.test(text[first] ?? '')) first++;
  if (last < start || first >= limit) return true;

  const rules = rulesFor(lang);
  const head = text.slice(first, first + 40);
  const firstChar = head[0] ?? '';

  if (CONTINUATIONS.has(firstChar) || LOWER.test(head)) return true;
  const open = rules.closers.get(firstChar);
  if (open !== undefined && isUnclosed(text, start, last + 1, open, firstChar)) return true;

  if (text[last] !== '.') return false;
  const words = tails(text, start, last + 1);
  const word = words[0] ?? '';
  const nextWord = (FIRST_WORD.exec(head)?.[0] ?? '').toLowerCase();

  if (words.some((tail) => rules.neverFinal.has(tail))) return true;
  if (DIGIT.test(head) && words.some((tail) => rules.beforeNumber.has(tail))) return true;
  if (words.some((tail) => rules.maybeFinal.has(tail))) return !rules.starters.has(nextWord);
  if ((INITIALS.test(word) && UPPER.test(head)) || LOWER_INITIAL.test(word)) return true;
  if (DAY_NUMBER.test(word) && rules.months.has(fold(nextWord))) return true;
  if (rules.ordinalDot && ORDINAL.test(word) && nextWord !== '' && !rules.starters.has(nextWord)) return true;
  return false;
}
