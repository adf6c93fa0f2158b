// Sends the reader's answer changes to the results server they chose, and fetches a poll's results.
// Answers are saved locally first (state/answers-store.ts, unchanged); the background sees each change
// in storage and, when sharing is on, queues it (state/sync-queue.ts). The queue is flushed at once and
// again whenever something happens (another change, a results request, start-up, a scheduled retry), with
// exponential back-off after a failure. The queue lives in storage, so a stopped service worker or an
// offline browser loses nothing; one change per poll is kept, so only a poll's latest state is sent.
import { browser } from 'wxt/browser';
import { isAnswerRecord } from '../../state/answer-record';
import { type CommunityReply, isSharablePollId, type SharingCheck, type WithdrawReport } from '../../state/community-results';
import { readReaderSecret } from '../../state/reader-secret';
import { parseServerUrl } from '../../state/server-url';
import { normaliseSettings, type SharingSettings } from '../../state/settings';
import { SETTINGS_KEY } from '../../state/storage-items';
import {
  defineSyncQueueItem,
  dropAnswersNotFor,
  isShared,
  markForRelease,
  normaliseQueue,
  pendingChange,
  type QueuedChange,
  queueChange,
  releasable,
  retryDelay,
  type SyncQueue,
  serversIn,
  settleChange,
  withdrawEverything,
} from '../../state/sync-queue';
import { type PowClaim, solvePow } from '../../server/pow';
import { derivePseudonym, importReaderSecret } from '../../server/pseudonym';
import { type CommunityClient, createCommunityClient, type FetchLike, type Health, type Outcome } from './community-client';

// A server may ask for any difficulty up to 32 bits; past 20 (≈1 M hashes, several seconds to a minute on
// a slow machine, per answer) the reader's CPU would pay for a misconfigured or hostile server. Such a
// server is refused instead; the default is 16.
export const MAX_POW_BITS_ACCEPTED = 20;

export interface SyncDeps {
  fetch: FetchLike;
  /** Asks to be woken (flush) at this epoch ms; null cancels. The background uses timers and alarms. */
  schedule(at: number | null): void;
  /** Gives back the sharing permissions of a server nothing more is owed to. */
  releaseServer(server: string): Promise<void>;
  now?: () => number;
  random?: () => number;
  solve?: (claim: PowClaim, bits: number) => Promise<string>;
  /** For tests: a client per server (default: the real HTTP one). */
  client?: (server: string) => CommunityClient;
}

export interface FlushReport {
  sent: number;
  dropped: number;
  /** Changes still queued (waiting for a retry, or added meanwhile). */
  pending: number;
}

export interface AnswerSync {
  /** An answer's storage key changed (`before`/`after` are the stored values, null when absent). */
  answerChanged(pollId: string, before: unknown, after: unknown): Promise<void>;
  settingsChanged(before: unknown, after: unknown): Promise<void>;
  /** Sends what is queued; `force` ignores the back-off (a reader is waiting for the outcome). */
  flush(force?: boolean): Promise<FlushReport>;
  results(pollId: string): Promise<CommunityReply>;
  check(): Promise<SharingCheck>;
  /** Withdraws every answer held by a server that sharing no longer uses. */
  withdrawAll(): Promise<WithdrawReport>;
}

/** The sharing settings, and the server answers go to right now (null while sharing is off). */
async function readSharing(): Promise<SharingSettings & { server: string | null }> {
  const { [SETTINGS_KEY]: raw } = await browser.storage.local.get(SETTINGS_KEY);
  const sharing = normaliseSettings(raw).sharing;
  const parsed = parseServerUrl(sharing.serverUrl);
  return { ...sharing, server: sharing.enabled && parsed.ok ? parsed.url : null };
}

