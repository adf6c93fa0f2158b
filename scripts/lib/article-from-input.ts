import type { PageHints } from '../../core/types';
import { readArticle } from '../../page/read-article';
import { parseHtml } from './parse-html';
import type { InputKind } from './read-input';

/** What the CLI hands to analyzeArticle, plus where the analysed text sits in the input. */
export interface ArticleSource {
  title: string;
  /** Exactly the text given to analyzeArticle: every offset in the output refers to it. */
  text: string;
  hints?: PageHints;
  /** For plain text: the offset in the (decoded) input where `text` starts, so that
   *  input.slice(textOffset + start, textOffset + end) is what a span covers. Null for HTML, whose
   *  text is rebuilt from the page (see `rangeFor` for the way back to the DOM). */
  textOffset: number | null;
  canonicalUrl: string | null;
}

export type ArticleResult = { ok: true; source: ArticleSource } | { ok: false; reason: string };

/** Plain text: the first non-empty line is the title and is NOT part of the analysed text (as on a
 *  web page, where the headline is read apart from the body); the text is everything after that line,
 *  verbatim. A single-line input is both title and text, so a lone sentence can still be analysed. */
export function articleFromText(content: string): ArticleSource {
  const first = content.search(/\S/);
  if (first < 0) return { title: '', text: content, textOffset: 0, canonicalUrl: null };
  const breakAt = content.slice(first).search(/[\r\n]/);
  const lineEnd = breakAt < 0 ? content.length : first + breakAt;
  const title = content.slice(first, lineEnd).trim();
  const next = content.startsWith('\r\n', lineEnd) ? lineEnd + 2 : Math.min(content.length, lineEnd + 1);
  const rest = content.slice(next);
  if (rest.trim() === '') return { title, text: title, textOffset: first, canonicalUrl: null };
  return { title, text: rest, textOffset: next, canonicalUrl: null };
}

/** A web page: read through the same article reader as the extension, on a server-side DOM. */
export function articleFromHtml(content: string, url?: string): ArticleResult {
  const doc = parseHtml(content);
  const article = readArticle(doc, url);
  if (article === null) return { ok: false, reason: 'no article text found in the page' };
  return {
    ok: true,
    source: {
      title: article.title,
      text: article.text,
      hints: article.declaredLangs.length > 0 ? { declaredLangs: article.declaredLangs } : undefined,
      textOffset: null,
      canonicalUrl: article.canonicalUrl,
    },
  };
}

export function articleFromInput(kind: InputKind, content: string): ArticleResult {
  return kind === 'html' ? articleFromHtml(content) : { ok: true, source: articleFromText(content) };
}
