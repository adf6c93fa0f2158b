import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  acceptedDays,
  checkPow,
  leadingZeroBits,
  powMessage,
  type PowClaim,
  solvePow,
  utcDay,
} from '../../server/pow';

const claim: PowClaim = {
  pollId: 'theme:europe-catch-up',
  voter: 'kq3Jx0Wc8mVd2Lr7PpZ1sT4yUa9bNf6gHe5iOj0uQwE',
  option: 'eu-joint-investment',
  day: '2026-11-26',
};

function zeroBitsByNode(message: string): number {
  return leadingZeroBits(new Uint8Array(createHash('sha256').update(message, 'utf8').digest()));
}

describe('leadingZeroBits', () => {
  it('counts zero bits from the first byte on', () => {
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0x01, 0xff]))).toBe(7);
    expect(leadingZeroBits(new Uint8Array([0x00, 0x00, 0x10]))).toBe(19);
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16);
  });
});

describe('proof of work', () => {
  it('finds a nonce whose hash, computed independently, has the required zero bits', async () => {
    const nonce = await solvePow(claim, 12);
    expect(zeroBitsByNode(powMessage(claim, nonce))).toBeGreaterThanOrEqual(12);
    expect(powMessage(claim, nonce)).toBe(`theme:europe-catch-up|${claim.voter}|eu-joint-investment|2026-11-26|${nonce}`);
    expect(await checkPow(claim, nonce, 12)).toBe(true);
  });

  it('binds the proof to poll, voter, option and day', async () => {
    const nonce = await solvePow(claim, 12);
    // Each altered claim below fails for this nonce (checked against Node's own SHA-256, so the test
    // shows the binding rather than assuming it).
    const altered: PowClaim[] = [
      { ...claim, option: 'eu-niches' },
      { ...claim, voter: `${claim.voter.slice(0, 42)}A` },
      { ...claim, pollId: 'theme:sovereignty' },
      { ...claim, day: '2026-11-25' },
    ];
    for (const other of altered) {
      const expected = zeroBitsByNode(powMessage(other, nonce)) >= 12;
      expect(await checkPow(other, nonce, 12)).toBe(expected);
      expect(expected).toBe(false);
    }
  });

  it('rejects a nonce that does not reach the difficulty', async () => {
    // Nonce "0" hashes to a digest whose bit count we compute independently.
    const bits = zeroBitsByNode(powMessage(claim, '0'));
    expect(await checkPow(claim, '0', bits)).toBe(true);
    expect(await checkPow(claim, '0', bits + 1)).toBe(false);
  });

  it('costs about 2^bits hashes: harder proofs take more attempts', async () => {
    let easy = 0;
    let hard = 0;
    for (let i = 0; i < 8; i++) {
      const c = { ...claim, voter: `${claim.voter.slice(0, 40)}${i}aA` };
      easy += Number.parseInt(await solvePow(c, 2), 36) + 1;
      hard += Number.parseInt(await solvePow(c, 10), 36) + 1;
    }
    // Expected 8 × 4 = 32 attempts against 8 × 1024 ≈ 8192.
    expect(easy).toBeLessThan(200);
    expect(hard).toBeGreaterThan(1000);
  });

  it('accepts 0 bits with the first nonce and refuses impossible difficulties', async () => {
    expect(await solvePow(claim, 0)).toBe('0');
    await expect(solvePow(claim, 33)).rejects.toThrow(RangeError);
    await expect(solvePow(claim, 1.5)).rejects.toThrow(RangeError);
  });

  it('stops when asked', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(solvePow(claim, 30, controller.signal)).rejects.toThrow();
  });
});

describe('days', () => {
  it('uses the UTC day, and accepts today and yesterday', () => {
    const justAfterMidnight = new Date('2026-03-01T00:05:00Z');
    expect(utcDay(justAfterMidnight)).toBe('2026-03-01');
    expect(acceptedDays(justAfterMidnight)).toEqual(['2026-03-01', '2026-02-28']);
    // 23:30 in New York on 31 December is already 1 January in UTC.
    expect(utcDay(new Date('2026-12-31T23:30:00-05:00'))).toBe('2027-01-01');
  });
});
