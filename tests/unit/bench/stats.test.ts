import { describe, expect, it } from 'vitest';
import { checkedMs, growthFactor, median } from '../../../scripts/bench/stats';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3.5, 120, 0.2, 7, 7])).toBe(7);
  });

  it('takes the lower middle of an even count, so one slow run of two does not count', () => {
    expect(median([10, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('is NaN for no values and leaves its input unsorted', () => {
    expect(median([])).toBeNaN();
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });
});

describe('growthFactor', () => {
  it('is 1 for a cost that grows with the size', () => {
    expect(growthFactor({ bytes: 10_000, ms: 4 }, { bytes: 1_000_000, ms: 400 })).toBeCloseTo(1);
  });

  it('is the size ratio for a quadratic cost', () => {
    expect(growthFactor({ bytes: 10_000, ms: 1 }, { bytes: 1_000_000, ms: 10_000 })).toBeCloseTo(100);
  });

  it('falls below 1 when a fixed cost dominates the small size', () => {
    expect(growthFactor({ bytes: 10_000, ms: 5 }, { bytes: 1_000_000, ms: 150 })).toBeCloseTo(0.3);
  });

  it('is NaN when the small run took no time (no ratio to speak of)', () => {
    expect(growthFactor({ bytes: 10_000, ms: 0 }, { bytes: 1_000_000, ms: 5 })).toBeNaN();
  });
});

describe('checkedMs', () => {
  it('keeps the smaller of wall and CPU time', () => {
    // A busy machine: wall time counts other processes.
    expect(checkedMs({ wallMs: 12, cpuMs: 4 })).toBe(4);
    // Helper threads: CPU time above wall time.
    expect(checkedMs({ wallMs: 3, cpuMs: 5 })).toBe(3);
  });
});
