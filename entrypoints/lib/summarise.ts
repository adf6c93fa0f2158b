import type { Analysis } from '../../core/types';
import type { AnalysisSummary } from './messages';

/** The popup's view of an analysis: a handful of facts, not the article's text or sentences. */
export function summarise(analysis: Analysis): AnalysisSummary {
  return {
    title: analysis.title,
    lang: analysis.lang,
    kind: analysis.kind,
    company: analysis.company,
    amount: analysis.amount,
    valuation: analysis.valuation,
    score: analysis.score,
    figures: analysis.figures.length,
    questions: analysis.questions.length,
  };
}
