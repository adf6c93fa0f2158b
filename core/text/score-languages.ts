// Stop-word, letter and word-ending evidence for every known language, article languages first.
// A feature shared by n languages gives 1/n to each, so "de" (French, Spanish, Dutch…) says little and
// "wird" says a lot; no training data, no dependency, one pass over the words.
import { LANGS } from '../types';
import type { Lang } from '../types';
import { OTHER_LANGUAGES, TEXT_LEXICONS } from '../../data/lexicons/text/index';
import type { LanguageProfile } from '../../data/lexicons/text/index';
import { latinRegex } from './latin-regex';

/** Article languages first (indices 0..4 are LANGS), then the languages we only recognise to stay silent. */
export const LANGUAGE_CODES: readonly string[] = [...LANGS, ...Object.keys(OTHER_LANGUAGES)];
// Month names and sentence starters are distinctive words too ("octubre", "Dabei"): reuse them.
const PROFILES: readonly LanguageProfile[] = [
  ...LANGS.map((lang) => {
    const { detection, sentences } = TEXT_LEXICONS[lang];
    return { ...detection, stopWords: [...detection.stopWords, ...sentences.months, ...sentences.starters] };
  }),
  ...Object.values(OTHER_LANGUAGES),
];

// Trade-offs of the weights: a stop word is the surest sign, so it counts 1; an accented letter counts
// less because names and loanwords carry them ("Müller", "café"); word endings are the weakest (English
// "-ing" in French tech prose) but are what a short headline without stop words has left.
const STOP_WORD_WEIGHT = 1;
const LETTER_WEIGHT = 0.6;
const ENDING_WEIGHT = 0.35;
const ELISION_WEIGHT = 1;
/** Endings are checked from this word length on: shorter words are mostly stop words or names. */
const ENDING_MIN_WORD = 5;
/**
 * Only the first characters are read: an article's language is settled long before, and this bounds the
 * cost (≈ 0.2 ms) on any page. Trade-off: an article whose first 4 000 characters are mostly quotes in
 * another language is misread.
 */
const MAX_CHARS = 4000;

type Table = Map<string, number[]>;

function addTo(table: Table, key: string, code: number): void {
  const codes = table.get(key);
  if (!codes) table.set(key, [code]);
  else if (!codes.includes(code)) codes.push(code);
}

const stopWords: Table = new Map();
const endings: Table = new Map();
const letters: Table = new Map();
const prefixElisions: Table = new Map();
const suffixElisions: Table = new Map();
let maxEnding = 0;

PROFILES.forEach((profile, code) => {
  for (const word of profile.stopWords) addTo(stopWords, word.toLowerCase().replace('’', "'"), code);
  for (const ending of profile.wordEndings) {
    addTo(endings, ending.toLowerCase(), code);
    maxEnding = Math.max(maxEnding, ending.length);
  }
  for (const letter of profile.letters.toLowerCase()) addTo(letters, letter, code);
  for (const elision of profile.elisions ?? []) {
    const form = elision.toLowerCase();
    addTo(form.endsWith("'") ? prefixElisions : suffixElisions, form, code);
  }
});

// Words, with inner apostrophes kept so that "l'europe" and "company's" reach the elision tables.
const WORD = latinRegex(/\p{L}+(?:['’]\p{L}+)*/gu);
const UPPER_ACRONYM = latinRegex(/^\p{Lu}{2,}$/u);
const LETTER = latinRegex(/\p{L}/u);

export interface LanguageEvidence {
  /** Evidence per entry of LANGUAGE_CODES. */
  scores: Float64Array;
  /** Sum of all scores. */
  total: number;
  /** Words read. */
  words: number;
  /** Share of letters outside the Latin script (0 when there are no letters). */
  nonLatin: number;
}

function credit(scores: Float64Array, codes: number[] | undefined, weight: number): void {
  if (!codes) return;
  const share = weight / codes.length;
  for (const code of codes) scores[code] = (scores[code] ?? 0) + share;
}

function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

function scoreWord(scores: Float64Array, raw: string): void {
  // Acronyms ("AI", "KI", "USA") are shared by every language's tech press.
  if (UPPER_ACRONYM.test(raw)) return;
  const word = raw.toLowerCase().replace('’', "'");
  const apostrophe = word.indexOf("'");
  let core = word;
  if (apostrophe > 0) {
    const head = word.slice(0, apostrophe + 1);
    const headCodes = prefixElisions.get(head);
    credit(scores, headCodes, ELISION_WEIGHT);
    const tailCodes = suffixElisions.get(word.slice(apostrophe)) ?? suffixElisions.get(word.slice(apostrophe - 1));
    credit(scores, tailCodes, ELISION_WEIGHT);
    // "l'europe" is read as "europe", "company's" as "company".
    core = headCodes ? word.slice(apostrophe + 1) : word.slice(0, apostrophe);
  }
  const stopCodes = stopWords.get(core);
  credit(scores, stopCodes, STOP_WORD_WEIGHT);
  if (!stopCodes && core.length >= ENDING_MIN_WORD) {
    for (let size = Math.min(maxEnding, core.length - 2); size >= 2; size--) {
      credit(scores, endings.get(core.slice(core.length - size)), ENDING_WEIGHT);
    }
  }
  let seen = '';
  for (const char of core) {
    if (char.charCodeAt(0) < 0xc0) continue;
    if (seen.includes(char)) continue;
    seen += char;
    credit(scores, letters.get(char), LETTER_WEIGHT);
  }
}

// detectLanguage and isSupportedLang are usually called one after the other on the same text.
let lastSample = '';
let lastEvidence: LanguageEvidence | null = null;

/** Evidence for every known language in (the beginning of) `text`. Treat the result as read-only. */
export function scoreLanguages(text: string): LanguageEvidence {
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  if (lastEvidence && sample === lastSample) return lastEvidence;
  lastEvidence = computeEvidence(sample);
  lastSample = sample;
  return lastEvidence;
}

function computeEvidence(sample: string): LanguageEvidence {
  const scores = new Float64Array(LANGUAGE_CODES.length);
  let words = 0;
  for (const match of sample.matchAll(WORD.for(sample))) {
    words++;
    scoreWord(scores, match[0]);
  }
  // "¿" and "¡" stand outside words but are the surest sign of Spanish.
  for (let i = sample.indexOf('¿'); i >= 0; i = sample.indexOf('¿', i + 1)) credit(scores, letters.get('¿'), LETTER_WEIGHT);
  for (let i = sample.indexOf('¡'); i >= 0; i = sample.indexOf('¡', i + 1)) credit(scores, letters.get('¡'), LETTER_WEIGHT);

  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (isLatinLetter(code)) latin++;
    else if (code >= 0x370 && LETTER.test(sample[i] ?? '')) other++;
  }
  let total = 0;
  for (const score of scores) total += score;
  return { scores, total, words, nonLatin: latin + other === 0 ? 0 : other / (latin + other) };
}

/** Index of `lang` in LANGUAGE_CODES. */
export function codeOf(lang: Lang): number {
  return LANGS.indexOf(lang);
}
