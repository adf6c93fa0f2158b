import { collapseWhitespace } from './collapse-whitespace';
import { collectBlocks, textMapOf } from './collect-blocks';
import { findArticleRoot } from './find-article-root';
import { readCanonicalUrl } from './read-canonical-url';
import { readDeclaredLangs } from './read-declared-langs';
import { readAllMeta } from './read-meta';
import { readTitle } from './read-title';
import type { TextBlock, TextMap } from './text-map';

/** Less text than this after furniture is removed is not an article worth analysing. Lower
 *  analyses two-line briefs; higher ignores short news items. */
const MIN_TEXT_CHARS = 200;

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
  const found = findArticleRoot(doc);
  if (found === null) return null;
  const { paragraphChars, zoneParagraphChars } = found;
  // A furniture-named block holding more prose than the rest of the article is a wrapper of it.
  const meta = readAllMeta(doc);
  const title = readTitle(doc, meta);
  const headline = collapseWhitespace(title).toLowerCase();
  const collected = collectBlocks(found.root, {
    keepZone: (zone) => (zoneParagraphChars.get(zone) ?? 0) >= paragraphChars,
    // The headline is handed to the analysis separately; a second copy inside the text would count twice.
    dropBlock: (text) => headline !== '' && text.length === headline.length && text.toLowerCase() === headline,
  });
  if (collected.text.length < MIN_TEXT_CHARS) return null;
  const map = textMapOf(doc, collected);
  return {
    title,
    declaredLangs: readDeclaredLangs(doc, meta),
    canonicalUrl: readCanonicalUrl(doc, meta, url),
    text: collected.text,
    blocks: collected.blocks,
    map,
    root: found.root,
  };
}
