// What the API needs from a database, implemented once for SQLite (one process, zero set-up) and once for
// PostgreSQL (several stateless processes sharing one database).
import type { Lang } from '../../core/types';

export interface Answer {
  pollId: string;
  /** The reader's per-poll pseudonym (see server/pseudonym.ts). */
  voter: string;
  option: string;
  lang: Lang;
  /** UTC day "YYYY-MM-DD": the finest time the server keeps about an answer. */
  day: string;
}

/** One group of the tally: how many answers chose `option` in `lang`. */
export interface TallyRow {
  option: string;
  lang: Lang;
  count: number;
}

export type PutOutcome = 'created' | 'updated' | 'unchanged' | 'too-many-options';

export interface ResultsStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Brings the schema up to date; returns the versions it applied (empty when already current). */
  migrate(): Promise<number[]>;
  /**
   * Records or replaces the voter's answer. A poll accepts at most `maxOptions` distinct options, so that
   * nobody can grow a poll's results without bound by inventing options.
   */
  putAnswer(answer: Answer, maxOptions: number): Promise<PutOutcome>;
  /** Removes the voter's answer; false when there was none. */
  deleteAnswer(pollId: string, voter: string): Promise<boolean>;
  /** Counts per (option, language), derived from the answers themselves so they are always exact. */
  tally(pollId: string): Promise<TallyRow[]>;
  /** Throws StoreUnavailableError when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The database is down, restarting or overloaded: the client should retry later (HTTP 503). */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
