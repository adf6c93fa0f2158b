// Small statistics for the benchmark: medians of repeated runs and the linearity of a cost curve.

/** The middle value (the lower middle for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/**
 * Milliseconds per kB at a large size divided by milliseconds per kB at a small size: 1 for a linear
 * cost, about the size ratio for a quadratic one. Fixed costs (a call's set-up) make it fall below 1.
 */
export function growthFactor(small: { bytes: number; ms: number }, large: { bytes: number; ms: number }): number {
  if (small.bytes <= 0 || large.bytes <= 0 || small.ms <= 0) return Number.NaN;
  return large.ms / large.bytes / (small.ms / small.bytes);
}

/**
 * The time a budget is checked against: the smaller of wall and CPU time. Both overstate an idle
 * machine's wall time, each in its own way: wall time counts the other processes of a busy machine
 * (the CI box runs several test suites at once), CPU time counts V8's helper threads (GC, compilers)
 * that run beside the main thread. The smaller one is the closer bound.
 */
export function checkedMs(t: { wallMs: number; cpuMs: number }): number {
  return Math.min(t.wallMs, t.cpuMs);
}
