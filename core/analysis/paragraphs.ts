/**
 * Paragraph bounds by binary search over the line breaks, found once per text: looking for the
 * nearest "\n" from every figure or name would be quadratic on a text without line breaks.
 */
export class Paragraphs {
  private readonly breaks: number[] = [];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** The paragraph holding offset `pos`: [start, end) between two line breaks. */
  at(pos: number): { start: number; end: number } {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.breaks[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? (this.breaks[lo - 1] as number) + 1 : 0;
    const end = lo < this.breaks.length ? (this.breaks[lo] as number) : this.text.length;
    return { start, end };
  }
}
