// Which regular expressions cost the most during one first analysis, and where they are: every
// RegExp.prototype.exec (test, match, replace and split go through it) is timed, and the first use of
// each regex notes the core file and line that ran it. V8 compiles a regex on its first use and again
// to native code when it gets hot; a large alternation, the `u` flag's Unicode case folding or a \p{…}
// class make both slow. Run in a fresh process (cold-child.ts), before the core is loaded.

export interface RegexCost {
  flags: string;
  /** Characters of the source. */
  length: number;
  /** Beginning of the source, to recognise it. */
  source: string;
  /** file:line:column of the core code that first ran it. */
  at: string;
  calls: number;
  /** CPU time inside its first exec (compilation included), and inside all its execs. */
  firstMs: number;
  totalMs: number;
}

const SOURCE_SHOWN = 70;

/**
 * Starts timing every regex execution; the returned function stops and reports, by the cost of the first
 * use (compilation included) first: that is what a cold start pays, and the figure least disturbed by a
 * GC that happens to run during one of many later calls.
 */
export function watchRegexes(): () => RegexCost[] {
  const exec = RegExp.prototype.exec;
  const costs = new Map<string, RegexCost>();
  // Capturing the stack runs regexes of Node's own (source maps): those must not be timed or watched.
  let busy = false;
  RegExp.prototype.exec = function timedExec(this: RegExp, input: string) {
    if (busy) return exec.call(this, input);
    // CPU time, not wall time: on a busy machine a regex preempted mid-run would look slow.
    const cpu = process.cpuUsage();
    const result = exec.call(this, input);
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    const key = `${this.flags}/${this.source}`;
    const known = costs.get(key);
    if (known) {
      known.calls++;
      known.totalMs += ms;
      return result;
    }
    // Until the entry is stored: tidying the frame runs regexes too.
    busy = true;
    try {
      const frame = (new Error().stack ?? '').split('\n').find((line) => line.includes('/core/')) ?? '';
      costs.set(key, {
        flags: this.flags,
        length: this.source.length,
        source: this.source.slice(0, SOURCE_SHOWN),
        at: frame.replace(/^.*?\/core\//, 'core/').replace(/\)\s*$/, ''),
        calls: 1,
        firstMs: ms,
        totalMs: ms,
      });
    } finally {
      busy = false;
    }
    return result;
  };
  return () => {
    RegExp.prototype.exec = exec;
    return [...costs.values()].sort((a, b) => b.firstMs - a.firstMs || b.totalMs - a.totalMs);
  };
}
