// TEMPORARY: the integration helper replaces this with the real pipeline. Signature is final.
import type { Analysis, PageHints } from './types';

export interface ArticleInput {
  text: string;
  title?: string;
  hints?: PageHints;
}

export function analyzeArticle(input: ArticleInput): Analysis {
  return {
    isAiFunding: false,
    score: 0,
    kind: null,
    reasons: [],
    lang: 'en',
    title: input.title ?? '',
    company: null,
    amount: null,
    valuation: null,
    investors: [],
    leadInvestor: null,
    round: null,
    figures: [],
    questions: [],
    themes: [],
    organisations: [],
    sentences: [],
  };
}
