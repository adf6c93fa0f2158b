// The bridge between offsets in the article text (what core/ works on) and the page's DOM.
// The text is built from the page's text nodes with whitespace collapsed, so a text offset does not
// equal a node offset: each block keeps "runs", stretches where text and node advance together.

/** text[start, start + length) is a copy of node.data[nodeOffset, nodeOffset + length), except that a
 *  collapsed whitespace character may stand for a newline or tab in the node. */
export interface TextRun {
  node: Text;
  nodeOffset: number;
  start: number;
  length: number;
}

/** One line of the article text: [start, end) in the text, the element it came from, its runs in order.
 *  Characters of the block not covered by a run are line breaks that came from `<br>`. */
export interface TextBlock {
  element: Element;
  start: number;
  end: number;
  runs: TextRun[];
}

export interface TextMap {
  doc: Document;
  /** The element the text was read from (the article root). */
  root: Element;
  /** Length of the article text; blocks are joined with "\n". */
  length: number;
  blocks: TextBlock[];
}

interface Boundary {
  node: Node;
  offset: number;
}

/** Index of the last block starting at or before `offset` (-1 if none). */
function lastBlockStartingBy(blocks: TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid] as TextBlock;
    if (block.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Index of the last run starting strictly before `offset` (-1 if none). */
function lastRunBefore(runs: TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid] as TextRun;
    if (run.start < offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

// A page script may have shortened a text node since the map was built: never hand the Range an
// offset past the node's end (that throws IndexSizeError).
function clampedBoundary(run: TextRun, delta: number): Boundary {
  const max = run.node.data.length;
  return { node: run.node, offset: Math.max(0, Math.min(run.nodeOffset + delta, max)) };
}

/** Where a range starting at `offset` begins: inside the run holding it, or at the start of the next
 *  run when the offset falls on a line break that no node holds. */
function startBoundary(map: TextMap, offset: number): Boundary | null {
  const { blocks } = map;
  let b = Math.max(0, lastBlockStartingBy(blocks, offset));
  let block = blocks[b];
  if (block === undefined) return null;
  if (offset >= block.end) {
    const next = blocks[b + 1];
    const last = block.runs[block.runs.length - 1];
    // Past the last block: an empty range at the very end of the text.
    if (next === undefined) return last === undefined ? null : clampedBoundary(last, last.length);
    b++;
    block = next;
  }
  const runs = block.runs;
  const i = Math.max(0, lastRunBefore(runs, offset + 1));
  const run = runs[i];
  if (run === undefined) return null;
  if (offset < run.start + run.length) return clampedBoundary(run, Math.max(0, offset - run.start));
  const next = runs[i + 1];
  return next === undefined ? clampedBoundary(run, run.length) : clampedBoundary(next, 0);
}

/** Where a range ending at `offset` ends: inside the run holding the character before it, or at the
 *  end of the previous run when that character is a line break that no node holds. */
function endBoundary(map: TextMap, offset: number): Boundary | null {
  const { blocks } = map;
  const b = lastBlockStartingBy(blocks, offset - 1);
  const block = blocks[b];
  if (block === undefined) {
    const first = blocks[0]?.runs[0];
    return first === undefined ? null : clampedBoundary(first, 0);
  }
  const runs = block.runs;
  const i = offset - 1 >= block.end ? runs.length - 1 : lastRunBefore(runs, offset);
  const run = runs[i];
  if (run === undefined) return null;
  return clampedBoundary(run, Math.min(offset - run.start, run.length));
}

function isAfter(a: Boundary, b: Boundary): boolean {
  if (a.node === b.node) return a.offset > b.offset;
  // DOCUMENT_POSITION_PRECEDING: b comes before a in the document.
  return (a.node.compareDocumentPosition(b.node) & 2) !== 0;
}

/** A DOM Range over the page text that produced text[start, end). Offsets are clamped to the text;
 *  the range may cross inline elements (`<em>`, `<a>`…) and blocks. */
export function rangeFor(map: TextMap, start: number, end: number): Range {
  const range = map.doc.createRange();
  const from = Math.max(0, Math.min(start, map.length));
  const to = Math.max(from, Math.min(end, map.length));
  const a = startBoundary(map, from);
  if (a === null) return range;
  const b = from === to ? a : (endBoundary(map, to) ?? a);
  range.setStart(a.node, a.offset);
  // A span made only of line breaks maps to an end before its start: collapse at the start.
  if (isAfter(a, b)) range.setEnd(a.node, a.offset);
  else range.setEnd(b.node, b.offset);
  return range;
}

/** Index into map.blocks of the block holding `offset` (a line break belongs to the block it ends);
 *  -1 for an empty map. */
export function blockIndexAt(map: TextMap, offset: number): number {
  if (map.blocks.length === 0) return -1;
  const i = lastBlockStartingBy(map.blocks, offset);
  return Math.max(0, i);
}

/** The element of the block holding `offset`: where an inline poll for a sentence ending there goes
 *  after. Null only for an empty map. */
export function blockAt(map: TextMap, offset: number): Element | null {
  const block = map.blocks[blockIndexAt(map, offset)];
  return block === undefined ? null : block.element;
}

/** False once the page has replaced or removed text the map points into (a re-render, a SPA
 *  navigation): the article must then be read again before mapping offsets. Checks the first and last
 *  run of every block, so it costs O(blocks). */
export function isMapConnected(map: TextMap): boolean {
  for (const block of map.blocks) {
    const first = block.runs[0];
    const last = block.runs[block.runs.length - 1];
    if (first === undefined || last === undefined || !first.node.isConnected || !last.node.isConnected) return false;
  }
  return map.blocks.length > 0;
}
