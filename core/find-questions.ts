// The article's open questions: explicit ones ("L'Europe peut-elle encore rattraper son retard ?", a
// quoted « … ? », the part after "… s'impose : ") and implicit ones ("reste à savoir si…"), each with
// the debate themes it touches.
import { type Lang, LANGS, type Question, type Sentence } from './types';
import { TEXT_LEXICONS } from '../data/lexicons/text/index';
import { lazyPerLang } from './lazy';
import { latinRegex } from './text/latin-regex';
import { fold, foldWords } from './text/fold';
import { themesOf } from './themes-of';

/**
 * Words a question needs to be worth a poll. Trade-off: 3 drops rhetorical "Pourquoi pas ?", "Why?",
 * "Et après ?" but also the rare two-word headline "Une bulle ?" (kept when the sentence has more words).
 */
const MIN_WORDS = 3;

/**
 * Words the clause after a colon needs to stand as the question on its own. Shorter, it leans on what the
 * colon introduced ("Cela pose la question de l'énergie : qui alimentera ces gigafactories ?", "Un
 * miliardo per l'IA: basterà all'Italia?") and the whole sentence is the question. Trade-off: a short
 * question after a plain lead-in ("She asked: who pays the bill?") keeps its lead-in.
 */
const COLON_MIN_WORDS = 5;

/**
 * A line this short, without end punctuation, is the first half of a subhead the page broke in two
 * ("Kann Europa\nnoch aufholen?"). Trade-off: a longer first line stays apart (lost words); a short
 * kicker line above a question that starts in lower case would be joined to it.
 */
