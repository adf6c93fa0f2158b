import { describe, expect, it } from 'vitest';
import {
  dropAnswersNotFor,
  EMPTY_QUEUE,
  normaliseQueue,
  pendingChange,
  queueChange,
  RETRY_BASE_MS,
  RETRY_MAX_MS,
  retryDelay,
  settleChange,
  withdrawEverything,
} from '../../../state/sync-queue';

const A = 'https://results.example.org';
const B = 'https://sondages.example.eu';

describe('sync queue', () => {
  it('keeps one change per poll and server, the latest', () => {
    let q = queueChange(EMPTY_QUEUE, { pollId: 'theme:jobs', server: A, optionId: 'jobs-more', lang: 'de' });
    q = queueChange(q, { pollId: 'theme:jobs', server: A, optionId: 'jobs-fewer', lang: 'de' });
    q = queueChange(q, { pollId: 'theme:jobs', server: B, optionId: 'jobs-more', lang: 'de' });
    expect(q.changes.map((c) => [c.server, c.optionId])).toEqual([
      [A, 'jobs-fewer'],
      [B, 'jobs-more'],
    ]);
    expect(new Set(q.changes.map((c) => c.seq)).size).toBe(2);
  });

  it('settles only the change that was sent, not a newer one queued meanwhile', () => {
    let q = queueChange(EMPTY_QUEUE, { pollId: 'theme:ethics', server: A, optionId: 'ethics-rules', lang: 'it' });
    const inFlight = pendingChange(q, A, 'theme:ethics');
    if (!inFlight) throw new Error('no change');
    q = queueChange(q, { pollId: 'theme:ethics', server: A, optionId: 'ethics-market', lang: 'it' });
    q = settleChange(q, inFlight, 'done');
    expect(pendingChange(q, A, 'theme:ethics')?.optionId).toBe('ethics-market');
    expect(q.shared[A]).toEqual(['theme:ethics']);
  });

  it('withdraws everything a server holds or may soon hold, once', () => {
    let q = queueChange(EMPTY_QUEUE, { pollId: 'theme:bubble', server: A, optionId: 'bubble-yes', lang: 'es' });
    q = settleChange(q, q.changes[0] as (typeof q.changes)[0], 'done');
    q = queueChange(q, { pollId: 'q:0123456789abcdef', server: A, optionId: 'no', lang: 'es' });
    const once = withdrawEverything(q, A);
    expect(once.changes.map((c) => [c.pollId, c.optionId]).sort()).toEqual([
      ['q:0123456789abcdef', null],
      ['theme:bubble', null],
    ]);
    expect(withdrawEverything(once, A)).toEqual(once);
  });

  it('drops answers for a server sharing no longer uses, but keeps the withdrawals owed to it', () => {
    let q = queueChange(EMPTY_QUEUE, { pollId: 'theme:jobs', server: A, optionId: 'jobs-more', lang: 'fr' });
    q = queueChange(q, { pollId: 'theme:bubble', server: A, optionId: null, lang: 'fr' });
    expect(dropAnswersNotFor(q, null).changes.map((c) => c.pollId)).toEqual(['theme:bubble']);
    expect(dropAnswersNotFor(q, A)).toBe(q);
  });

  it('backs off exponentially, within bounds, never sooner than the server asks', () => {
    const middle = () => 0.5;
    expect(retryDelay(1, null, middle)).toBe(RETRY_BASE_MS);
    expect(retryDelay(2, null, middle)).toBe(2 * RETRY_BASE_MS);
    expect(retryDelay(5, null, middle)).toBe(16 * RETRY_BASE_MS);
    expect(retryDelay(40, null, middle)).toBe(RETRY_MAX_MS);
    expect(retryDelay(1, 90_000, middle)).toBe(90_000);
    // Jitter stays within ±20 %.
    expect(retryDelay(3, null, () => 0)).toBe(0.8 * 4 * RETRY_BASE_MS);
    expect(retryDelay(3, null, () => 1)).toBe(1.2 * 4 * RETRY_BASE_MS);
  });

  it('reads a damaged stored value safely: bad entries are dropped, never sent', () => {
    expect(normaliseQueue(null)).toEqual(EMPTY_QUEUE);
    const q = normaliseQueue({
      changes: [
        { pollId: 'theme:jobs', server: A, optionId: 'jobs-more', lang: 'de', seq: 7 },
        { pollId: 'theme:jobs', server: A, optionId: 3, lang: 'de', seq: 8 },
        { pollId: 'theme:jobs', server: A, optionId: 'x', lang: 'pt', seq: 9 },
      ],
      shared: { [A]: ['theme:jobs', 42], [B]: 'nope' },
      seq: 2,
      failures: -1,
      retryAt: 'soon',
    });
    expect(q.changes.map((c) => c.seq)).toEqual([7]);
    expect(q.shared).toEqual({ [A]: ['theme:jobs'] });
    expect(q).toMatchObject({ seq: 7, failures: 0, retryAt: null });
  });
});
