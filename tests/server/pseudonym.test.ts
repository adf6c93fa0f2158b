import { createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../server/base64url';
import { createReaderSecret, derivePseudonym, importReaderSecret } from '../../server/pseudonym';
import { voterSchema } from '../../server/schemas';

function bitsDiffering(a: string, b: string): number {
  const x = fromBase64Url(a);
  const y = fromBase64Url(b);
  let bits = 0;
  for (let i = 0; i < x.length; i++) {
    let v = (x[i] ?? 0) ^ (y[i] ?? 0);
    while (v) {
      bits += v & 1;
      v >>= 1;
    }
  }
  return bits;
}

describe('base64url', () => {
  it('round-trips any bytes and agrees with Node’s encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect([...fromBase64Url(text)]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses characters outside the URL-safe alphabet', () => {
    expect(() => fromBase64Url('abc+')).toThrow();
    expect(() => fromBase64Url('ab/c')).toThrow();
    expect(() => fromBase64Url('abcde')).toThrow(); // 5 characters cannot encode whole bytes
  });
});

describe('derivePseudonym', () => {
  it('is base64url(HMAC-SHA-256(secret, pollId)), 43 characters the server accepts', async () => {
    const secret = createReaderSecret();
    const pollId = 'theme:europe-catch-up';
    const pseudonym = await derivePseudonym(secret, pollId);
    const expected = createHmac('sha256', Buffer.from(secret, 'base64url')).update(pollId).digest('base64url');
    expect(pseudonym).toBe(expected);
    expect(pseudonym).toHaveLength(43);
    expect(voterSchema.safeParse(pseudonym).success).toBe(true);
  });

  it('is stable for one reader and one poll, so the server keeps one answer per reader', async () => {
    const secret = createReaderSecret();
    const key = await importReaderSecret(secret);
    expect(await derivePseudonym(secret, 'q:0123456789abcdef')).toBe(await derivePseudonym(key, 'q:0123456789abcdef'));
  });

  it('gives one reader unrelated pseudonyms on different polls (unlinkable)', async () => {
    const key = await importReaderSecret(createReaderSecret());
    const polls = Array.from({ length: 60 }, (_, i) => `q:${i.toString(16).padStart(16, '0')}`);
    const pseudonyms = await Promise.all(polls.map((poll) => derivePseudonym(key, poll)));
    expect(new Set(pseudonyms).size).toBe(polls.length);
    // Unrelated 256-bit values differ in half their bits on average; related ones (a shared prefix, a
    // counter, an XOR of the poll id) would differ in far fewer. Mean over 59 neighbouring pairs of polls
    // whose ids differ in one or two bits: binomial(256, ½) has σ = 8, so its mean has σ ≈ 1.
    const distances = pseudonyms.slice(1).map((p, i) => bitsDiffering(p, pseudonyms[i] as string));
    const mean = distances.reduce((a, b) => a + b, 0) / distances.length;
    expect(mean).toBeGreaterThan(120);
    expect(mean).toBeLessThan(136);
    for (const d of distances) expect(d).toBeGreaterThan(80);
    // Nor do they share a prefix a server could group by.
    expect(new Set(pseudonyms.map((p) => p.slice(0, 3))).size).toBeGreaterThan(55);
  });

  it('gives different readers unrelated pseudonyms on the same poll', async () => {
    const pollId = 'theme:sovereignty';
    const pseudonyms = await Promise.all(
      Array.from({ length: 40 }, () => derivePseudonym(createReaderSecret(), pollId)),
    );
    expect(new Set(pseudonyms).size).toBe(40);
    for (let i = 1; i < pseudonyms.length; i++) {
      expect(bitsDiffering(pseudonyms[i] as string, pseudonyms[i - 1] as string)).toBeGreaterThan(80);
    }
  });

  it('does not depend on anything but the secret and the poll id (no clock, no randomness)', async () => {
    const secret = toBase64Url(new Uint8Array(randomBytes(32)));
    const first = await derivePseudonym(secret, 'theme:jobs');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await derivePseudonym(secret, 'theme:jobs')).toBe(first);
    expect(await derivePseudonym(secret, 'theme:jobs ')).not.toBe(first);
  });

  it('refuses a secret too short to be unguessable', async () => {
    await expect(importReaderSecret('c2hvcnQ')).rejects.toThrow(/too short/);
  });
});
