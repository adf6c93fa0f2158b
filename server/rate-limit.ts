// Per-address token buckets, in this process's memory only: addresses are never written to disk or logs,
// and forgotten as soon as their bucket is full again or pushed out by newer ones. Several processes each
// keep their own buckets, so the effective limit scales with their number; that is accepted to keep the
// processes stateless (the proof of work is what makes stuffing expensive, this only caps its speed).
import type { BucketConfig } from './config';

/** 100k addresses × ≈100 bytes ≈ 10 MB at most. Past that the least recently seen address is forgotten
 * (its bucket starts full again): an attacker needs more than 100k addresses (or /64 networks) to gain
 * from that, and then per-address limits were never going to stop them. */
const MAX_ADDRESSES = 100_000;

interface Bucket {
  tokens: number;
  updated: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly config: BucketConfig,
    private readonly now: () => number = () => performance.now(),
    private readonly maxAddresses = MAX_ADDRESSES,
  ) {
    this.perMs = config.perMinute / 60_000;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token from the key's bucket, or says how long until one is available. */
  take(key: string): TakeResult {
    if (this.config.perMinute === 0) return { ok: true };
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.config.burst, updated: now };
    bucket.tokens = Math.min(this.config.burst, bucket.tokens + (now - bucket.updated) * this.perMs);
    bucket.updated = now;
    // Delete and re-insert: a Map iterates in insertion order, so the first key is the least recently seen.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxAddresses) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }
}

const IPV4_MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/**
 * The key an address is limited under. An IPv6 host usually owns a whole /64, so limiting single IPv6
 * addresses would limit nothing: the key is the /64 prefix.
 */
export function addressKey(address: string): string {
  const mapped = IPV4_MAPPED.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const withoutZone = address.split('%')[0] ?? address;
  const [head = '', tail] = withoutZone.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => (Number.parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`;
}
