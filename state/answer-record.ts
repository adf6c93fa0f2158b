// The stored shape of one poll answer, its validation and its migrations. Answers refer to content by a
// stable poll id and a text quote, never by offsets, so they stay meaningful after the page changes.
import type { TextQuote } from '../core/build-polls';
import { LANGS, type Lang, THEME_IDS, type ThemeId } from '../core/types';

export const ANSWER_VERSION = 2;

/** One step in an answer's life: a vote, a change, or a withdrawal (optionId null). */
export interface AnswerChange {
  optionId: string | null;
  /** ISO 8601. */
  at: string;
  url: string;
  title: string;
}

export interface AnswerRecord {
  pollId: string;
  kind: 'theme' | 'article';
  themeId: ThemeId | null;
  /** The current answer; null once withdrawn (the history keeps what it was). */
  optionId: string | null;
  question: string;
  quote: TextQuote;
  url: string;
  title: string;
  /** The article's language; null for answers migrated from version 1, which did not record it. */
  lang: Lang | null;
  /** ISO 8601 time of the latest change. */
  answeredAt: string;
  /** Oldest first; the last entry is the current state. */
  history: AnswerChange[];
}

/** Version 1 (the 0.0 prototype): the chosen option and where, nothing to re-anchor or show it with. */
export interface AnswerRecordV1 {
  pollId: string;
  optionId: string;
  /** Epoch ms. */
  answeredAt: number;
  url: string;
}

const THEME_ID_SET: ReadonlySet<string> = new Set(THEME_IDS);

export function themeOfPollId(pollId: string): ThemeId | null {
  const theme = pollId.startsWith('theme:') ? pollId.slice('theme:'.length) : '';
  return THEME_ID_SET.has(theme) ? (theme as ThemeId) : null;
}

/**
 * Version 1 → current. Idempotent: WXT decides what to migrate from the version stored beside the value,
 * and that marker can go missing (the key deleted and written again by a tab that had defined the item
 * earlier), so a value that already has the current shape is returned as it is.
 */
export function migrateAnswerV1(old: AnswerRecordV1 | AnswerRecord): AnswerRecord {
  if (isAnswerRecord(old)) return old;
  const at = new Date(Number.isFinite(old.answeredAt) ? old.answeredAt : 0).toISOString();
  const themeId = themeOfPollId(old.pollId);
  return {
    pollId: old.pollId,
    kind: themeId ? 'theme' : 'article',
    themeId,
    optionId: old.optionId,
    question: '',
    quote: { exact: '', prefix: '', suffix: '' },
    url: old.url,
    title: '',
    lang: null,
    answeredAt: at,
    history: [{ optionId: old.optionId, at, url: old.url, title: '' }],
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';
const isIsoDate = (x: unknown): x is string => isString(x) && !Number.isNaN(Date.parse(x));

function isChange(x: unknown): x is AnswerChange {
  return (
    isObject(x) &&
    (x.optionId === null || isString(x.optionId)) &&
    isIsoDate(x.at) &&
    isString(x.url) &&
    isString(x.title)
  );
}

function isQuote(x: unknown): x is TextQuote {
  return isObject(x) && isString(x.exact) && isString(x.prefix) && isString(x.suffix);
}

/** A full check of the current shape: used on imported files and on changes made by other tabs. */
export function isAnswerRecord(x: unknown): x is AnswerRecord {
  return (
    isObject(x) &&
    isString(x.pollId) &&
    x.pollId.length > 0 &&
    (x.kind === 'theme' || x.kind === 'article') &&
    (x.themeId === null || (isString(x.themeId) && THEME_ID_SET.has(x.themeId))) &&
    (x.optionId === null || isString(x.optionId)) &&
    isString(x.question) &&
    isQuote(x.quote) &&
    isString(x.url) &&
    isString(x.title) &&
    (x.lang === null || (isString(x.lang) && (LANGS as readonly string[]).includes(x.lang))) &&
    isIsoDate(x.answeredAt) &&
    Array.isArray(x.history) &&
    x.history.every(isChange)
  );
}

// A reader who keeps changing one answer should not fill the storage area: beyond this many steps the
// oldest are dropped (the current answer and the recent changes always stay).
export const MAX_HISTORY = 50;

export function appendChange(history: readonly AnswerChange[], change: AnswerChange): AnswerChange[] {
  const next = [...history, change];
  return next.length > MAX_HISTORY ? next.slice(next.length - MAX_HISTORY) : next;
}

/**
 * Merges two versions of one poll's answer (an import, another device): the histories are united without
 * duplicates, and the more recent version gives the current answer.
 */
export function mergeAnswerRecords(a: AnswerRecord, b: AnswerRecord): AnswerRecord {
  const newer = Date.parse(b.answeredAt) > Date.parse(a.answeredAt) ? b : a;
  const seen = new Set<string>();
  const history = [...a.history, ...b.history]
    .filter((change) => {
      const key = `${change.at}|${change.optionId ?? ''}|${change.url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  return {
    ...newer,
    question: newer.question || a.question || b.question,
    title: newer.title || a.title || b.title,
    history: history.length > MAX_HISTORY ? history.slice(history.length - MAX_HISTORY) : history,
  };
}
