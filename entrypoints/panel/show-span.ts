// TEMPORARY until page/highlight-range.ts exists: shows a span of the article by selecting it (the
// browser's own selection colour, nothing added to the page) and scrolling it to the middle of the view.
import type { Span } from '../../core/types';
import { rangeFor, type TextMap } from '../../page/text-map';

export function showSpan(doc: Document, map: TextMap, span: Span, options: { highlight: boolean }): void {
  const range = rangeFor(map, span.start, span.end);
  if (options.highlight) {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const reduced = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
}

export function clearSpans(doc: Document): void {
  doc.getSelection()?.removeAllRanges();
}
