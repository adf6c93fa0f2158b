import { describe, expect, it } from 'vitest';
import { addressKey, RateLimiter } from '../../server/rate-limit';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the wait until the next token', () => {
    const time = clock();
    const limiter = new RateLimiter({ burst: 3, perMinute: 6 }, time.now);
    expect([1, 2, 3].map(() => limiter.take('198.51.100.7').ok)).toEqual([true, true, true]);
    const refused = limiter.take('198.51.100.7');
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 10 });
    time.advance(9_000);
    expect(limiter.take('198.51.100.7').ok).toBe(false);
    time.advance(10_000);
    expect(limiter.take('198.51.100.7').ok).toBe(true);
  });

  it('keeps one bucket per address', () => {
    const time = clock();
    const limiter = new RateLimiter({ burst: 1, perMinute: 1 }, time.now);
    expect(limiter.take('198.51.100.7').ok).toBe(true);
    expect(limiter.take('198.51.100.7').ok).toBe(false);
    expect(limiter.take('203.0.113.9').ok).toBe(true);
  });

  it('never refills past the burst', () => {
    const time = clock();
    const limiter = new RateLimiter({ burst: 2, perMinute: 60 }, time.now);
    time.advance(3_600_000);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false]);
  });

  it('is off when the rate is 0', () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 0 });
    for (let i = 0; i < 100; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.size).toBe(0);
  });

  it('holds a bounded number of addresses, forgetting the least recently seen', () => {
    const time = clock();
    const limiter = new RateLimiter({ burst: 1, perMinute: 1 }, time.now, 3);
    for (const address of ['a', 'b', 'c']) limiter.take(address);
    limiter.take('a'); // a is now the most recent; b the oldest
    limiter.take('d');
    expect(limiter.size).toBe(3);
    expect(limiter.take('b').ok).toBe(true); // forgotten, so full again
    expect(limiter.take('a').ok).toBe(false); // remembered, still empty
  });
});

describe('addressKey', () => {
  it('keeps IPv4 addresses and unwraps IPv4-mapped IPv6', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('limits IPv6 by /64, since one host usually owns a whole /64', () => {
    const key = addressKey('2001:db8:85a3:42:1:2:3:4');
    expect(key).toBe('2001:db8:85a3:42::/64');
    expect(addressKey('2001:0db8:85a3:0042:ffff:ffff:ffff:ffff')).toBe(key);
    expect(addressKey('2001:db8:85a3:42::1')).toBe(key);
    expect(addressKey('2001:db8:85a3:43::1')).not.toBe(key);
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
