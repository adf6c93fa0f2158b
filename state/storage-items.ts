// Typed, versioned storage items. Each one is defined by a factory rather than at module load: WXT runs an
// item's migrations when it is defined, and a factory lets a store (and a test) decide when that happens.
//
// Answers use one key per poll (`local:answer:<pollId>`), never one shared list: two tabs answering two
// polls at the same moment then write two different keys, and neither write can overwrite the other.
// The list of answers is the set of those keys, read from a snapshot of the storage area.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { ANSWER_VERSION, type AnswerRecord, type AnswerRecordV1, migrateAnswerV1 } from './answer-record';
import {
  DEFAULT_SETTINGS,
  migrateSettingsV1,
  migrateSettingsV2,
  SETTINGS_VERSION,
  type Settings,
  type SettingsV1,
  type SettingsV2,
} from './settings';

export const ANSWER_KEY_PREFIX = 'answer:';
export const SETTINGS_KEY = 'settings';
export const QUIZ_SCORES_KEY = 'quiz-scores';

export interface QuizScore {
  correct: number;
  total: number;
  /** ISO 8601. */
  at: string;
  url: string;
  title: string;
}

/** By quiz id (the article's canonical URL hash). */
export type QuizScores = Record<string, QuizScore>;

export function defineSettingsItem(): WxtStorageItem<Settings, Record<string, never>> {
  return storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: {
      2: (old: SettingsV1 | Settings) => migrateSettingsV1(old),
      3: (old: SettingsV2 | Settings) => migrateSettingsV2(old),
    },
  });
}

export function defineQuizScoresItem(): WxtStorageItem<QuizScores, Record<string, never>> {
  return storage.defineItem<QuizScores>(`local:${QUIZ_SCORES_KEY}`, {
    fallback: {},
    version: 1,
    // Present (though empty) so that WXT records the version and a future v2 can migrate from it.
    migrations: {},
  });
}

export function answerStorageKey(pollId: string): string {
  return `${ANSWER_KEY_PREFIX}${pollId}`;
}

/** Is this key of the storage area one poll's answer (and not WXT's `…$` metadata beside it)? */
export function isAnswerStorageKey(key: string): boolean {
  return key.startsWith(ANSWER_KEY_PREFIX) && !key.endsWith('$');
}

export function defineAnswerItem(pollId: string): WxtStorageItem<AnswerRecord | null, Record<string, never>> {
  return storage.defineItem<AnswerRecord>(`local:${answerStorageKey(pollId)}`, {
    version: ANSWER_VERSION,
    migrations: { 2: (old: AnswerRecordV1 | AnswerRecord) => migrateAnswerV1(old) },
  });
}
