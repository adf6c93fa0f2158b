import type { Sentence } from '../types';

// A cheap stand-in for the real sentence splitter when a module is used on its own (tests, quick
// scripts): it only has to keep role patterns from running across a full stop or a line break.
const BOUNDARY = /[.!?…]+["»”’)]*[ \t\u00a0]+(?=["«“(]?[\p{Lu}\p{N}])|\n+/gu;

/** Abbreviations after which a period ends no sentence ("2,5 Mrd. Dollar", "Dr. Smith", "Mistral Inc."). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Lu}|Mrd|Mio|Md|Mds|Mr|Mrs|Ms|Dr|St|Inc|Corp|Ltd|Co|No|Nr|Sig|Dott|Prof|etc|vs|ca|bzw|ggf|Abs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Okt|Dez)$/u;

export function roughSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** Index of the sentence holding offset `pos` (the last one starting at or before it). */
export function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
