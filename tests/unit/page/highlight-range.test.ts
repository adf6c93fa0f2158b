import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectBlocks, textMapOf } from '../../../page/collect-blocks';
import { clearHighlights, HIGHLIGHT_NAME, highlightRange, highlightSpan } from '../../../page/highlight-range';
import { rangeFor, type TextMap } from '../../../page/text-map';

// happy-dom has no CSS Custom Highlight API, so the <mark> fallback is what runs by default; the
// Highlight-API path runs against a minimal stand-in of CSS.highlights and Highlight.

const ARTICLE = `<article>
  <p id="p1">The Paris start-up <a href="/mistral">Mistral <em>AI</em></a> has raised <strong>€600 million</strong>, it said on Tuesday.</p>
  <p id="p2">General Catalyst led the round,
     with <b>Nvidia</b> and Samsung taking part.</p>
</article>`;

function setup(): { text: string; map: TextMap } {
  document.head.innerHTML = '';
  document.body.innerHTML = ARTICLE;
  const collected = collectBlocks(document.body);
  return { text: collected.text, map: textMapOf(document, collected) };
}

function spanOf(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return [start, start + needle.length];
}

let scrolls: ScrollIntoViewOptions[] = [];
beforeEach(() => {
  scrolls = [];
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation((options?: boolean | ScrollIntoViewOptions) => {
    scrolls.push(options as ScrollIntoViewOptions);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('highlightRange without the Highlight API (<mark> fallback)', () => {
  it('wraps exactly the range, across inline elements, and unwraps it back to the original DOM', () => {
    const { text, map } = setup();
    const before = document.body.innerHTML;
    const nodesBefore = map.blocks.flatMap((b) => b.runs.map((r) => r.node));
    const [start, end] = spanOf(text, 'Mistral AI has raised €600 million');
    highlightRange(rangeFor(map, start, end));

    const marks = Array.from(document.querySelectorAll('mark[data-contrepoint]'));
    expect(marks.map((m) => m.textContent).join('')).toBe('Mistral AI has raised €600 million');
    expect(marks.length).toBeGreaterThanOrEqual(3);
    // Each mark sits inside the element its text came from: the page's structure is kept.
    expect(marks.some((m) => m.parentElement?.localName === 'em')).toBe(true);
    expect(marks.some((m) => m.parentElement?.localName === 'strong')).toBe(true);
    expect(document.querySelectorAll('style[data-contrepoint-highlight-style]')).toHaveLength(1);

    clearHighlights(document);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('style[data-contrepoint-highlight-style]')).toBeNull();
    // The very same text nodes are back, whole: the text map is valid again.
    for (const node of nodesBefore) expect(node.isConnected).toBe(true);
    expect(rangeFor(map, start, end).toString().replace(/\s+/g, ' ')).toBe('Mistral AI has raised €600 million');
  });

  it('replaces the previous highlight unless asked to add, and adds the style only once', () => {
    const { text, map } = setup();
    highlightSpan(map, ...spanOf(text, '€600 million'));
    highlightSpan(map, ...spanOf(text, 'General Catalyst'));
    expect(Array.from(document.querySelectorAll('mark[data-contrepoint]')).map((m) => m.textContent)).toEqual([
      'General Catalyst',
    ]);
    highlightSpan(map, ...spanOf(text, 'Samsung'), { add: true });
    expect(Array.from(document.querySelectorAll('mark[data-contrepoint]')).map((m) => m.textContent)).toEqual([
      'General Catalyst',
      'Samsung',
    ]);
    expect(document.querySelectorAll('style[data-contrepoint-highlight-style]')).toHaveLength(1);
    clearHighlights(document);
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  it('highlights a span crossing two paragraphs without wrapping the whitespace between them', () => {
    const { text, map } = setup();
    const [start] = spanOf(text, 'on Tuesday.');
    const [, end] = spanOf(text, 'General Catalyst');
    highlightSpan(map, start, end);
    const marks = Array.from(document.querySelectorAll('mark[data-contrepoint]'));
    expect(marks.map((m) => m.textContent)).toEqual(['on Tuesday.', 'General Catalyst']);
    expect(marks.map((m) => m.closest('p')?.id)).toEqual(['p1', 'p2']);
    clearHighlights(document);
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  it('scrolls the start into view, centred, smoothly unless the reader prefers reduced motion', () => {
    const { text, map } = setup();
    highlightSpan(map, ...spanOf(text, 'Nvidia'));
    expect(scrolls).toEqual([{ block: 'center', behavior: 'smooth' }]);
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList,
    );
    highlightSpan(map, ...spanOf(text, 'Samsung'));
    expect(scrolls[1]).toEqual({ block: 'center', behavior: 'auto' });
    highlightSpan(map, ...spanOf(text, 'Samsung'), { scroll: false });
    expect(scrolls).toHaveLength(2);
    clearHighlights(document);
  });
});

describe('highlightRange with the CSS Custom Highlight API', () => {
  class FakeHighlight {
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
    add(range: Range): void {
      this.ranges.push(range);
    }
  }

  function stubApi(): Map<string, FakeHighlight> {
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    return registry;
  }

  it('registers the range under one name, adds a ::highlight rule, and leaves the page DOM alone', () => {
    const registry = stubApi();
    const { text, map } = setup();
    const range = highlightSpan(map, ...spanOf(text, 'Mistral AI has raised €600 million'));
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(document.querySelector('mark')).toBeNull();
    expect([...registry.keys()]).toEqual([HIGHLIGHT_NAME]);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges).toEqual([range]);
    const style = document.querySelector('style[data-contrepoint-highlight-style]');
    expect(style?.textContent).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(scrolls).toHaveLength(1);
  });

  it('adds ranges to the same highlight on request, replaces them otherwise, and clears everything', () => {
    const registry = stubApi();
    const { text, map } = setup();
    highlightSpan(map, ...spanOf(text, 'Nvidia'));
    highlightSpan(map, ...spanOf(text, 'Samsung'), { add: true });
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map((r) => r.toString())).toEqual(['Nvidia', 'Samsung']);
    highlightSpan(map, ...spanOf(text, 'General Catalyst'));
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map((r) => r.toString())).toEqual(['General Catalyst']);
    expect(document.querySelectorAll('style[data-contrepoint-highlight-style]')).toHaveLength(1);
    clearHighlights(document);
    expect(registry.size).toBe(0);
    expect(document.querySelector('style[data-contrepoint-highlight-style]')).toBeNull();
  });
});
