import { collapseWhitespacePlain } from './collapse-whitespace';
import { firstMetaValue, metaSelector } from './first-meta-value';

// The cheap first look the content script takes at every page, before deciding whether the page is
// worth reading in full. Bounded work: one native query per kind of <meta> it uses (three), lookups of the
// first <h1>, <article> and <main> (native, stopping at the first match; only a page without one pays a
// native pass over its tree) and at most MAX_PARAGRAPHS_SEEN paragraphs per scope — no walk of our own
// over the tree, no layout read.

/** Paragraphs shorter than this are datelines, labels or captions, not the lead. */
const MIN_LEAD_PARAGRAPH_CHARS = 40;
/** How many paragraphs make the lead. More helps recognise an article whose first paragraph is a
 *  scene-setter; fewer keeps the check cheap. */
const LEAD_PARAGRAPHS = 2;
/** How many <p> elements of each scope are looked at, at most, to find the lead paragraphs. */
const MAX_PARAGRAPHS_SEEN = 12;
/** Every signal is cut to this length: enough for any headline, description or lead, and a page
 *  cannot make the cheap check copy megabytes. */
const MAX_SIGNAL_CHARS = 1200;

/** Page-level hints, all plain strings ("" when absent). */
export interface PageSignals {
  /** document.title as is (with its " | Site" suffix). */
  title: string;
  ogTitle: string;
  /** The first non-blank meta description or og:description. */
  description: string;
  /** The first non-blank keywords, news_keywords or article:tag. */
  keywords: string;
  /** Text of the first <h1>. */
  h1: string;
  /** Text of the first paragraphs of the article (or of the page), joined by "\n". */
  lead: string;
}

function cut(text: string): string {
  return collapseWhitespacePlain(text.length > MAX_SIGNAL_CHARS * 4 ? text.slice(0, MAX_SIGNAL_CHARS * 4) : text).slice(
    0,
    MAX_SIGNAL_CHARS,
  );
}

/** How many <article> elements are tried as the lead's scope (menus and teasers use them too). */
const MAX_ARTICLES_TRIED = 5;
/** Paragraphs (and <article>s) inside these are menus, teasers, captions or footers, not the lead.
 *  Tags and roles only: class words would also hit page-wide wrappers ("body.has-promo"). */
const NOT_LEAD = 'nav, aside, footer, header, figure, [role="navigation"], [role="complementary"]';

function leadIn(scope: Element, lead: string[]): void {
  // getElementsByTagName is a live collection: the browser walks only as far as the indexes read.
  // Never read its .length, which would count every paragraph of the scope.
  const paragraphs = scope.getElementsByTagName('p');
  for (let i = 0; i < MAX_PARAGRAPHS_SEEN && lead.length < LEAD_PARAGRAPHS; i++) {
    const p = paragraphs.item(i);
    if (p === null) break;
    if (p.closest(NOT_LEAD) !== null) continue;
    const text = cut(p.textContent ?? '');
    if (text.length >= MIN_LEAD_PARAGRAPH_CHARS && !lead.includes(text)) lead.push(text);
  }
}

function readLead(doc: Document): string {
  const lead: string[] = [];
  // Live collections again: item(i) walks only as far as the i-th match, so a page with an <article>
  // near the top costs no whole-tree walk; a page without one costs one native pass per tag.
  const articles = doc.getElementsByTagName('article');
  for (let i = 0; i < MAX_ARTICLES_TRIED; i++) {
    const article = articles.item(i);
    if (article === null) break;
    if (article.closest(NOT_LEAD) !== null) continue;
    // The body proper, when marked, skips the article's header (datelines, newsletter prompts).
    const body = article.querySelector('[itemprop~="articleBody"]');
    if (body !== null) leadIn(body, lead);
    if (lead.length < LEAD_PARAGRAPHS) leadIn(article, lead);
    if (lead.length >= LEAD_PARAGRAPHS) return lead.join('\n');
  }
  const main = doc.getElementsByTagName('main').item(0);
  if (main !== null && lead.length === 0) leadIn(main, lead);
  if (lead.length === 0 && doc.body !== null) leadIn(doc.body, lead);
  return lead.join('\n');
}

// One selector per kind of value, whichever key of the kind comes first: the check needs a description
// and some labels, not each key's. Fewer, broader queries cost the page less (first-meta-value.ts).
const OG_TITLE = metaSelector(['og:title']);
const DESCRIPTION = metaSelector(['description', 'og:description']);
const LABELS = metaSelector(['keywords', 'news_keywords', 'article:tag']);

/** A head value cut to size; not whitespace-collapsed: meta values are attribute text, one line in
 *  practice, and this path runs cold on every page. */
function clip(text: string): string {
  return text.length > MAX_SIGNAL_CHARS ? text.slice(0, MAX_SIGNAL_CHARS) : text;
}

/** Title, metadata and lead of the page, for the cheap "is this an AI-funding article?" check. */
export function readPageSignals(doc: Document): PageSignals {
  const head = doc.head;
  return {
    title: cut(doc.title ?? ''),
    ogTitle: clip(firstMetaValue(head, OG_TITLE)),
    description: clip(firstMetaValue(head, DESCRIPTION)),
    keywords: clip(firstMetaValue(head, LABELS)),
    h1: cut(doc.querySelector('h1')?.textContent ?? ''),
    lead: readLead(doc),
  };
}
