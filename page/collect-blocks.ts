import { isBlockElement, isScreenReaderOnly, isSkippedElement, startsFurnitureZone } from './element-kinds';
import type { TextBlock, TextMap, TextRun } from './text-map';

// Turns the article root into text the core can split: one block per line, whitespace collapsed the
// way a browser renders it, and for every character a way back to the text node it came from.

/** A block whose text is more than this share of link text is a "read more" / related-link line.
 *  Lower drops prose that links many sources; higher keeps link lists in the analysed text. */
const MAX_BLOCK_LINK_SHARE = 0.6;

/** Whole-block labels that are furniture in every layout. */
const BOILERPLATE =
  /^(?:advertisement|advertising|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|sponsored(?: content)?|contenu sponsoris[ée]|subscriber only|abonn[ée]s?|mehr anzeigen|show more|voir plus|ver más|mostra di più)\W*$/i;
/** "Read more…" lines that point elsewhere; only short blocks are tested, so a sentence that starts
 *  with "See also" and goes on is kept. */
const POINTER =
  /^(?:read more|read next|see also|more on this|à lire aussi|lire aussi|voir aussi|sur le même sujet|mehr zum thema|mehr artikel|lesen sie auch|auch interessant|lee también|leer más|ver también|te puede interesar|leggi anche|potrebbe interessarti|related(?: coverage| stories| articles| content| links)?(?:\s*:|$))/i;
/** Above this length a block is prose even if it starts like a pointer or a byline. */
const MAX_LABEL_CHARS = 80;
/** "By Jane Doe", "Par Jean Dupont et Marie Curie", "Von Denis Dilba": a byline line. Names are
 *  capitalised words, so "By Tuesday, the fund…" or "Par ailleurs…" are not bylines. */
const BYLINE =
  /^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]a|[Dd]e|[Uu]n texte de|[Tt]exte de|[Ee]in [Bb]eitrag von)\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|et|und|y|e|de|da|van|von|der|del|la|le))*$/u;

export interface CollectOptions {
  /** A furniture-named block inside the root that is in fact a wrapper of the article. */
  keepZone?: (zone: Element) => boolean;
  /** Drops a whole block by its text (the reader drops a repeat of the headline). */
  dropBlock?: (text: string) => boolean;
}

/** Lines that are page furniture whatever the layout: ad labels, "read more" pointers, bylines. */
export function isFurnitureLine(text: string): boolean {
  if (text.length > MAX_LABEL_CHARS) return false;
  return BOILERPLATE.test(text) || POINTER.test(text) || BYLINE.test(text);
}

/** Words joined by single spaces: the stretches of a text node that need no collapsing. Each
 *  repetition must start with a space followed by a non-space, so matching is linear. */
const WORDS = /[^ \t\n\r\f]+(?: [^ \t\n\r\f]+)*/g;

interface Pending {
  node: Text;
  offset: number;
}

interface Frame {
  el: Element;
  isLink: boolean;
  isBlock: boolean;
}

interface Builder {
  element: Element;
  parts: string[];
  runs: TextRun[];
  length: number;
  linkChars: number;
  /** Where the text stands in the whole article once the block is accepted. */
  base: number;
  space: Pending | null;
  lineBreak: boolean;
}

export interface CollectedText {
  text: string;
  blocks: TextBlock[];
  root: Element;
}

/** The article text under `root` and its map back to the DOM. Furniture-named blocks inside the root
 *  are left out unless `keepZone` says the block is a wrapper of the article itself. */
export function collectBlocks(root: Element, options: CollectOptions = {}): CollectedText {
  const keepZone = options.keepZone ?? (() => false);
  const dropBlock = options.dropBlock ?? (() => false);
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;
  let linkDepth = 0;
  const containers: Element[] = [root];

  const fresh = (): Builder => ({
    element: containers[containers.length - 1] ?? root,
    parts: [],
    runs: [],
    length: 0,
    linkChars: 0,
    base: length + (blocks.length > 0 ? 1 : 0),
    space: null,
    lineBreak: false,
  });
  let block = fresh();

  const flush = (): void => {
    if (block.length > 0) {
      const joined = block.parts.join('');
      const linky = block.linkChars > block.length * MAX_BLOCK_LINK_SHARE;
      if (!linky && !isFurnitureLine(joined) && !dropBlock(joined)) {
        if (blocks.length > 0) {
          parts.push('\n');
          length += 1;
        }
        parts.push(joined);
        length += block.length;
        blocks.push({ element: block.element, start: block.base, end: block.base + block.length, runs: block.runs });
      }
    }
    block = fresh();
  };

  const addRun = (node: Text, nodeOffset: number, piece: string): void => {
    const start = block.base + block.length;
    const last = block.runs[block.runs.length - 1];
    if (last !== undefined && last.node === node && last.nodeOffset + last.length === nodeOffset && last.start + last.length === start) {
      last.length += piece.length;
    } else {
      block.runs.push({ node, nodeOffset, start, length: piece.length });
    }
    block.parts.push(piece);
    block.length += piece.length;
  };

  const addText = (node: Text): void => {
    const data = node.data;
    let last = 0;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(data); m !== null; m = WORDS.exec(data)) {
      if (m.index > last && block.space === null) block.space = { node, offset: last };
      if (block.length === 0) {
        block.element = containers[containers.length - 1] ?? root;
      } else if (block.lineBreak) {
        // A <br> line break: kept as "\n" (the sentence splitter's paragraph boundary), held by no node.
        block.parts.push('\n');
        block.length += 1;
      } else if (block.space !== null) {
        addRun(block.space.node, block.space.offset, ' ');
      }
      block.space = null;
      block.lineBreak = false;
      const word = m[0];
      addRun(node, m.index, word);
      if (linkDepth > 0) block.linkChars += word.length;
      last = m.index + word.length;
    }
    if (last < data.length && block.space === null) block.space = { node, offset: last };
  };

  const stack: Frame[] = [{ el: root, isLink: false, isBlock: true }];
  let node: Node | null = root.firstChild;
  for (;;) {
    if (node === null) {
      const frame = stack.pop();
      if (frame === undefined) break;
      if (frame.isLink) linkDepth--;
      if (frame.isBlock) {
        flush();
        containers.pop();
      }
      if (stack.length === 0) break;
      node = frame.el.nextSibling;
      continue;
    }
    if (node.nodeType === 3) {
      addText(node as Text);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const isBlock = isBlockElement(el);
      // Screen-reader-only text inside a sentence ("Genetik<span class=sr-only>: </span>Das…") is part
      // of the sentence; as a block of its own it is a label ("Advertisement", "Share this").
      const srOnlyBlock = isBlock && isScreenReaderOnly(el);
      if (isSkippedElement(el) || srOnlyBlock || (startsFurnitureZone(el) && !keepZone(el))) {
        // Skipped content still separates what is around it when it is a block.
        if (isBlock) flush();
      } else if (el.localName === 'br') {
        if (block.length > 0) block.lineBreak = true;
      } else if (el.firstChild !== null) {
        const isLink = el.localName === 'a';
        if (isBlock) {
          flush();
          containers.push(el);
        }
        if (isLink) linkDepth++;
        stack.push({ el, isLink, isBlock });
        node = el.firstChild;
        continue;
      } else if (isBlock) {
        flush();
      }
    }
    node = node.nextSibling;
  }
  flush();
  return { text: parts.join(''), blocks, root };
}

/** The text map of collected blocks, for `rangeFor` and `blockAt`. */
export function textMapOf(doc: Document, collected: CollectedText): TextMap {
  return { doc, root: collected.root, length: collected.text.length, blocks: collected.blocks };
}
