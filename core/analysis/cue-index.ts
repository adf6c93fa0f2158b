/** A cue found in the text. */
export interface Match {
  start: number;
  end: number;
  text: string;
}

/** Sorted matches of one cue kind, with binary-searched range queries (no scan per question). */
export class CueList {
  constructor(readonly items: readonly Match[]) {}

  /** Index of the first match whose start is >= pos. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid] as Match).start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Matches that lie entirely inside [start, end). */
  within(start: number, end: number): Match[] {
    const out: Match[] = [];
    for (let i = this.lowerBound(start); i < this.items.length; i++) {
      const m = this.items[i] as Match;
      if (m.start >= end) break;
      if (m.end <= end) out.push(m);
    }
    return out;
  }

  has(start: number, end: number): boolean {
    const i = this.lowerBound(start);
    const m = this.items[i];
    return m !== undefined && m.start < end && m.end <= end;
  }

  /** The last match ending at or before `pos` and starting at or after `min`. */
  lastBefore(pos: number, min: number): Match | null {
    // Matches are non-overlapping within one kind, so ends are sorted like starts.
    for (let i = this.lowerBound(pos) - 1; i >= 0; i--) {
      const m = this.items[i] as Match;
      if (m.start < min) return null;
      if (m.end <= pos) return m;
    }
    return null;
  }

  /** The first match starting at or after `pos` and ending at or before `max`. */
  firstAfter(pos: number, max: number): Match | null {
    const m = this.items[this.lowerBound(pos)];
    return m !== undefined && m.end <= max ? m : null;
  }

  /** The match that covers `pos`, if any. */
  covering(pos: number): Match | null {
    const i = this.lowerBound(pos + 1) - 1;
    const m = this.items[i];
    return m !== undefined && m.start <= pos && pos < m.end ? m : null;
  }

  count(start: number, end: number): number {
    return this.within(start, end).length;
  }
}
