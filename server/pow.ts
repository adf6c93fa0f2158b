// Hashcash-style proof of work that makes each answer cost the client some CPU, so that stuffing a poll
// with thousands of fake pseudonyms costs thousands of times that. Shared with the extension (pure Web
// Crypto, no Node API): the server checks with one hash what the client found with ~2^bits.
//
// Proof: a `nonce` such that SHA-256(`${pollId}|${voter}|${option}|${day}|${nonce}`) (UTF-8) starts with
// `bits` zero bits, where `day` is a UTC day "YYYY-MM-DD". Binding the day makes a stock of proofs go
// stale after a day; binding voter and option makes every proof good for one answer only.

export interface PowClaim {
  pollId: string;
  voter: string;
  option: string;
  /** UTC day, "YYYY-MM-DD". */
  day: string;
}

/** The hardest difficulty anyone may configure: 2^32 hashes is already minutes of work in a browser. */
export const MAX_POW_BITS = 32;

const NONCE_RADIX = 36;

/** Web Crypto's digest is asynchronous; asking for several at once hides most of its per-call overhead
 * (measured in Node 20: ≈9.4 µs a hash one by one, ≈7.5 µs in batches). Larger batches waste up to a
 * batch of hashes past the answer and hold more promises for nothing. */
const SOLVE_BATCH = 128;

export function utcDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

/** The days a proof may name: today and yesterday (UTC), so a proof made just before midnight still counts. */
export function acceptedDays(now: Date = new Date()): [string, string] {
  return [utcDay(now), utcDay(new Date(now.getTime() - 86_400_000))];
}

export function powMessage(claim: PowClaim, nonce: string): string {
  return `${claim.pollId}|${claim.voter}|${claim.option}|${claim.day}|${nonce}`;
}

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

async function zeroBitsOf(message: string): Promise<number> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(message));
  return leadingZeroBits(new Uint8Array(digest));
}

/** True when `nonce` proves `bits` bits of work for this claim. Does not check the day: see acceptedDays. */
export async function checkPow(claim: PowClaim, nonce: string, bits: number): Promise<boolean> {
  return (await zeroBitsOf(powMessage(claim, nonce))) >= bits;
}

/**
 * Finds a nonce (a base-36 counter) for the claim. Expect about 2^bits hashes; `signal` stops a search
 * that is no longer wanted (the reader withdrew, the tab closed).
 */
export async function solvePow(claim: PowClaim, bits: number, signal?: AbortSignal): Promise<string> {
  if (!Number.isInteger(bits) || bits < 0 || bits > MAX_POW_BITS) {
    throw new RangeError(`Proof-of-work bits must be an integer in 0..${MAX_POW_BITS}`);
  }
  for (let start = 0; ; start += SOLVE_BATCH) {
    signal?.throwIfAborted();
    const nonces: string[] = [];
    for (let i = start; i < start + SOLVE_BATCH; i++) nonces.push(i.toString(NONCE_RADIX));
    const results = await Promise.all(nonces.map((nonce) => zeroBitsOf(powMessage(claim, nonce))));
    const found = results.findIndex((zeroBits) => zeroBits >= bits);
    if (found >= 0) return nonces[found] as string;
  }
}
