// The queue of answer changes waiting to reach the results server, kept in storage so that it survives a
// browser restart or a stopped service worker. At most one change per poll and server is kept: only the
// latest state of a poll is ever sent (vote then change then change = one request), and a withdrawal
// replaces an answer that never left. Pure functions over a plain value; the background owns the item.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { LANGS, type Lang } from '../core/types';

export const SYNC_QUEUE_KEY = 'sync-queue';

export interface QueuedChange {
  pollId: string;
  /** The server the change is for (normalised URL, see parseServerUrl). */
  server: string;
  /** The answer to send; null to withdraw it from the server. */
  optionId: string | null;
  /** The article's language (the server counts answers per language for theme polls). */
  lang: Lang | null;
  /** Increases with every change queued: a newer change for the same poll is never taken for one that
   * was in flight when it arrived. */
  seq: number;
}

export interface SyncQueue {
  changes: QueuedChange[];
  /** By server: the polls whose answer that server holds, i.e. what turning sharing off must withdraw. */
  shared: Record<string, string[]>;
  seq: number;
  /** Failed attempts in a row; drives the back-off. */
  failures: number;
  /** Epoch ms before which no retry is due; null when nothing is waiting for a retry. */
  retryAt: number | null;
  /** Servers sharing stopped using: their permissions are given back once nothing more is owed to them. */
  release: string[];
}

export const EMPTY_QUEUE: SyncQueue = { changes: [], shared: {}, seq: 0, failures: 0, retryAt: null, release: [] };

export function defineSyncQueueItem(): WxtStorageItem<SyncQueue, Record<string, never>> {
  return storage.defineItem<SyncQueue>(`local:${SYNC_QUEUE_KEY}`, { fallback: EMPTY_QUEUE, version: 1, migrations: {} });
}

const sameSlot = (a: { pollId: string; server: string }, b: { pollId: string; server: string }): boolean =>
  a.pollId === b.pollId && a.server === b.server;

/** Queues a change, replacing any change still waiting for the same poll on the same server. */
export function queueChange(queue: SyncQueue, change: Omit<QueuedChange, 'seq'>): SyncQueue {
  const seq = queue.seq + 1;
  return {
    ...queue,
    seq,
    changes: [...queue.changes.filter((c) => !sameSlot(c, change)), { ...change, seq }],
  };
}

export function isShared(queue: SyncQueue, server: string, pollId: string): boolean {
  return queue.shared[server]?.includes(pollId) ?? false;
}

export function pendingChange(queue: SyncQueue, server: string, pollId: string): QueuedChange | undefined {
  return queue.changes.find((c) => c.server === server && c.pollId === pollId);
}

function withShared(queue: SyncQueue, server: string, pollId: string, held: boolean): Record<string, string[]> {
  const current = (queue.shared[server] ?? []).filter((id) => id !== pollId);
  const next = held ? [...current, pollId] : current;
  const { [server]: _old, ...others } = queue.shared;
  return next.length > 0 ? { ...others, [server]: next } : others;
}

/**
 * Records what happened to a change that was sent: `done` (the server has this state now) or `dropped`
 * (the server refused it for good). The change leaves the queue only if no newer one replaced it meanwhile.
 * A withdrawal given up on is forgotten too: nothing more can be done for that answer on that server.
 */
export function settleChange(queue: SyncQueue, sent: QueuedChange, outcome: 'done' | 'dropped'): SyncQueue {
  const changes = queue.changes.filter((c) => !(sameSlot(c, sent) && c.seq === sent.seq));
  const forget = outcome === 'done' || sent.optionId === null;
  const shared = forget ? withShared(queue, sent.server, sent.pollId, outcome === 'done' && sent.optionId !== null) : queue.shared;
  return { ...queue, changes, shared };
}

/** Servers the queue still owes something to or that hold an answer of the reader's. */
export function serversIn(queue: SyncQueue): string[] {
  return [...new Set([...queue.changes.map((c) => c.server), ...Object.keys(queue.shared)])];
}

/** Turning sharing off: every answer the server holds or may soon hold gets a withdrawal queued. */
export function withdrawEverything(queue: SyncQueue, server: string): SyncQueue {
  const polls = new Set([...(queue.shared[server] ?? []), ...queue.changes.filter((c) => c.server === server).map((c) => c.pollId)]);
  let next = queue;
  for (const pollId of polls) {
    const pending = pendingChange(queue, server, pollId);
    // Already on its way out: queueing it again would only send a second DELETE.
    if (pending?.optionId === null) continue;
    next = queueChange(next, { pollId, server, optionId: null, lang: pending?.lang ?? null });
  }
  return next;
}

/** Sharing stopped using `server`: give its permissions back once everything owed to it is done. */
export function markForRelease(queue: SyncQueue, server: string): SyncQueue {
  return queue.release.includes(server) ? queue : { ...queue, release: [...queue.release, server] };
}

/** Servers marked for release that are owed nothing any more (and are not in use again). */
export function releasable(queue: SyncQueue, current: string | null): string[] {
  const owed = new Set(serversIn(queue));
  return queue.release.filter((server) => server !== current && !owed.has(server));
}

/** Answers queued for a server other than `server` can no longer be sent (sharing moved or stopped). */
export function dropAnswersNotFor(queue: SyncQueue, server: string | null): SyncQueue {
  const changes = queue.changes.filter((c) => c.optionId === null || c.server === server);
  return changes.length === queue.changes.length ? queue : { ...queue, changes };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function isChange(x: unknown): x is QueuedChange {
  return (
    isRecord(x) &&
    typeof x.pollId === 'string' &&
    typeof x.server === 'string' &&
    (x.optionId === null || typeof x.optionId === 'string') &&
    (x.lang === null || (typeof x.lang === 'string' && (LANGS as readonly string[]).includes(x.lang))) &&
    typeof x.seq === 'number'
  );
}

/** A stored value of any shape, made safe to use: a damaged entry is dropped, never sent. */
export function normaliseQueue(value: unknown): SyncQueue {
  if (!isRecord(value)) return EMPTY_QUEUE;
  const changes = Array.isArray(value.changes) ? value.changes.filter(isChange) : [];
  const shared: Record<string, string[]> = {};
  if (isRecord(value.shared)) {
    for (const [server, polls] of Object.entries(value.shared)) {
      if (Array.isArray(polls)) shared[server] = polls.filter((p): p is string => typeof p === 'string');
    }
  }
  const seq = Math.max(typeof value.seq === 'number' ? value.seq : 0, ...changes.map((c) => c.seq));
  return {
    changes,
    shared,
    seq,
    failures: typeof value.failures === 'number' && value.failures >= 0 ? value.failures : 0,
    retryAt: typeof value.retryAt === 'number' ? value.retryAt : null,
    release: Array.isArray(value.release) ? value.release.filter((r): r is string => typeof r === 'string') : [],
  };
}

// Back-off: 5 s after the first failure, doubling up to an hour. Shorter would hammer a server that is
// restarting (it asks for 5 s itself); longer would leave a reader who came back online waiting for their
// answers to appear. Jitter spreads the retries of many readers after a server outage.
export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 3_600_000;
const JITTER = 0.2;

/** How long to wait after the `failures`-th failure in a row; a server's Retry-After is a floor. */
export function retryDelay(failures: number, retryAfterMs: number | null = null, random: () => number = Math.random): number {
  const exponential = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  const jittered = exponential * (1 - JITTER + 2 * JITTER * random());
  return Math.round(Math.min(RETRY_MAX_MS, Math.max(jittered, retryAfterMs ?? 0)));
}
