import { rangeFor, type TextMap } from './text-map';

// Highlighting the sentence a figure came from. With the CSS Custom Highlight API (Chromium, Firefox
// ESR 153) nothing in the page's DOM changes: the range is registered under one name and a single
// ::highlight() rule colours it. Where the API is missing, the text is wrapped in <mark> elements,
// which clearHighlights() unwraps, merging the split text nodes back into the page's own nodes.

export const HIGHLIGHT_NAME = 'contrepoint-figure';
const STYLE_ATTRIBUTE = 'data-contrepoint-highlight-style';
const MARK_ATTRIBUTE = 'data-contrepoint';

// One rule for each path. The colour is the page-independent "highlighter yellow"; `color: inherit`
// keeps the page's text colour so contrast stays whatever the site chose.
const CSS_TEXT = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe27a; color: inherit; }
mark[${MARK_ATTRIBUTE}] { background-color: #ffe27a; color: inherit; padding: 0; }`;

/** Text inside these is not page text a reader sees; never wrapped. */
const NOT_WRAPPABLE = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'svg', 'select', 'option']);

interface HighlightRegistry {
  get(name: string): { add(range: Range): unknown } | undefined;
  set(name: string, highlight: unknown): unknown;
  delete(name: string): unknown;
}

type HighlightConstructor = new (...ranges: Range[]) => { add(range: Range): unknown };

function highlightApi(): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const g = globalThis as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightConstructor };
  const registry = g.CSS?.highlights;
  const Highlight = g.Highlight;
  return registry !== undefined && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

function ensureStyle(doc: Document): void {
  if (doc.querySelector(`style[${STYLE_ATTRIBUTE}]`) !== null) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  style.textContent = CSS_TEXT;
  (doc.head ?? doc.documentElement)?.appendChild(style);
}

/** The text nodes the range touches, with the slice of each inside the range, in document order. */
function textSlices(range: Range): { node: Text; start: number; end: number }[] {
  const slices: { node: Text; start: number; end: number }[] = [];
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // A range inside one text node: the walker has nothing below it.
  if (root.nodeType === 3) {
    slices.push({ node: root as Text, start: range.startOffset, end: range.endOffset });
    return slices;
  }
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (!range.intersectsNode(text)) continue;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end > start) slices.push({ node: text, start, end });
  }
  return slices;
}

function wrappable(node: Text): boolean {
  for (let el = node.parentElement; el !== null; el = el.parentElement) {
    if (NOT_WRAPPABLE.has(el.localName)) return false;
  }
  return true;
}

function wrapWithMarks(range: Range): void {
  // Collected before any change: splitting text nodes moves the range's own boundaries.
  for (const { node, start, end } of textSlices(range)) {
    if (!/\S/.test(node.data.slice(start, end)) || !wrappable(node)) continue;
    const middle = start > 0 ? node.splitText(start) : node;
    if (end - start < middle.data.length) middle.splitText(end - start);
    const mark = node.ownerDocument.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, '');
    middle.parentNode?.replaceChild(mark, middle);
    mark.appendChild(middle);
  }
}

/** Merges runs of adjacent text nodes between `first` and `last` (siblings) into the first of each run. */
function mergeTextNodes(first: Node | null, last: Node | null): void {
  let node = first;
  while (node !== null && node !== last) {
    const next: Node | null = node.nextSibling;
    if (next !== null && node.nodeType === 3 && next.nodeType === 3) {
      (node as Text).appendData((next as Text).data);
      const isLast = next === last;
      next.parentNode?.removeChild(next);
      if (isLast) return;
      continue;
    }
    node = next;
  }
}

function unwrapMarks(doc: Document): void {
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`))) {
    const parent = mark.parentNode;
    if (parent === null) continue;
    const before = mark.previousSibling;
    const after = mark.nextSibling;
    while (mark.firstChild !== null) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    // Only around where the mark was: the page's other text nodes are left as they are.
    mergeTextNodes(before ?? parent.firstChild, after);
  }
}

export interface HighlightOptions {
  /** Keep earlier highlights (default: they are cleared first). */
  add?: boolean;
  /** Scroll the start of the range into view (default: true). */
  scroll?: boolean;
}

/** Highlights a range of page text. In the <mark> fallback the page's text nodes are split: build the
 *  next range from a text map only after clearHighlights() (highlightSpan does it in that order). */
export function highlightRange(range: Range, options: HighlightOptions = {}): void {
  const doc = range.startContainer.ownerDocument;
  if (doc === null) return;
  if (options.add !== true) clearHighlights(doc);
  ensureStyle(doc);
  const api = highlightApi();
  if (api !== null) {
    const existing = api.registry.get(HIGHLIGHT_NAME);
    if (existing !== undefined) existing.add(range);
    else api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
  } else {
    wrapWithMarks(range);
  }
  if (options.scroll !== false) scrollRangeIntoView(range);
}

/** Clears what highlightRange did first, then highlights text[start, end) of a text map. */
export function highlightSpan(map: TextMap, start: number, end: number, options: HighlightOptions = {}): Range {
  if (options.add !== true) clearHighlights(map.doc);
  const range = rangeFor(map, start, end);
  highlightRange(range, { ...options, add: true });
  return range;
}

/** Removes every highlight this module made in `doc`, and its style element. */
export function clearHighlights(doc: Document): void {
  highlightApi()?.registry.delete(HIGHLIGHT_NAME);
  unwrapMarks(doc);
  doc.querySelector(`style[${STYLE_ATTRIBUTE}]`)?.remove();
}

/** Scrolls the start of the range to the middle of the viewport; instantly for readers who asked
 *  for reduced motion. */
export function scrollRangeIntoView(range: Range): void {
  const start = range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (el === null || typeof el.scrollIntoView !== 'function') return;
  const view = el.ownerDocument.defaultView;
  const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  el.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
}
