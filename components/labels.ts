// Labels for the analysis's machine-readable values: theme names come from data/themes.ts, deal kinds,
// figure roles and detection reasons from the message files.
import type { DealKind, FigureKind, Lang, ThemeId } from '../core/types';
import { THEMES } from '../data/themes';
import type { Translate } from './i18n';

const DEAL_KEYS: Record<DealKind, string> = {
  round: 'dealRound',
  'public-investment': 'dealPublicInvestment',
  acquisition: 'dealAcquisition',
};

const FIGURE_KEYS: Record<FigureKind, string> = {
  amount: 'figureAmount',
  valuation: 'figureValuation',
  'valuation-pre': 'figureValuationPre',
  'valuation-post': 'figureValuationPost',
  tranche: 'figureTranche',
  users: 'figureUsers',
  revenue: 'figureRevenue',
  loss: 'figureLoss',
  stake: 'figureStake',
  'public-investment': 'figurePublicInvestment',
  'acquisition-price': 'figureAcquisitionPrice',
  'previous-valuation': 'figurePreviousValuation',
  employees: 'figureEmployees',
  other: 'figureOther',
};

/** A theme's short name, from the theme data (the one list every layer shares). */
export function themeLabel(theme: ThemeId, lang: Lang): string {
  const label = THEMES.find((t) => t.id === theme)?.label;
  return label ? label[lang] || label.en : theme;
}
export const dealKey = (kind: DealKind): string => DEAL_KEYS[kind];
export const figureKey = (kind: FigureKind): string => FIGURE_KEYS[kind];

/** Every key the helpers above can return (the i18n test checks they exist). */
export const LABEL_KEYS: readonly string[] = [
  ...Object.values(DEAL_KEYS),
  ...Object.values(FIGURE_KEYS),
];

// Detection reasons (core/detect-ai-funding.ts) look like "fundingVerb:lève", "company:ai",
// "negative:earnings:body" or "sentence:ai+deal+money:lead": a kind of evidence, then what was found.
const EVIDENCE_KEYS: Record<string, string> = {
  'ai-term': 'reasonAiTerm',
  'ai-company': 'reasonAiCompany',
  fundingVerb: 'reasonFundingWord',
  fundingNoun: 'reasonFundingWord',
  investVerb: 'reasonFundingWord',
  lead: 'reasonFundingWord',
  acqVerb: 'reasonAcquisition',
  acqNoun: 'reasonAcquisition',
  acqPassive: 'reasonAcquisition',
  public: 'reasonPublicPlan',
};

/** Reasons that carry no quoted evidence, by their full text. */
const FIXED_KEYS: Record<string, string> = {
  'company:ai': 'reasonCompanyIsAi',
  'sentence:ai+deal+money:lead': 'reasonStrongLead',
  'sentence:ai+deal+money:body': 'reasonStrongBody',
  'missing:ai': 'reasonMissingAi',
  'missing:deal': 'reasonMissingDeal',
  'missing:amount': 'reasonMissingAmount',
};

const NEGATIVE_KEYS: Record<string, string> = {
  sport: 'negativeSport',
  earnings: 'negativeEarnings',
  fine: 'negativeFine',
  licensing: 'negativeLicensing',
  lawsuit: 'negativeLawsuit',
  budget: 'negativeBudget',
  sector: 'negativeSector',
  spending: 'negativeSpending',
};

export const REASON_KEYS: readonly string[] = [
  ...new Set([
    ...Object.values(EVIDENCE_KEYS),
    ...Object.values(FIXED_KEYS),
    ...Object.values(NEGATIVE_KEYS),
    'reasonAmount',
    'reasonNegative',
    'reasonOther',
  ]),
];

const isFigureKind = (x: string): x is FigureKind => x in FIGURE_KEYS;

/** One detection reason in plain words, with its evidence quoted when there is some. */
export function describeReason(reason: string, t: Translate): string {
  const fixed = FIXED_KEYS[reason];
  if (fixed) return t(fixed);
  const colon = reason.indexOf(':');
  const head = colon >= 0 ? reason.slice(0, colon) : reason;
  const evidence = colon >= 0 ? reason.slice(colon + 1) : '';
  if (head === 'amount' && isFigureKind(evidence)) return t('reasonAmount', t(figureKey(evidence)));
  if (head === 'negative') {
    const id = evidence.split(':')[0] ?? '';
    const key = NEGATIVE_KEYS[id];
    return t('reasonNegative', key ? t(key) : id);
  }
  const key = EVIDENCE_KEYS[head];
  return key && evidence ? t(key, evidence) : t('reasonOther', reason);
}
