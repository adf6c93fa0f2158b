import { collapseWhitespace } from './collapse-whitespace';
import { metaSelectors, readHeadMeta } from './read-meta';

// The cheap first look the content script takes at every page, before deciding whether the page is
// worth reading in full. Bounded work: one native query per <meta> key it uses, lookups of the
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
  /** meta description, else og:description. */
  description: string;
  /** article:section. */
  section: string;
  /** keywords, news_keywords and article:tag, comma-separated. */
  keywords: string;
  /** Text of the first <h1>. */
  h1: string;
  /** Text of the first paragraphs of the article (or of the page), joined by "\n". */
  lead: string;
}

function cut(text: string): string {
  return collapseWhitespace(text.length > MAX_SIGNAL_CHARS * 4 ? text.slice(0, MAX_SIGNAL_CHARS * 4) : text).slice(
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

/** The meta keys the signals use: only these are looked for. */
const SIGNAL_META = metaSelectors([
  'og:title',
  'description',
  'og:description',
  'article:section',
  'keywords',
  'news_keywords',
  'article:tag',
]);

/** Title, metadata and lead of the page, for the cheap "is this an AI-funding article?" check. */
export function readPageSignals(doc: Document): PageSignals {
  const meta = readHeadMeta(doc, SIGNAL_META);
  const get = (key: string): string => meta.get(key) ?? '';
  const labels: string[] = [];
  for (const key of ['keywords', 'news_keywords', 'article:tag']) {
    const value = get(key);
    if (value !== '' && !labels.includes(value)) labels.push(value);
  }
  const keywords = labels.join(', ');
  return {
    title: cut(doc.title ?? ''),
    ogTitle: cut(get('og:title')),
    description: cut(get('description') || get('og:description')),
    section: cut(get('article:section')),
    keywords: cut(keywords),
    h1: cut(doc.querySelector('h1')?.textContent ?? ''),
    lead: readLead(doc),
  };
}
