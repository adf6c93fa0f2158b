import { collapseWhitespace } from './collapse-whitespace';
import { readHeadMeta } from './read-meta';

// The cheap first look the content script takes at every page, before deciding whether the page is
// worth reading in full. Bounded work: one pass over the head's children, a few native querySelector
// calls (which stop at the first match; a miss costs one native pass, ~0.1 µs per element) and at
// most MAX_PARAGRAPHS_SEEN paragraphs per scope — no walk of our own over the tree, no layout read.

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
  ogType: string;
  /** article:section. */
  section: string;
  /** keywords, news_keywords and article:tag, comma-separated. */
  keywords: string;
  htmlLang: string;
  ogLocale: string;
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

/** Where the lead is looked for, most specific first; then the whole body. */
const LEAD_SCOPES = ['[itemprop~="articleBody"]', 'main article', 'article', 'main'];
/** Paragraphs inside these are menus, teasers, captions or footers, not the lead. */
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
  const tried = new Set<Element>();
  for (const selector of LEAD_SCOPES) {
    const scope = doc.querySelector(selector);
    if (scope === null || tried.has(scope)) continue;
    tried.add(scope);
    leadIn(scope, lead);
    if (lead.length >= LEAD_PARAGRAPHS) return lead.join('\n');
  }
  if (doc.body !== null && !tried.has(doc.body)) leadIn(doc.body, lead);
  return lead.join('\n');
}

/** Title, metadata and lead of the page, for the cheap "is this an AI-funding article?" check. */
export function readPageSignals(doc: Document): PageSignals {
  const meta = readHeadMeta(doc);
  const get = (key: string): string => meta.get(key) ?? '';
  const keywords = [...new Set([get('keywords'), get('news_keywords'), get('article:tag')])].filter((k) => k !== '').join(', ');
  return {
    title: cut(doc.title ?? ''),
    ogTitle: cut(get('og:title')),
    description: cut(get('description') || get('og:description')),
    ogType: get('og:type'),
    section: cut(get('article:section')),
    keywords: cut(keywords),
    htmlLang: doc.documentElement?.getAttribute('lang')?.trim() ?? '',
    ogLocale: get('og:locale'),
    h1: cut(doc.querySelector('h1')?.textContent ?? ''),
    lead: readLead(doc),
  };
}