const SUBHEAD_LINE_MAX_WORDS = 8;
const LINE_END_PUNCT = /[.!?:;…»”")\]]$/u;
const LOWER_START = latinRegex(/^[¿¡"«“'‘\s]*\p{Ll}/u);

export interface FindQuestionsOptions {
  /**
   * Sentences ending at or before this offset are the headline: a colon there joins a topic to its
   * question ("109 milliards pour l'IA : un plan à la hauteur ?"), so the whole headline is the question.
   */
  headlineEnd?: number;
}

interface QuestionRules {
  /** All the language's implicit-question patterns as one alternation, run on folded (lower-case) text. */
  implicit: RegExp;
  furniture: Set<string>;
  /** Folded words of the entries that end with "…": a question starting with them is furniture. */
  furniturePrefixes: string[];
  /** Furniture is short: longer sentences are not even folded for the comparison. */
  furnitureMaxLength: number;
  /** Opening quote (or bracket) → its closing mark. */
  quotes: Map<string, string>;
  openers: string;
}

/**
 * Room for what a page adds to a furniture question: spaces and punctuation around an exact entry, the
 * rest of the question after a "…" entry ("Warum sehe ich… BILD.de nicht?"). Trade-off: a real question
 * that starts like a "…" entry and stays under this length is dropped with it.
 */
const FURNITURE_SLACK = 80;

// Built on the first article of each language: a page needs one language's rules, not five.
const rulesFor = lazyPerLang((lang: Lang): QuestionRules => {
  if (!LANGS.includes(lang)) throw new Error(`No question rules for language "${lang}"`);
  const { questions } = TEXT_LEXICONS[lang];
  return {
    // One pass of one regex per sentence instead of one per pattern. Sources are folded like the
    // sentences; lower-casing them is safe because they use no capital-letter escapes (\S, \W…), and
    // it spares the slower case-insensitive matching.
    implicit: new RegExp(questions.implicit.map((source) => `(?:${fold(source)})`).join('|'), 'u'),
    furniture: new Set(questions.furniture.filter((entry) => !entry.endsWith('…')).map(foldWords)),
    furniturePrefixes: questions.furniture.filter((entry) => entry.endsWith('…')).map(foldWords),
    furnitureMaxLength: Math.max(...questions.furniture.map((entry) => entry.length)) + FURNITURE_SLACK,
    // Brackets work like quotes: "The company (is it still European?) said…".
    quotes: new Map([...questions.quotes, ['(', ')'] as const].map(([open, close]) => [open, close])),
    openers: questions.openers,
  };
});

const WORD = latinRegex(/\p{L}+/gu);
const SPACE = /\s/;
// What may follow a question mark that ends its sentence: closing quotes and brackets, "!", spaces.
const TRAILING = /[\s!?»«”“"'’)\]›‹…]/u;
const SINGLE_OPEN = "'‘‚";
const SINGLE_CLOSE = "'’‘";
// Quote marks nested in a quotation ("… is: 'Will the machine sign off?'"), trimmed off its question.
const INNER_QUOTE = /[\s'‘’"“”‹›]/u;
// "?" inside a URL or a code ("page?id=3") is not a question.
const GLUED_AFTER = latinRegex(/[\p{L}\p{N}=&/%_-]/u);
const DIGIT = latinRegex(/\p{Nd}/u);

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD.for(text))) count++;
  return count;
}

interface Part {
  start: number;
  end: number;
}

/** Trims spaces at both ends of text[start, end). */
function trimmed(text: string, start: number, end: number): Part {
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Quoted stretches of the sentence (inside the quote marks); an unclosed quote runs to the end. */
function quoteRegions(text: string, quotes: Map<string, string>): Part[] {
  const regions: Part[] = [];
  let close: string | null = null;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (close !== null) {
      if (char === close) {
        regions.push({ start: openedAt + 1, end: i });
        close = null;
      }
    } else {
      const expected = quotes.get(char);
      if (expected !== undefined) {
        close = expected;
        openedAt = i;
      }
    }
  }
  if (close !== null) regions.push({ start: openedAt + 1, end: text.length });
  return regions;
}

/** 1 for every character inside a quote, quote marks included. */
function quoteMask(length: number, regions: Part[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const region of regions) mask.fill(1, Math.max(0, region.start - 1), Math.min(length, region.end + 1));
  return mask;
}

// Separators of menus and titles ("Würmer in den Augen | Entsteht eine neue Krankheit?"): a question
// never reaches back across one.
const SEPARATORS = '|•·¦▪►';

/**
 * Looking back from `to` to `from`: the last colon that introduces something (not "10:30", not "https:",
 * not quoted) and the last separator. -1 when there is none.
 */
function lastBreaks(text: string, from: number, to: number, quoted: Uint8Array): { colon: number; separator: number } {
  let colon = -1;
  for (let i = to - 1; i >= from; i--) {
    const char = text[i] ?? '';
    if (SEPARATORS.includes(char)) return { colon, separator: i };
    if (colon >= 0 || char !== ':' || quoted[i] === 1) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if ((DIGIT.test(before) && DIGIT.test(after)) || after === '/') continue;
    colon = i;
  }
  return { colon, separator: -1 };
}

/** Whether the opener at `at` starts a clause of its own, not one attached by a comma ("Si…, ¿quién…?"). */
function opensOnItsOwn(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && SPACE.test(text[i] ?? '')) i--;
  return i < from || (text[i] !== ',' && text[i] !== ';');
}

/** Trims spaces and nested quote marks at both ends of text[start, end). */
function unquoted(text: string, start: number, end: number): Part {
  while (start < end && INNER_QUOTE.test(text[start] ?? '')) start++;
  while (end > start && INNER_QUOTE.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Where the question proper starts after the last introducing colon in [from, mark), or -1. */
function afterColonStart(text: string, from: number, mark: number, quoted: Uint8Array, minWords: number): number {
  const { colon } = lastBreaks(text, from, mark, quoted);
  if (colon < 0) return -1;
  const part = unquoted(text, colon + 1, mark + 1);
  return countWords(text.slice(part.start, part.end)) >= minWords ? part.start : -1;
}

/** The question inside one quotation, or null: "She said: “The question is: 'Will it last?'”". */
function quotedPart(text: string, region: Part, unmasked: Uint8Array): Part | null {
  const part = unquoted(text, region.start, region.end);
  if (text[part.end - 1] !== '?' || countWords(text.slice(part.start, part.end)) < MIN_WORDS) return null;
  // Only colons inside the quotation count here, so nothing in it is masked.
  const start = afterColonStart(text, part.start, part.end - 1, unmasked, COLON_MIN_WORDS);
  return start >= 0 ? { start, end: part.end } : part;
}

/** Explicit questions of one sentence, as parts of `text` (the sentence's own text). */
function explicitParts(text: string, rules: QuestionRules, isHeadline: boolean): Part[] {
  if (!text.includes('?')) return [];
  const parts: Part[] = [];
  const regions = quoteRegions(text, rules.quotes);
  const quoted = quoteMask(text.length, regions);

  // One all-zero mask shared by every quotation: one per quotation would be quadratic on long sentences.
  const unmasked = regions.length > 0 ? new Uint8Array(text.length) : quoted;
  for (const region of regions) {
    const part = quotedPart(text, region, unmasked);
    if (part) parts.push(part);
  }

  // A question mark after this index only has closing punctuation after it: it ends the sentence.
  let lastSolid = text.length - 1;
  while (lastSolid >= 0 && TRAILING.test(text[lastSolid] ?? '')) lastSolid--;

  let from = 0;
  for (let mark = text.indexOf('?'); mark >= 0; mark = text.indexOf('?', mark + 1)) {
    if (quoted[mark] === 1 || GLUED_AFTER.test(text[mark + 1] ?? '')) continue;
    const isFinal = mark > lastSolid;
    const breaks = lastBreaks(text, from, mark, quoted);
    const segmentStart = Math.max(from, breaks.separator + 1);
    let start = segmentStart;
    const afterColon = isHeadline || breaks.colon < 0 ? null : trimmed(text, breaks.colon + 1, mark + 1);
    if (afterColon && countWords(text.slice(afterColon.start, afterColon.end)) >= COLON_MIN_WORDS) {
      start = afterColon.start;
    } else if (rules.openers !== '') {
      // "¿Puede Europa competir?, se pregunta…": the question is what the opener opens, unless a comma
      // ties it to the clause before ("Si Europa no invierte, ¿quién lo hará?" stays whole).
      for (let i = mark - 1; i >= segmentStart; i--) {
        if (rules.openers.includes(text[i] ?? '')) {
          if (!isFinal || opensOnItsOwn(text, segmentStart, i)) start = i;
          break;
        }
      }
    }
    const end = isFinal && start === from ? text.length : mark + 1;
    const part = trimmed(text, start, end);
    // 'What is the sea telling us?' in single quotes (not a quote pair: "'" is also an apostrophe).
    if (SINGLE_OPEN.includes(text[part.start] ?? '') && SINGLE_CLOSE.includes(text[mark + 1] ?? '')) part.start++;
    if (countWords(text.slice(part.start, part.end)) >= MIN_WORDS) parts.push(part);
    if (isFinal) break;
    from = mark + 1;
  }
  return parts.sort((a, b) => a.start - b.start);
}

/**
 * Start of the first half of a subhead broken by a line break before sentence `index`, or -1: the line
 * before is short, has no end punctuation, and the question goes on in lower case ("Can Europe\nstill
 * catch up?").
 */
function subheadStart(text: string, sentences: readonly Sentence[], index: number): number {
  const previous = sentences[index - 1];
  const sentence = sentences[index];
  if (!previous || !sentence) return -1;
  const gap = text.slice(previous.end, sentence.start);
  if (gap.trim() !== '' || gap.indexOf('\n') !== gap.lastIndexOf('\n') || !gap.includes('\n')) return -1;
  const line = text.slice(previous.start, previous.end).trim();
  if (line.includes('\n') || LINE_END_PUNCT.test(line) || countWords(line) > SUBHEAD_LINE_MAX_WORDS) return -1;
  return LOWER_START.test(text.slice(sentence.start, sentence.end)) ? previous.start : -1;
}

function isFurniture(text: string, rules: QuestionRules): boolean {
  if (text.length > rules.furnitureMaxLength) return false;
  const words = foldWords(text);
  return (
    rules.furniture.has(words) ||
    rules.furniturePrefixes.some((prefix) => words === prefix || words.startsWith(`${prefix} `))
  );
}

/**
 * Open questions of an article: explicit questions (a sentence or a headline ending in "?", « … ? » and
 * “…?” quoted inside a longer sentence, what follows a colon, Spanish ¿…?) and implicit ones found with
 * the language's patterns ("the question is whether…", "reste à savoir si…"). Page furniture ("Déjà
 * abonné ?") is skipped. Spans are offsets into `text`; `sentences` must come from splitSentences(text).
 */
export function findQuestions(text: string, sentences: Sentence[], lang: Lang, options: FindQuestionsOptions = {}): Question[] {
  const rules = rulesFor(lang);
  const headlineEnd = options.headlineEnd ?? 0;
  const questions: Question[] = [];
  sentences.forEach((sentence, index) => {
    const own = text.slice(sentence.start, sentence.end);
    const parts = explicitParts(own, rules, sentence.end <= headlineEnd);
    // Most sentences ask nothing: the furniture check (folding the sentence's words) is paid only by
    // those that would give a question, which leaves every result as it was and spares long texts of
    // many short sentences a fold per sentence.
    if (parts.length === 0) {
      if (rules.implicit.test(fold(own)) && !isFurniture(own, rules)) {
        questions.push({ start: sentence.start, end: sentence.end, text: own, kind: 'implicit', themes: themesOf(own, lang), sentence: index });
      }
      return;
    }
    if (isFurniture(own, rules)) return;

    const explicit = parts.filter((part) => !isFurniture(own.slice(part.start, part.end), rules));
    for (const part of explicit) {
      const brokenFrom = part.start === 0 ? subheadStart(text, sentences, index) : -1;
      const start = brokenFrom >= 0 ? brokenFrom : sentence.start + part.start;
      const end = sentence.start + part.end;
      const questionText = text.slice(start, end);
      questions.push({ start, end, text: questionText, kind: 'explicit', themes: themesOf(questionText, lang), sentence: index });
    }
    if (explicit.length > 0) return;

    if (rules.implicit.test(fold(own))) {
      questions.push({
        start: sentence.start,
        end: sentence.end,
        text: own,
        kind: 'implicit',
        themes: themesOf(own, lang),
        sentence: index,
      });
    }
  });
  return questions;
}
