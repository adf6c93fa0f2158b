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

// Detection reasons look like "funding-verb:lève" or "negative:transfer". The part before the colon says
// what kind of evidence it is; the first matching prefix below gives the sentence that explains it.
const REASON_PREFIXES: readonly [string, string][] = [
  ['negative', 'reasonNegative'],
  ['funding', 'reasonFundingVerb'],
  ['verb', 'reasonFundingVerb'],
  ['ai-company', 'reasonAiCompany'],
  ['company', 'reasonAiCompany'],
  ['org', 'reasonAiCompany'],
  ['ai', 'reasonAiTerm'],
  ['amount', 'reasonAmount'],
  ['money', 'reasonAmount'],
  ['valuation', 'reasonAmount'],
  ['lead', 'reasonInvestor'],
  ['investor', 'reasonInvestor'],
  ['round', 'reasonRound'],
  ['series', 'reasonRound'],
  ['title', 'reasonTitle'],
  ['headline', 'reasonTitle'],
  ['meta', 'reasonTitle'],
  ['public', 'reasonPublicPlan'],
  ['plan', 'reasonPublicPlan'],
  ['state', 'reasonPublicPlan'],
  ['acqui', 'reasonAcquisition'],
];

export const REASON_KEYS: readonly string[] = [...new Set([...REASON_PREFIXES.map(([, key]) => key), 'reasonOther'])];

/** One detection reason in plain words, with its evidence quoted when there is some. */
export function describeReason(reason: string, t: Translate): string {
  const colon = reason.indexOf(':');
  const head = (colon >= 0 ? reason.slice(0, colon) : reason).toLowerCase();
  const evidence = colon >= 0 ? reason.slice(colon + 1) : '';
  const match = REASON_PREFIXES.find(([prefix]) => head.startsWith(prefix));
  if (!match) return t('reasonOther', reason);
  return t(match[1], evidence || head);
}
