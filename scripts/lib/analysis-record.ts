import type { Analysis, FigureKind, ThemeId } from '../../core/types';
import type { ArticleSource } from './article-from-input';

// The JSON line the CLI prints per input (DESIGN.md, contract 1). Field names and shapes are a
// contract other people's tests parse: add fields, never rename or reshape one.

export interface MoneyRecord {
  value: number;
  currency: string;
  text: string;
  start: number;
  end: number;
  /** Only in the headline: offsets into `title`. */
  inTitle?: true;
}

export interface AnalysisRecord {
  file: string;
  lang: string;
  title: string;
  isAiFunding: boolean;
  score: number;
  kind: Analysis['kind'];
  company: string | null;
  amount: MoneyRecord | null;
  valuation: MoneyRecord | null;
  investors: string[];
  leadInvestor: string | null;
  round: string | null;
  figures: { kind: FigureKind; value: number; unit: string; text: string; start: number; end: number }[];
  /** `inTitle`: the question is only in the headline; its offsets are into `title`, not the text. */
  questions: { text: string; kind: 'explicit' | 'implicit'; themes: ThemeId[]; start: number; end: number; inTitle?: true }[];
  themes: ThemeId[];
  reasons: string[];
  canonicalUrl: string | null;
  declaredLangs: string[];
  /** Length of the analysed text (the one all offsets refer to). */
  textLength: number;
  /** Plain-text inputs: where the analysed text starts in the input; null for HTML. */
  textOffset: number | null;
}

function money(m: Analysis['amount']): MoneyRecord | null {
  if (m === null) return null;
  const record: MoneyRecord = { value: m.value, currency: m.currency, text: m.text, start: m.start, end: m.end };
  // Offsets of a figure stated only in the headline point into the title: say so.
  return m.inTitle ? { ...record, inTitle: true } : record;
}

export function analysisRecord(file: string, source: ArticleSource, analysis: Analysis): AnalysisRecord {
  return {
    file,
    lang: analysis.lang,
    title: analysis.title || source.title,
    isAiFunding: analysis.isAiFunding,
    score: analysis.score,
    kind: analysis.kind,
    company: analysis.company,
    amount: money(analysis.amount),
    valuation: money(analysis.valuation),
    investors: analysis.investors,
    leadInvestor: analysis.leadInvestor,
    round: analysis.round,
    figures: analysis.figures.map((f) => ({
      kind: f.kind,
      value: f.value,
      unit: f.unit,
      text: f.text,
      start: f.start,
      end: f.end,
    })),
    questions: analysis.questions.map((q) => ({
      text: q.text,
      kind: q.kind,
      themes: q.themes,
      start: q.start,
      end: q.end,
      ...(q.inTitle ? { inTitle: true as const } : {}),
    })),
    themes: analysis.themes,
    reasons: analysis.reasons,
    canonicalUrl: source.canonicalUrl,
    declaredLangs: source.hints?.declaredLangs ?? [],
    textLength: source.text.length,
    textOffset: source.textOffset,
  };
}
