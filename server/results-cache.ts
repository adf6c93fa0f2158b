// A short-lived per-process cache of poll results. Counting is exact but costs a scan of the poll's
// answers; a popular theme poll read by thousands of readers a minute would rescan the same rows for
// every one of them. With the cache, each process counts a poll at most once per `ttlMs`.
import type { PollResults } from './results';

/** Polls kept at once; past that the oldest entry goes. ≈1 kB each, so ≈10 MB at most. */
const MAX_POLLS = 10_000;

export class ResultsCache {
  private readonly entries = new Map<string, { at: number; results: PollResults }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(pollId: string): PollResults | undefined {
    const entry = this.entries.get(pollId);
    if (!entry) return undefined;
    if (this.now() - entry.at >= this.ttlMs) {
      this.entries.delete(pollId);
      return undefined;
    }
    return entry.results;
  }

  set(pollId: string, results: PollResults): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(pollId);
    this.entries.set(pollId, { at: this.now(), results });
    if (this.entries.size > MAX_POLLS) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** After a write through this process, so that the reader who just answered sees their answer counted. */
  forget(pollId: string): void {
    this.entries.delete(pollId);
  }
}