export function createAnswerSync(deps: SyncDeps): AnswerSync {
  const now = deps.now ?? Date.now;
  const solve = deps.solve ?? ((claim: PowClaim, bits: number) => solvePow(claim, bits));
  const clientFor = deps.client ?? ((server: string) => createCommunityClient(server, deps.fetch));
  const item = defineSyncQueueItem();

  // Every change to the queue goes through this chain: the background is its only writer, and one
  // read-modify-write at a time keeps a vote arriving mid-flush from being overwritten.
  let writes: Promise<unknown> = Promise.resolve();
  const mutate = (change: (queue: SyncQueue) => SyncQueue): Promise<SyncQueue> => {
    const task = async (): Promise<SyncQueue> => {
      const current = normaliseQueue(await item.getValue());
      const next = change(current);
      if (next !== current) await item.setValue(next);
      return next;
    };
    const run = writes.then(task, task);
    writes = run.catch(() => undefined);
    return run;
  };
  const readQueue = (): Promise<SyncQueue> => mutate((q) => q);

  /** An answer leaves only while sharing still uses its server (the reader may turn it off mid-flush). */
  const stillWanted = async (change: QueuedChange): Promise<boolean> => (await readSharing()).server === change.server;

  /** Sends one change; the outcome says what to do with it. */
  const send = async (change: QueuedChange, voter: string, healthOf: (server: string) => Promise<Outcome<Health>>): Promise<Outcome<null>> => {
    const client = clientFor(change.server);
    if (change.optionId === null) return client.deleteAnswer(change.pollId, voter);
    if (change.lang === null) return { kind: 'refused', status: 0, reason: 'no-language' };
    const health = await healthOf(change.server);
    if (health.kind === 'retry' || health.kind === 'refused') return health;
    if (health.kind === 'pow') return { kind: 'refused', status: 0, reason: 'not-a-results-server' };
    let { powBits, day } = health.value;
    // One re-solve when the server's difficulty or day moved between the health check and the answer.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (powBits > MAX_POW_BITS_ACCEPTED) return { kind: 'refused', status: 0, reason: 'pow-too-hard' };
      const option = change.optionId;
      const nonce = await solve({ pollId: change.pollId, voter, option, day }, powBits);
      // The proof took a moment: check again that the reader still shares.
      if (!(await stillWanted(change))) return { kind: 'refused', status: 0, reason: 'sharing-off' };
      const outcome = await client.putAnswer(change.pollId, voter, { option, lang: change.lang, pow: { day, nonce } });
      if (outcome.kind !== 'pow') return outcome;
      ({ powBits, day } = outcome);
    }
    return { kind: 'refused', status: 400, reason: 'pow-invalid' };
  };

  /** Gives back the permissions of servers that are owed nothing any more. */
  const releaseIdle = async (): Promise<void> => {
    const { server: current } = await readSharing();
    const done = releasable(await readQueue(), current);
    if (done.length === 0) return;
    for (const server of done) await deps.releaseServer(server).catch(() => undefined);
    await mutate((q) => ({ ...q, release: q.release.filter((server) => !done.includes(server)) }));
  };

  const flushOnce = async (force: boolean): Promise<FlushReport> => {
    const before = await mutate((q) => q);
    const report: FlushReport = { sent: 0, dropped: 0, pending: before.changes.length };
    if (before.changes.length === 0) {
      if (before.failures > 0 || before.retryAt !== null) await mutate((q) => ({ ...q, failures: 0, retryAt: null }));
      deps.schedule(null);
      await releaseIdle();
      return report;
    }
    if (!force && before.retryAt !== null && now() < before.retryAt) {
      deps.schedule(before.retryAt);
      return report;
    }
    const secret = await readReaderSecret();
    if (!secret) {
      // Without the secret there is no pseudonym: nothing queued could ever be sent or withdrawn (and
      // nothing was ever sent, since sending needs it too).
      await mutate((q) => ({ ...q, changes: [], failures: 0, retryAt: null }));
      deps.schedule(null);
      await releaseIdle();
      return { sent: 0, dropped: before.changes.length, pending: 0 };
    }
    const key = await importReaderSecret(secret);
    const healths = new Map<string, Promise<Outcome<Health>>>();
    const healthOf = (server: string): Promise<Outcome<Health>> => {
      let health = healths.get(server);
      if (!health) {
        health = clientFor(server).health();
        healths.set(server, health);
      }
      return health;
    };

    for (const change of [...before.changes].sort((a, b) => a.seq - b.seq)) {
      // Checked again before each answer: the reader may have turned sharing off while this flush ran
      // (a withdrawal, on the other hand, must still go).
      if (change.optionId !== null && !(await stillWanted(change))) {
        await mutate((q) => settleChange(q, change, 'dropped'));
        report.dropped++;
        continue;
      }
      const voter = await derivePseudonym(key, change.pollId);
      const outcome = await send(change, voter, healthOf);
      if (outcome.kind === 'ok') {
        await mutate((q) => settleChange(q, change, 'done'));
        report.sent++;
      } else if (outcome.kind === 'retry') {
        const queue = await mutate((q) => {
          const failures = q.failures + 1;
          return { ...q, failures, retryAt: now() + retryDelay(failures, outcome.retryAfterMs, deps.random) };
        });
        deps.schedule(queue.retryAt);
        report.pending = queue.changes.length;
        return report;
      } else {
        await mutate((q) => settleChange(q, change, 'dropped'));
        report.dropped++;
      }
    }
    const after = await mutate((q) => (q.failures === 0 && q.retryAt === null ? q : { ...q, failures: 0, retryAt: null }));
    report.pending = after.changes.length;
    // Changes queued while this flush ran are picked up by the flush their arrival asked for.
    if (after.changes.length === 0) deps.schedule(null);
    await releaseIdle();
    return report;
  };

  // Flushes run one after the other; a call made during a flush gets a flush of its own afterwards, which
  // finds the changes that arrived meanwhile.
  let flushes: Promise<unknown> = Promise.resolve();
  const flush = (force = false): Promise<FlushReport> => {
    const run = flushes.then(
      () => flushOnce(force),
      () => flushOnce(force),
    );
    flushes = run.catch(() => undefined);
    return run;
  };

  const answerChanged = async (pollId: string, before: unknown, after: unknown): Promise<void> => {
    const sharing = await readSharing();
    const server = sharing.server;
    const since = sharing.since === null ? Number.NaN : Date.parse(sharing.since);
    if (server === null || Number.isNaN(since) || !isSharablePollId(pollId)) return;
    const record = isAnswerRecord(after) ? after : null;
    const previous = isAnswerRecord(before) ? before : null;
    let queued = false;
    await mutate((queue) => {
      const pending = pendingChange(queue, server, pollId);
      const held = isShared(queue, server, pollId);
      if (!record || record.optionId === null) {
        // Withdrawn here (or forgotten, or erased): only what the server holds or may soon hold.
        if (!held && !pending) return queue;
        queued = true;
        return queueChange(queue, { pollId, server, optionId: null, lang: record?.lang ?? previous?.lang ?? null });
      }
      // Given before sharing was turned on (or imported from a file): it stays on this device.
      if (Date.parse(record.answeredAt) < since) return queue;
      const alreadyThere = pending ? pending.optionId === record.optionId : held && previous?.optionId === record.optionId;
      if (alreadyThere) return queue;
      queued = true;
      return queueChange(queue, { pollId, server, optionId: record.optionId, lang: record.lang });
    });
    if (queued) await flush(true);
  };

  // Withdrawals queued since sharing was last turned on, for servers it no longer uses: with what is
  // still waiting, it tells the options page how many answers came off the server, whichever path (the
  // stored switch, or the page's own message) queued them. In memory: the page asks within seconds.
  let withdrawalsQueued = 0;

  const withdrawAll = async (): Promise<WithdrawReport> => {
    const sharing = await readSharing();
    const isOld = (c: QueuedChange): boolean => c.server !== sharing.server && c.optionId === null;
    const previous = parseServerUrl(sharing.serverUrl);
    await mutate((q) => {
      let next = dropAnswersNotFor(q, sharing.server);
      const old = serversIn(next).filter((server) => server !== sharing.server);
      // The server just left, even if nothing was ever shared with it: its permissions go back too.
      if (previous.ok && previous.url !== sharing.server && !old.includes(previous.url)) old.push(previous.url);
      const owedBefore = next.changes.filter(isOld).length;
      for (const server of old) next = markForRelease(withdrawEverything(next, server), server);
      withdrawalsQueued += next.changes.filter(isOld).length - owedBefore;
      return next;
    });
    // Also waits for a withdrawal already under way (the other path), which the count includes.
    await flush(true);
    const left = (await readQueue()).changes.filter(isOld).length;
    return { withdrawn: Math.max(0, withdrawalsQueued - left), pending: left };
  };

  return {
    answerChanged,

    async settingsChanged(before, after) {
      const was = normaliseSettings(before).sharing;
      const is = normaliseSettings(after).sharing;
      if (was.enabled && (!is.enabled || was.serverUrl !== is.serverUrl)) await withdrawAll();
      else if (!was.enabled && is.enabled) {
        withdrawalsQueued = 0;
        await flush(true);
      }
    },

    flush,

    async results(pollId) {
      const sharing = await readSharing();
      const server = sharing.server;
      if (server === null) return { state: 'off' };
      if (!isSharablePollId(pollId)) return { state: 'refused' };
      // The reader's own answer first, so that the results they see include it.
      if (pendingChange(await readQueue(), server, pollId)) await flush(true);
      const queue = await readQueue();
      const pending = pendingChange(queue, server, pollId) !== undefined;
      const outcome = await clientFor(server).results(pollId);
      if (outcome.kind === 'ok') return { state: 'ok', results: outcome.value, counted: !pending && isShared(queue, server, pollId) };
      if (outcome.kind === 'retry') return { state: 'unreachable', pending };
      return { state: 'refused' };
    },

    async check() {
      const sharing = await readSharing();
      const server = sharing.server;
      if (server === null) return { status: 'off' };
      const health = await clientFor(server).health();
      if (health.kind === 'ok') {
        // The server is there: whatever waited for it goes now.
        const report = await flush(true);
        return { status: 'connected', powBits: health.value.powBits, minCount: health.value.minCount, pending: report.pending };
      }
      if (health.kind === 'retry') {
        const queue = await readQueue();
        return { status: 'unreachable', pending: queue.changes.filter((c) => c.server === server).length };
      }
      return { status: 'refused', reason: health.kind === 'refused' ? health.reason : 'not-a-results-server' };
    },

    withdrawAll,
  };
}
