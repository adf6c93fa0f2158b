// Sentences with offsets into the text: Unicode's sentence breaks (our own rules where the text is plain
// Latin prose, Intl.Segmenter elsewhere) plus a repair pass for the breaks they get wrong in news prose
// (see ./text/sentence-rules.ts). Lines never share a sentence.
import type { Lang, Sentence } from './types';
import { sentenceBreaks } from './text/sentence-breaks';
import { shouldJoin } from './text/sentence-rules';

/**
 * Intl.Segmenter is linear on short inputs but slows down more than linearly on long ones (measured on
 * Node 20: 10 kB in one call ≈ 2 ms, 200 kB ≈ 700 ms, against ≈ 0.4 ms and ≈ 6 ms line by line), and
 * each call has a fixed cost of a few µs. So it reads at most this many characters per call: short lines
 * are batched up to it, longer lines are cut into chunks. Trade-off: smaller chunks mean more calls and
 * more text read twice at the seams; larger ones drift into the super-linear zone.
 */
const CHUNK = 2000;

const segmenters = new Map<Lang, Intl.Segmenter>();

/**
 * Construction costs several milliseconds the first time (the browser loads its break-iterator data):
 * one segmenter per language, kept, and built only when `sentenceBreaks` declines a chunk, which plain
 * Latin prose never makes it do.
 */
function segmenterFor(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

const SPACE = /\s/;

/**
 * Piece starts in text[from, to) according to Intl.Segmenter, fed CHUNK characters at a time. Starts
 * that are only chunk cuts go to `forced`: they are not sentence ends and are always joined back.
 */
function pieceStarts(text: string, from: number, to: number, lang: Lang, forced: Set<number>): number[] {
  const starts: number[] = [];
  let position = from;
  while (position < to) {
    let end = Math.min(position + CHUNK, to);
    // Never cut a surrogate pair in two.
    if (end < to && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    const local: number[] = [];
    if (!sentenceBreaks(text, position, end, local)) {
      for (const { index } of segmenterFor(lang).segment(text.slice(position, end))) local.push(position + index);
    }
    if (end === to) {
      for (const start of local) starts.push(start);
      break;
    }
    const resume = local.length > 1 ? local.pop() : undefined;
    if (resume !== undefined) {
      // The last piece of a chunk may continue past the seam: it is read again with the next chunk.
      for (const start of local) starts.push(start);
      position = resume;
    } else {
      // No sentence end in CHUNK characters: cut at the last space, and mark the cut.
      starts.push(position);
      position = lastSpaceCut(text, position, end);
      forced.add(position);
    }
  }
  return starts;
}

function lastSpaceCut(text: string, from: number, end: number): number {
  for (let i = end - 1; i > from; i--) if (SPACE.test(text[i] ?? '')) return i + 1;
  return end;
}

// JavaScript's \s lacks NEL (U+0085), a line break here.
const isBlank = (text: string, at: number): boolean => SPACE.test(text[at] ?? '') || text.charCodeAt(at) === 0x85;

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && isBlank(text, start)) start++;
  while (end > start && isBlank(text, end - 1)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Whether the UTF-16 code unit ends a line: LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
function isLineBreak(code: number): boolean {
  return (code >= 10 && code <= 13) || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/**
 * The sentences of `text`, in order, trimmed, covering every non-space character. Every line break ends
 * a sentence; within a line, Intl.Segmenter's breaks are kept unless an abbreviation, an initial, an
 * ordinal date, a closing quote or a lower-case continuation says they are wrong.
 */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  // Where each line break sits and where the line after it starts (CR LF is one break).
  const breakAt: number[] = [];
  const lineStarts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) continue;
    breakAt.push(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStarts.push(i + 1);
  }
  const forced = new Set<number>();
  const starts = segmentLines(text, breakAt, lineStarts, lang, forced);

  // Walk Intl.Segmenter's breaks and the line starts together (both ascending). Line starts are hard
  // sentence ends, also where Intl.Segmenter has none (it does not break after \v or \f).
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  let piece = 0;
  let line = 0;
  for (;;) {
    const fromSegmenter = starts[piece] ?? Number.POSITIVE_INFINITY;
    const fromLines = lineStarts[line] ?? Number.POSITIVE_INFINITY;
    const boundary = Math.min(fromSegmenter, fromLines);
    if (boundary >= text.length) break;
    if (fromSegmenter === boundary) piece++;
    const hard = fromLines === boundary;
    if (hard) line++;
    if (boundary <= sentenceStart) continue;
    if (hard) {
      pushTrimmed(text, sentenceStart, boundary, sentences);
      sentenceStart = boundary;
    } else if (!forced.has(boundary) && !shouldJoin(text, lang, sentenceStart, boundary, breakAt[line] ?? text.length)) {
      pushTrimmed(text, sentenceStart, boundary, sentences);
      sentenceStart = boundary;
    }
  }
  pushTrimmed(text, sentenceStart, text.length, sentences);
  return sentences;
}

/**
 * Piece starts of every line that has something to read. Consecutive lines share one Intl.Segmenter call
 * up to CHUNK characters (it breaks after each line break anyway); blank lines cost no call at all.
 */
function segmentLines(
  text: string,
  breakAt: number[],
  lineStarts: number[],
  lang: Lang,
  forced: Set<number>,
): number[] {
  const starts: number[] = [];
  let batchStart = -1;
  let batchEnd = -1;
  const flush = (): void => {
    if (batchStart >= 0) for (const start of pieceStarts(text, batchStart, batchEnd, lang, forced)) starts.push(start);
    batchStart = -1;
  };
  let lineStart = 0;
  for (let line = 0; line <= breakAt.length; line++) {
    const lineEnd = breakAt[line] ?? text.length;
    let first = lineStart;
    while (first < lineEnd && isBlank(text, first)) first++;
    if (first === lineEnd) {
      flush();
    } else {
      if (batchStart >= 0 && lineEnd - batchStart > CHUNK) flush();
      if (batchStart < 0) batchStart = lineStart;
      batchEnd = lineEnd;
    }
    lineStart = lineStarts[line] ?? text.length;
  }
  flush();
  return starts;
}
