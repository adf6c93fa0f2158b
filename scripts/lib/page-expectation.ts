import type { ArticleText } from '../../page/read-article';

// What the article reader is expected to give on one real page, stored as
// tests/fixtures/pages-expected/<file>.json by scripts/update-page-fixtures.ts and compared by
// tests/unit/page/real-pages.test.ts. Coarse on purpose: a real change in what is read shows up
// as a reviewable diff, a one-character change deep in the text does not churn the fixtures.

/** How many characters of the text's start and end are stored. */
const EDGE_CHARS = 80;

export interface PageExpectation {
  file: string;
  found: boolean;
  title: string;
  declaredLangs: string[];
  canonicalUrl: string | null;
  /** Power-of-two bucket of the text length, e.g. "4096-8191". */
  textLength: string;
  head: string;
  tail: string;
}

export function lengthBucket(length: number): string {
  if (length <= 0) return '0';
  const low = 2 ** Math.floor(Math.log2(length));
  return `${low}-${low * 2 - 1}`;
}

export function pageExpectation(file: string, article: ArticleText | null): PageExpectation {
  if (article === null) {
    return { file, found: false, title: '', declaredLangs: [], canonicalUrl: null, textLength: '0', head: '', tail: '' };
  }
  return {
    file,
    found: true,
    title: article.title,
    declaredLangs: article.declaredLangs,
    canonicalUrl: article.canonicalUrl,
    textLength: lengthBucket(article.text.length),
    head: article.text.slice(0, EDGE_CHARS),
    tail: article.text.slice(-EDGE_CHARS),
  };
}
