// The data contract of the pure analysis layer. Everything here is plain JSON-serialisable data;
// offsets are UTF-16 code-unit offsets into the exact text that was handed to `analyzeArticle`.

export const LANGS = ['en', 'fr', 'de', 'es', 'it'] as const;
export type Lang = (typeof LANGS)[number];

/** A half-open span [start, end) into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/** A number the recogniser understood, before any role is given to it. */
export interface Quantity extends Span {
  /** Exact source text of the match. */
  text: string;
  /** Value in units: "40 milliards" = 40000000000, "12 %" = 12. */
  value: number;
  /** ISO 4217 for money ("USD", "EUR"…); "%" for percentages; a count noun ("users", "employees"…) for counts; "" for a bare number. */
  unit: string;
  kind: 'money' | 'percent' | 'count' | 'number';
  /** For "£2.5 billion ($3.1 billion)": the conversion in brackets is attached to its main amount, not reported twice. */
  alternative?: { value: number; unit: string; text: string };
}

export type FigureKind =
  | 'amount' // money raised in the round / deal / plan
  | 'valuation' // valuation, post-money unless said otherwise
  | 'valuation-pre'
  | 'valuation-post'
  | 'tranche'
  | 'users'
  | 'revenue'
  | 'loss'
  | 'stake' // a percentage stake
  | 'public-investment' // a state or EU plan
  | 'acquisition-price'
  | 'previous-valuation'
  | 'employees'
  | 'other';

export interface Figure extends Span {
  kind: FigureKind;
  value: number;
  unit: string;
  text: string;
  /** Index into Analysis.sentences of the sentence holding the figure. */
  sentence: number;
}

export interface Money {
  value: number;
  currency: string;
  text: string;
  start: number;
  end: number;
  /** Found only in a title given apart from the text: `start`/`end` are then offsets into that title. */
  inTitle?: boolean;
}

/** The debate themes' ids, the same in every language and on every outlet (texts in data/themes.ts); the
 *  results server accepts these and no other (server/schemas.ts). */
export const THEME_IDS = [
  'europe-catch-up',
  'sovereignty',
  'ethics',
  'concentration',
  'bubble',
  'compute-energy',
  'jobs',
  'regulation',
  'open-source',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

export interface Question extends Span {
  text: string;
  kind: 'explicit' | 'implicit';
  themes: ThemeId[];
  /** Index into Analysis.sentences; -1 for a question found only in the title (`inTitle`). */
  sentence: number;
  /**
   * Asked only in a title given apart from the text: `start`/`end` are then offsets into that title, so
   * nothing may place or highlight it in the article by those offsets.
   */
  inTitle?: true;
}

export type DealKind = 'round' | 'public-investment' | 'acquisition';

export interface Organisation extends Span {
  name: string;
  /** ISO 3166 alpha-2 country, or "EU" for European bodies; "" when unknown. */
  country: string;
  role: 'company' | 'investor' | 'lead-investor' | 'acquirer' | 'other';
}

export interface Detection {
  isAiFunding: boolean;
  /** 0..1 */
  score: number;
  kind: DealKind | null;
  /** Short machine-readable reasons, e.g. "ai-term:openai", "funding-verb:lève", "negative:transfer". */
  reasons: string[];
}

export interface Analysis extends Detection {
  lang: Lang;
  title: string;
  company: string | null;
  amount: Money | null;
  valuation: Money | null;
  investors: string[];
  leadInvestor: string | null;
  round: string | null;
  figures: Figure[];
  questions: Question[];
  themes: ThemeId[];
  organisations: Organisation[];
  sentences: Sentence[];
}

/** Page-level signals that help analysis when there is a page (all optional). */
export interface PageHints {
  /** `<html lang>`, `og:locale`, `content-language`… raw values. */
  declaredLangs?: string[];
  /** Language the browser detected, if any. */
  detectedLang?: string;
}
