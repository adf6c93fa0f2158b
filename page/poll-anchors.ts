import { isBlockElement } from './element-kinds';
import { blockIndexAt, type TextMap } from './text-map';

// Where an inline poll goes: right after the block holding the end of its question (DESIGN.md,
// contract 2). A block inside a list, quote, table or figure would put the poll inside that structure
// (a poll between two list items, inside a table cell): the poll goes after the whole structure.

export const POLL_TAG = 'contrepoint-poll';
export const POLL_QUESTION_ATTRIBUTE = 'data-question-id';

/** Structures a poll must not be placed inside: the poll goes after the outermost one. */
const ENCLOSING = new Set(['li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'table', 'figure', 'details', 'pre']);
/** Inline elements sometimes wrap blocks (a teaser link around a paragraph): never anchor inside them. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
    // Custom elements count as blocks for reading, but inside a paragraph they are phrasing content.
    if (isBlockElement(child) && !child.localName.includes('-')) return true;
  }
  return false;
}

export interface QuestionSpan {
  start: number;
  end: number;
}

/** The node after which the poll for a question goes, or null when the map is empty. Usually a block
 *  element (a <p>, a whole list or quote); for text lying directly in a container with other blocks,
 *  the inline node holding the question's end. Never outside the article root. */
export function pollAnchorFor(map: TextMap, question: QuestionSpan): Node | null {
  const index = blockIndexAt(map, Math.max(question.start, question.end - 1));
  const block = map.blocks[index];
  if (block === undefined) return null;
  let anchor: Node = block.element;

  // Text directly in a container that also holds blocks: anchor on the container's child holding the
  // question's last character, not after the whole container.
  let lastRun = block.runs[0];
  for (const run of block.runs) if (run.start < question.end) lastRun = run;
  if (lastRun?.node.isConnected && hasBlockChild(block.element)) {
    let child: Node = lastRun.node;
    while (child.parentNode !== null && child.parentNode !== block.element) child = child.parentNode;
    if (child.parentNode === block.element) anchor = child;
  }

  // Climb out of lists, quotes, tables and inline wrappers, up to (never past) the article root.
  for (let el = anchor.parentElement; el !== null && el !== map.root; el = el.parentElement) {
    if (ENCLOSING.has(el.localName) || INLINE.has(el.localName)) anchor = el;
  }
  if (anchor === map.root) return null;
  return anchor;
}

function existingPoll(doc: Document, questionId: string): Element | null {
  const polls = doc.getElementsByTagName(POLL_TAG);
  for (let i = 0; i < polls.length; i++) {
    const poll = polls[i];
    if (poll?.getAttribute(POLL_QUESTION_ATTRIBUTE) === questionId) return poll;
  }
  return null;
}

/** Places the poll element for a question after its anchor, once: a second call for the same question
 *  id returns the element already in the page and creates nothing. Polls sharing an anchor stay in the
 *  order they were placed. Null when the question has no anchor. */
export function placePoll(
  map: TextMap,
  question: QuestionSpan,
  questionId: string,
  create: (doc: Document) => Element,
): Element | null {
  const existing = existingPoll(map.doc, questionId);
  if (existing !== null) return existing;
  const anchor = pollAnchorFor(map, question);
  if (anchor === null || anchor.parentNode === null) return null;
  const poll = create(map.doc);
  poll.setAttribute(POLL_QUESTION_ATTRIBUTE, questionId);
  let after: Node = anchor;
  while (after.nextSibling !== null && (after.nextSibling as Element).localName === POLL_TAG) after = after.nextSibling;
  after.parentNode?.insertBefore(poll, after.nextSibling);
  return poll;
}
