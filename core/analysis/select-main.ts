import type { RoledFigure } from '../assign-figure-roles';
import type { DealKind, FigureKind, Money } from '../types';
import type { Zones } from './zones';

// The main amount is the round / plan / price the article is about. Scores are small integers so the
// ranking can be read: what the deal kind expects (+3), where the figure sits (headline +3, lead +2), a
// cue touching it (+1), the same value repeated elsewhere in the article (+1.5), and penalties for an
// older deal (-3), a total to date (-2.5) and a sentence about another company (-2). Ties go to the
// earliest figure, since articles state their news first.
const ROLE_FIT: Record<DealKind, Partial<Record<FigureKind, number>>> = {
  round: { amount: 3, tranche: 1, 'public-investment': 1.5, 'acquisition-price': 0.5, other: 0 },
  acquisition: { 'acquisition-price': 3, amount: 1.5, other: 0 },
  'public-investment': { 'public-investment': 3, amount: 2, 'acquisition-price': 0.5, other: 0 },
};
const HEADLINE = 3;
const LEAD = 2;
const TOUCHING_CUE = 1;
/** A cue this close counts as touching the figure. */
const TOUCH_DISTANCE = 25;
const REPEATED = 1.5;
const PAST = -3;
const CUMULATIVE = -2.5;
const OTHER_COMPANY = -2;
/** Values within this ratio are "the same amount" written twice ("$40bn", "40 billion dollars"). */
const SAME_VALUE = 0.005;

export interface MainContext {
  zones: Zones;
  kind: DealKind | null;
  /** Sentences that name another company and not this one: background about rivals. */
  otherCompanySentences: ReadonlySet<number>;
  /** Money values found in a separately given title (not part of the text). */
  titleValues?: readonly { value: number; unit: string }[];
}

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_VALUE * Math.max(Math.abs(a), Math.abs(b));
}

function zoneScore(f: RoledFigure, zones: Zones): number {
  return f.start < zones.headlineEnd ? HEADLINE : f.start < zones.leadEnd ? LEAD : 0;
}

function repeated(f: RoledFigure, money: readonly RoledFigure[], ctx: MainContext): boolean {
  const inText = money.some((g) => g !== f && g.unit === f.unit && sameValue(g.value, f.value));
  // A bare number of the title ("Mistral AI raccoglie 600 milioni") matches any currency.
  const inTitle = ctx.titleValues?.some((t) => (t.unit === f.unit || t.unit === '') && sameValue(t.value, f.value)) ?? false;
  return inText || inTitle;
}

function toMoney(f: RoledFigure): Money {
  return { value: f.value, currency: f.unit, text: f.text, start: f.start, end: f.end };
}

function isMoney(f: RoledFigure): boolean {
  return /^[A-Z]{3}$/.test(f.unit);
}

const isValuation = (f: RoledFigure) => f.kind === 'valuation' || f.kind === 'valuation-post' || f.kind === 'valuation-pre';

/**
 * The body states the headline's amount again: "Google rilancia su Anthropic: … oltre un miliardo" and
 * then "altro denaro …: oltre un miliardo di dollari". That restatement is the story's deal even when no
 * funding cue sits next to it, and it outranks the other deals the article mentions.
 */
function echoesHeadline(f: RoledFigure, money: readonly RoledFigure[], ctx: MainContext): boolean {
  if (f.start < ctx.zones.headlineEnd) return false;
  const inTitle = ctx.titleValues?.some((t) => (t.unit === f.unit || t.unit === '') && sameValue(t.value, f.value)) ?? false;
  return inTitle || money.some((g) => g.start < ctx.zones.headlineEnd && !isValuation(g) && g.unit === f.unit && sameValue(g.value, f.value));
}

/** The figure the story is about, or null when no money figure fits the deal. */
export function selectMainAmount(figures: readonly RoledFigure[], ctx: MainContext): RoledFigure | null {
  const fit = ROLE_FIT[ctx.kind ?? 'round'];
  const money = figures.filter(isMoney);
  let best: RoledFigure | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const f of money) {
    const roleFit = fit[f.kind];
    // A figure of the headline, or its restatement in the body, is a candidate whatever its cue
    // ("Can €200bn buy Europe…?").
    const inHeadline = (f.start < ctx.zones.headlineEnd || echoesHeadline(f, money, ctx)) && !isValuation(f);
    if (roleFit === undefined && !inHeadline) continue;
    if (roleFit === 0 && !inHeadline) continue;
    let score = (roleFit ?? 0) + zoneScore(f, ctx.zones);
    if (f.distance <= TOUCH_DISTANCE) score += TOUCHING_CUE;
    if (repeated(f, money, ctx)) score += REPEATED;
    if (f.past) score += PAST;
    if (f.cumulative) score += CUMULATIVE;
    if (ctx.otherCompanySentences.has(f.sentence)) score += OTHER_COMPANY;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  // Only a figure that some cue ties to the deal may be the main amount; a lone headline number needs
  // to be repeated to count.
  if (best && fit[best.kind] === undefined && !repeated(best, money, ctx)) return null;
  return best;
}

const VALUATION_FIT: Partial<Record<FigureKind, number>> = { 'valuation-post': 3, valuation: 3, 'valuation-pre': 2 };
const SAME_SENTENCE_AS_AMOUNT = 2;

/** The new valuation (post-money preferred), or null. */
export function selectMainValuation(figures: readonly RoledFigure[], main: RoledFigure | null, ctx: MainContext): RoledFigure | null {
  const money = figures.filter(isMoney);
  let best: RoledFigure | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const f of money) {
    const fit = VALUATION_FIT[f.kind];
    if (fit === undefined) continue;
    let score = fit + zoneScore(f, ctx.zones);
    if (main && f.sentence === main.sentence) score += SAME_SENTENCE_AS_AMOUNT;
    if (repeated(f, money, ctx)) score += REPEATED;
    if (f.past) score += PAST;
    // A rival's valuation is never this company's, however prominent.
    if (ctx.otherCompanySentences.has(f.sentence)) continue;
    // A "valuation" smaller than the amount raised is a misread (a tranche, a stake), not a valuation.
    if (main && f.value < main.value && f.unit === main.unit) continue;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best && bestScore > 0 ? best : null;
}

export { toMoney };
