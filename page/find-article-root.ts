import { isBlockElement, isSkippedElement, saysArticleBody, startsFurnitureZone } from './element-kinds';

// The cheap cousin of mozilla/readability's candidate scoring, in ONE linear pass over the body:
// every element learns how much text it holds, how much of it is link text, and how much sits in
// "good paragraphs" (leaf blocks long enough and not made of links). The article root is the element
// that gains the most paragraph text for the least other text: score = para − OTHER_TEXT_COST × other.
// Climbing from one story container to the element that also holds the next container gains
// paragraphs; climbing to <body> only gains navigation, teasers and footers, which cost.
//
// Furniture zones (blocks named like comments, related links, share bars…) keep their paragraphs to
// themselves: they do not count for any container above them. Candidates inside a zone are still
// scored, at a discount, because sites also give furniture-like names to page-wide wrappers
// ("div#ad-portal", "div.l-sidebar-fixed") that hold the article itself.

/** A leaf block shorter than this is a heading, byline, label or teaser, not a paragraph. Lower finds
 *  one-sentence paragraphs; higher keeps list-of-links pages from looking like prose. */
const MIN_PARAGRAPH_CHARS = 50;
/** A block whose text is more than this share of link text is navigation, not prose. Lower rejects
 *  paragraphs that cite many sources; higher lets "read more" lists in. */
const MAX_PARAGRAPH_LINK_SHARE = 0.5;
/** What one character of non-paragraph text costs a candidate, relative to one paragraph character.
 *  Lower climbs to wider containers (more complete text, more furniture in it); higher stays in the
 *  tightest container (may drop a split-off second half of the article). */
const OTHER_TEXT_COST = 0.3;
/** Below this many paragraph characters, the page has no article (a home page, a login wall, a video
 *  page). Lower analyses news briefs of two sentences; higher avoids reading teaser grids as articles. */
const MIN_ARTICLE_CHARS = 250;
/** Bonus share for containers that say they are the article body (itemprop, <article>, class names).
 *  Higher trusts markup over measured text; lower ignores it. */
const SEMANTIC_BONUS = 0.15;
/** A container that says it is the article body (itemprop, <article>, class names) wins over a wider
 *  winner when it holds at least this share of the winner's paragraph text: a short news brief in a
 *  page with long footer blurbs would otherwise climb to <body>. Lower trusts markup more (may cut a
 *  split article to its marked half); higher lets wide containers win more often (more furniture). */
const SEMANTIC_KEEP_SHARE = 0.5;
/** Score factor for candidates inside a furniture zone. Lower keeps a long comment thread from
 *  beating a short article; higher copes better with sites whose page wrapper has a furniture name. */
const IN_FURNITURE_FACTOR = 0.5;

interface Frame {
  el: Element;
  text: number;
  link: number;
  para: number;
  hasBlockInside: boolean;
  isLink: boolean;
  isBlock: boolean;
  startsZone: boolean;
  inZone: boolean;
}

export interface ArticleRoot {
  root: Element;
  /** Characters of good paragraph text under the root (a confidence measure for callers). */
  paragraphChars: number;
  /** Paragraph characters inside each furniture zone (zones without paragraphs are absent), so the
   *  text collector can tell a furniture-named wrapper of the article from real furniture. */
  zoneParagraphChars: Map<Element, number>;
}

function frameFor(el: Element, parent: Frame | null): Frame {
  const isBlock = isBlockElement(el);
  const startsZone = parent !== null && isBlock && startsFurnitureZone(el);
  return {
    el,
    text: 0,
    link: 0,
    para: 0,
    hasBlockInside: false,
    isLink: el.localName === 'a',
    isBlock,
    startsZone,
    inZone: startsZone || (parent?.inZone ?? false),
  };
}

function isSemantic(frame: Frame): boolean {
  return frame.el.localName === 'article' || saysArticleBody(frame.el);
}

function candidateScore(frame: Frame): number {
  const bonus = isSemantic(frame) ? SEMANTIC_BONUS : 0;
  const score = frame.para * (1 + bonus) - OTHER_TEXT_COST * (frame.text - frame.para);
  return frame.inZone ? score * IN_FURNITURE_FACTOR : score;
}

/** The element holding the article's paragraphs, or null when the page has no article. `visit` sees
 *  every element of the body the walk reaches (skipped ones too, without their descendants), so a
 *  caller can pick out <h1> or <meta> elements without a second walk over the page. */
export function findArticleRoot(doc: Document, visit?: (el: Element) => void): ArticleRoot | null {
  const top = doc.body ?? doc.documentElement;
  if (top === null) return null;

  let best: Frame | null = null;
  let bestScore = 0;
  let bestSemantic: Frame | null = null;
  let bestSemanticScore = 0;
  let linkDepth = 0;
  const zoneParagraphChars = new Map<Element, number>();
  const stack: Frame[] = [frameFor(top, null)];
  let node: Node | null = top.firstChild;

  // Iterative walk over firstChild/nextSibling: no recursion (deeply nested pages cannot overflow the
  // stack) and no childNodes arrays (linear in the number of nodes).
  for (;;) {
    const frame = stack[stack.length - 1];
    if (frame === undefined) break;
    if (node === null) {
      stack.pop();
      if (frame.isLink) linkDepth--;
      if (
        !frame.hasBlockInside &&
        (frame.isBlock || frame.el === top) &&
        frame.text >= MIN_PARAGRAPH_CHARS &&
        frame.link <= frame.text * MAX_PARAGRAPH_LINK_SHARE
      ) {
        frame.para = frame.text;
      }
      if ((frame.hasBlockInside || frame.el === top) && frame.para >= MIN_ARTICLE_CHARS) {
        const score = candidateScore(frame);
        // Strictly greater: children finish first, so on a tie the tighter container wins.
        if (score > bestScore) {
          bestScore = score;
          best = frame;
        }
        if (isSemantic(frame) && !frame.inZone && score > bestSemanticScore) {
          bestSemanticScore = score;
          bestSemantic = frame;
        }
      }
      if (frame.startsZone && frame.para > 0) zoneParagraphChars.set(frame.el, frame.para);
      const parent = stack[stack.length - 1];
      if (parent === undefined) break;
      parent.text += frame.text;
      parent.link += frame.link;
      if (!frame.startsZone) parent.para += frame.para;
      if (frame.hasBlockInside || frame.isBlock) parent.hasBlockInside = true;
      node = frame.el.nextSibling;
      continue;
    }
    if (node.nodeType === 3) {
      const length = (node as Text).data.trim().length;
      frame.text += length;
      if (linkDepth > 0) frame.link += length;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      visit?.(el);
      const skipped = isSkippedElement(el);
      if (!skipped && el.firstChild !== null) {
        const child = frameFor(el, frame);
        if (child.isLink) linkDepth++;
        stack.push(child);
        node = el.firstChild;
        continue;
      }
      if (!skipped && isBlockElement(el)) frame.hasBlockInside = true;
    }
    node = node.nextSibling;
  }
  if (
    best !== null &&
    bestSemantic !== null &&
    bestSemantic !== best &&
    bestSemantic.para >= SEMANTIC_KEEP_SHARE * best.para &&
    best.el.contains(bestSemantic.el)
  ) {
    best = bestSemantic;
  }
  return best === null ? null : { root: best.el, paragraphChars: best.para, zoneParagraphChars };
}
