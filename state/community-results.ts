// What the results server says about a poll (GET /v1/polls/{pollId}/results, docs/server-api.md), checked
// on arrival, and what the background tells a page about it. Pure data: the background parses, the
// content script's store keeps, the components show.
import { LANGS, type Lang } from '../core/types';
// The server's own response types: one definition for both ends of the protocol.
import type { LangResults, OptionCount } from '../server/results';

export type { LangResults, OptionCount };

export interface PollResults {
  pollId: string;
  kind: 'theme' | 'article';
  /** Every answer the server holds for the poll; always given. */
  total: number;
  minCount: number;
  /** False below the minimum: then `options` and `byLang` are null. */
  enough: boolean;
  options: OptionCount[] | null;
  /** Theme polls only; languages with too few answers are left out by the server. */
  byLang: LangResults[] | null;
  /** A message key from the server; `not-representative` is the only one known today. */
  note: string;
}

/** The background's answer to "results for this poll, please". */
export type CommunityReply =
  /** Sharing is off: nothing was asked of any server. */
  | { state: 'off' }
  /** `counted`: the server holds the reader's current answer (false while it waits in the queue). */
  | { state: 'ok'; results: PollResults; counted: boolean }
  | { state: 'unreachable'; pending: boolean }
  | { state: 'refused' };

/**
 * What a poll shows: a reply, or that one is on its way. `key` names the state of the reader's answer the
 * reply was asked for (its time), so that a poll can tell fresh results from those of a previous answer.
 */
export type CommunityView = (CommunityReply | { state: 'loading' }) & { key?: string };

// Article polls: 16 hex digits of the canonical URL and question's hash (core/build-polls.ts). Theme ids
// are checked by the server against its own list; here only their shape matters (no path tricks).
const POLL_ID = /^(theme:[a-z][a-z-]{0,39}|q:[0-9a-f]{16})$/;

/** Is this a poll id the server can hold (and safe to put in a URL path)? */
export function isSharablePollId(pollId: string): boolean {
  return POLL_ID.test(pollId);
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function parseCounts(x: unknown): OptionCount[] | null {
  if (!Array.isArray(x)) return null;
  const out: OptionCount[] = [];
  for (const entry of x) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || !isCount(entry.count)) return null;
    out.push({ id: entry.id, count: entry.count });
  }
  return out;
}

function parseByLang(x: unknown): LangResults[] | null {
  if (!Array.isArray(x)) return null;
  const out: LangResults[] = [];
  for (const entry of x) {
    if (!isRecord(entry) || !isCount(entry.total)) return null;
    if (typeof entry.lang !== 'string' || !(LANGS as readonly string[]).includes(entry.lang)) continue;
    const options = parseCounts(entry.options);
    if (!options) return null;
    out.push({ lang: entry.lang as Lang, total: entry.total, options });
  }
  return out;
}

/** The server's JSON, checked field by field; null when it is not a results object at all. */
export function parsePollResults(x: unknown, pollId: string): PollResults | null {
  if (!isRecord(x) || x.pollId !== pollId || !isCount(x.total) || !isCount(x.minCount)) return null;
  if (typeof x.enough !== 'boolean') return null;
  const options = x.options === null ? null : parseCounts(x.options);
  if (x.enough && !options) return null;
  const byLang = x.byLang === null || x.byLang === undefined ? null : parseByLang(x.byLang);
  return {
    pollId,
    kind: x.kind === 'theme' ? 'theme' : 'article',
    total: x.total,
    minCount: x.minCount,
    enough: x.enough && options !== null,
    options: x.enough ? options : null,
    byLang: x.enough ? byLang : null,
    note: typeof x.note === 'string' ? x.note : 'not-representative',
  };
}

function isPollResults(x: unknown): x is PollResults {
  return isRecord(x) && typeof x.pollId === 'string' && parsePollResults(x, x.pollId) !== null;
}

/** Checks a reply that crossed a message boundary. */
export function isCommunityReply(x: unknown): x is CommunityReply {
  if (!isRecord(x)) return false;
  switch (x.state) {
    case 'off':
    case 'refused':
      return true;
    case 'unreachable':
      return typeof x.pending === 'boolean';
    case 'ok':
      return typeof x.counted === 'boolean' && isPollResults(x.results);
    default:
      return false;
  }
}

/** The options page's "is the server there?" after turning sharing on (or on demand). */
export type SharingCheck =
  | { status: 'off' }
  /** `pending`: answers still waiting in the queue for this server. */
  | { status: 'connected'; powBits: number; minCount: number; pending: number }
  | { status: 'unreachable'; pending: number }
  /** The server answered but will not take our requests (another service, or not our extension's origin). */
  | { status: 'refused'; reason: string };

/** After turning sharing off: answers withdrawn from the server, and withdrawals still waiting to go. */
export interface WithdrawReport {
  withdrawn: number;
  pending: number;
}

export function isSharingCheck(x: unknown): x is SharingCheck {
  if (!isRecord(x)) return false;
  switch (x.status) {
    case 'off':
      return true;
    case 'connected':
      return isCount(x.powBits) && isCount(x.minCount) && isCount(x.pending);
    case 'unreachable':
      return isCount(x.pending);
    case 'refused':
      return typeof x.reason === 'string';
    default:
      return false;
  }
}

export function isWithdrawReport(x: unknown): x is WithdrawReport {
  return isRecord(x) && isCount(x.withdrawn) && isCount(x.pending);
}
