import { collapseWhitespace } from './collapse-whitespace';
import { collectBlocks, textMapOf } from './collect-blocks';
import { findArticleRoot } from './find-article-root';
import { readCanonicalUrl } from './read-canonical-url';
import { readDeclaredLangs } from './read-declared-langs';
import { findElements } from './find-elements';
import { metaFrom } from './read-meta';
import { MAX_H1, readTitle } from './read-title';
import type { TextBlock, TextMap } from './text-map';

/** Less text than this after furniture is removed is not an article worth analysing. Lower
 *  analyses two-line briefs; higher ignores short news items. */
const MIN_TEXT_CHARS = 200;
/** At most this many <meta> / <link> elements are read: real pages have up to ~150. */
const MAX_HEAD_ELEMENTS = 400;
const WANTED = new Set(['meta', 'link', 'title', 'h1']);

export interface ArticleText {
  /** The headline (og:title, <h1> or <title>) without " | Site name" decorations. Not part of `text`. */
  title: string;
  /** Raw language tags the document declares (<html lang>, og:locale, Content-Language…). */
  declaredLangs: string[];
  /** <link rel=canonical>, og:url or the given URL; null when none is known. */
  canonicalUrl: string | null;
  /** The article's text blocks joined with "\n", whitespace collapsed: the text core/ analyses. */
  text: string;
  blocks: TextBlock[];
  /** Offsets in `text` back to the DOM: `rangeFor(map, start, end)`, `blockAt(map, offset)`. */
  map: TextMap;
  /** The element the text was read from. */
  root: Element;
}

/** Reads the article out of a page: its body text without navigation, ads, comments, share bars,
 *  captions and bylines, with a map back to the DOM. Null when the page has no article. Reads no
 *  layout (no computed style, no sizes): linear in the size of the DOM. */
export function readArticle(doc: Document, url?: string): ArticleText | null {
  // <h1>, and the rare <meta>/<link> in the body, are picked up during the root walk; the head is
  // small and walked apart.
  const bodyElements: Element[] = [];
  const found = findArticleRoot(doc, (el) => {
    if (WANTED.has(el.localName) && bodyElements.length < MAX_HEAD_ELEMENTS) bodyElements.push(el);
  });
  if (found === null) return null;
  const { paragraphChars, zoneParagraphChars } = found;
  const inHead = doc.head === null ? new Map<string, Element[]>() : findElements(doc.head, [...WANTED], MAX_HEAD_ELEMENTS);
  const elements = (name: string): Element[] => [
    ...(inHead.get(name) ?? []),
    ...bodyElements.filter((el) => el.localName === name),
  ];
  const meta = metaFrom(elements('meta'));
  const title = readTitle(elements('title')[0]?.textContent ?? '', elements('h1').slice(0, MAX_H1), meta);
  const headline = collapseWhitespace(title).toLowerCase();
  const collected = collectBlocks(found.root, {
    // A furniture-named block holding more prose than the rest of the article is a wrapper of it.
    keepZone: (zone) => (zoneParagraphChars.get(zone) ?? 0) >= paragraphChars,
    // The headline is handed to the analysis separately; a second copy inside the text would count twice.
    dropBlock: (text) => headline !== '' && text.length === headline.length && text.toLowerCase() === headline,
  });
  if (collected.text.length < MIN_TEXT_CHARS) return null;
  const map = textMapOf(doc, collected);
  return {
    title,
    declaredLangs: readDeclaredLangs(doc, meta),
    canonicalUrl: readCanonicalUrl(elements('link'), meta, url),
    text: collected.text,
    blocks: collected.blocks,
    map,
    root: found.root,
  };
}
