// Turns the article's questions into poll definitions. Theme polls share one id per theme across every
// outlet and language (so answers can be compared later); the other questions get an id derived from the
// canonical URL and the normalised question, and a text quote to find them again after the page changes.
import {
  LEADING_CONJUNCTIONS,
  OPEN_QUESTION_WORDS,
  type LocalisedText,
  type PollOption,
  SCALES,
  type ScaleId,
  THEME_POLLS,
} from '../data/polls';
import { latinRegex } from './text/latin-regex';
import { hashText } from './hash-text';
import type { Analysis, Lang, Question, Sentence, Span, ThemeId } from './types';

/** A text quote in the style of the W3C Web Annotation TextQuoteSelector. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PollDef {
  /** `theme:<ThemeId>` or `q:<16 hex digits>`. */
  id: string;
  kind: 'theme' | 'article';
  /** For a theme poll, its theme; for an article poll, the question's first theme if any. */
  themeId: ThemeId | null;
  lang: Lang;
  /** The question as the article words it (the poll's accessible name). */
  question: string;
  /** Theme polls only: the theme's own question in the five languages. */
  themeQuestion: LocalisedText | null;
  scale: ScaleId | 'theme';
  options: PollOption[];
  quote: TextQuote;
  /** Offsets into the analysed text, for placing the poll at run time. Never stored. */
  span: Span;
  /** Index into Analysis.questions. */
  questionIndex: number;
}

// Hypothesis-style anchoring keeps 32 characters on each side: enough to tell two identical questions
// apart on one page, short enough to survive small edits around them.
const QUOTE_CONTEXT = 32;

const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const QUOTES = /[\u201c\u201d\u00ab\u00bb\u201e"]/g;
const SPACE_RUN = /\s+/g;
const SPACE_BEFORE_PUNCT = / ([?!:;.,])/g;
const LEADING_PUNCT = /^[\s¿¡"'«»-]+/;
// Trailing punctuation is trimmed by a backward scan, not a `…+$` regex: on a long run of "?" that regex
// would retry from every position of the run (quadratic on adversarial text).
const TRAILING_PUNCT = new Set([...' \t\n\r?!.…:;"\'«»']);

function trimTrailingPunct(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCT.has(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** Lower-case, unify apostrophes and quotes, collapse spaces, drop the closing "?" and its French space. */
export function normaliseQuestion(text: string): string {
  return trimTrailingPunct(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(APOSTROPHES, "'")
      .replace(QUOTES, '')
      .replace(SPACE_RUN, ' ')
      .replace(SPACE_BEFORE_PUNCT, '$1')
      .replace(LEADING_PUNCT, ''),
  );
}

export function articlePollId(canonicalUrl: string, questionText: string): string {
  return `q:${hashText(`${canonicalUrl}\n${normaliseQuestion(questionText)}`)}`;
}

export function themePollId(theme: ThemeId): string {
  return `theme:${theme}`;
}

const WORD = latinRegex(/[\p{L}\p{M}]+/gu);

/** Is this an open question ("quelle place pour…?") rather than a yes/no one? */
export function isOpenQuestion(text: string, lang: Lang): boolean {
  // The question proper is the clause after the last colon: "Une autre question s'impose : quelle… ?"
  const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('¿'));
  const clause = (colon >= 0 ? text.slice(colon + 1) : text).toLowerCase().replace(APOSTROPHES, "'");
  const words = clause.match(WORD.for(clause)) ?? [];
  const conjunctions = LEADING_CONJUNCTIONS[lang];
  let first = 0;
  while (first < words.length - 1 && conjunctions.includes(words[first] ?? '')) first++;
  const head = words[first] ?? '';
  const pair = `${head} ${words[first + 1] ?? ''}`;
  const openWords = OPEN_QUESTION_WORDS[lang];
  return openWords.includes(head) || openWords.includes(pair);
}

function scaleFor(question: Question, lang: Lang): ScaleId {
  if (question.kind === 'implicit') return 'agreement';
  return isOpenQuestion(question.text, lang) ? 'importance' : 'yes-no';
}

/**
 * Rebuilds the characters around a span from the sentences when the full text is not at hand; gaps
 * between sentences (the whitespace or markup the splitter dropped) become single spaces.
 */
function textAround(sentences: readonly Sentence[], from: number, to: number): string {
  const out: string[] = [];
  let cursor = from;
  // Binary search for the first sentence ending after `from`: a linear walk from the start for every
  // question would make long articles with many questions quadratic.
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sentences[mid]?.end ?? 0) <= from) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sentences.length; i++) {
    const sentence = sentences[i] as Sentence;
    if (sentence.end <= cursor) continue;
    if (sentence.start >= to) {
      // The span ends in the gap before this sentence.
      if (cursor < to) out.push(' ');
      break;
    }
    if (sentence.start > cursor) {
      out.push(' ');
      cursor = sentence.start;
    }
    const end = Math.min(to, sentence.end);
    out.push(sentence.text.slice(cursor - sentence.start, end - sentence.start));
    cursor = end;
  }
  return out.join('');
}

function quoteFor(span: Span, exact: string, analysis: Analysis, text: string | undefined): TextQuote {
  const prefixStart = Math.max(0, span.start - QUOTE_CONTEXT);
  if (text !== undefined) {
    return {
      exact: text.slice(span.start, span.end),
      prefix: text.slice(prefixStart, span.start),
      suffix: text.slice(span.end, span.end + QUOTE_CONTEXT),
    };
  }
  const prefix = textAround(analysis.sentences, prefixStart, span.start);
  const suffix = textAround(analysis.sentences, span.end, span.end + QUOTE_CONTEXT);
  return { exact, prefix: prefix.slice(-QUOTE_CONTEXT), suffix: suffix.slice(0, QUOTE_CONTEXT) };
}

/**
 * One poll per distinct question, in article order. `text` is the text that was analysed; without it the
 * quote's context is rebuilt from the sentences (same characters except the gaps between sentences).
 */
export function buildPolls(analysis: Analysis, canonicalUrl: string, text?: string): PollDef[] {
  const polls: PollDef[] = [];
  const usedThemes = new Set<ThemeId>();
  const seenIds = new Set<string>();
  analysis.questions.forEach((question, questionIndex) => {
    // A headline question given apart from the text has offsets into the title: a poll placed by them
    // would land in the wrong paragraph. Its themes still reach the panel through Analysis.themes.
    if (question.inTitle) return;
    const span = { start: question.start, end: question.end };
    const quote = quoteFor(span, question.text, analysis, text);
    const freeTheme = question.themes.find((theme) => !usedThemes.has(theme));
    if (freeTheme) {
      usedThemes.add(freeTheme);
      const poll = THEME_POLLS[freeTheme];
      const id = themePollId(freeTheme);
      seenIds.add(id);
      polls.push({
        id,
        kind: 'theme',
        themeId: freeTheme,
        lang: analysis.lang,
        question: question.text,
        themeQuestion: poll.question,
        scale: 'theme',
        options: poll.options,
        quote,
        span,
        questionIndex,
      });
      return;
    }
    const id = articlePollId(canonicalUrl, question.text);
    // The same question asked twice (headline and body) is one poll, placed where it first appears.
    if (seenIds.has(id)) return;
    seenIds.add(id);
    const scale = scaleFor(question, analysis.lang);
    polls.push({
      id,
      kind: 'article',
      themeId: question.themes[0] ?? null,
      lang: analysis.lang,
      question: question.text,
      themeQuestion: null,
      scale,
      options: SCALES[scale],
      quote,
      span,
      questionIndex,
    });
  });
  return polls;
}
