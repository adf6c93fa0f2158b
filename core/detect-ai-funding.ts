import { NEGATIVE_IDS } from '../data/lexicons/funding/index';
import type { CueKind, Cues } from './analysis/find-cues';
import { Paragraphs } from './analysis/paragraphs';
import type { NameSpan } from './analysis/find-names';
import type { Zones } from './analysis/zones';
import type { RoledFigure } from './assign-figure-roles';
import type { OrgHit } from './find-organisations';
import type { DealKind, Detection, Sentence } from './types';

/** Everything the detector looks at, computed once by analyzeArticle (or by a test). */
export interface DetectionInput {
  /** The analysed text (paragraph bounds). */
  text: string;
  /** Cues of the analysed text; `zones` says which part of it is headline and lead. */
  cues: Cues;
  zones: Zones;
  sentences: readonly Sentence[];
  figures: readonly RoledFigure[];
  names: readonly NameSpan[];
  hits: readonly OrgHit[];
  /** Cues of a title given apart from the text (null when the text starts with its headline). */
  titleCues: Cues | null;
  titleNames: readonly NameSpan[];
  /** Money figures of a separately given title with their roles. */
  titleFigures: readonly RoledFigure[];
  /** The chosen company is a known AI company. */
  companyIsAi: boolean;
  /** The main amount chosen for the deal, if any. */
  mainAmount: RoledFigure | null;
}

// Weights of the evidence. The sum is clamped to 0..1 and compared with THRESHOLD. Headline and lead
// evidence dominates because the product must stay silent on articles that only mention a round in
// passing; one sentence of the lead holding an AI term, a deal cue and a money figure is the strongest
// single sign. Negative cues in the headline are heavy (an earnings or fine headline is never a round),
// in the body light (a funding story may mention shares or a court).
const W = {
  aiHeadline: 0.15,
  aiLead: 0.1,
  companyIsAi: 0.15,
  dealHeadline: 0.2,
  dealLead: 0.1,
  mainAmountInLead: 0.15,
  strongLead: 0.25,
  strongBody: 0.1,
  negHeadline: -0.22,
  negLead: -0.08,
  negBody: -0.02,
};
/** Caps on how many negative cues count per zone, so that one long article is not sunk by repetition. */
const NEG_CAP = { headline: 2, lead: 3, body: 5 };
/** Without AI or deal evidence up front the score cannot pass: such articles mention money or AI only in passing. */
const CAP_WITHOUT_AI = 0.3;
const CAP_WITHOUT_DEAL = 0.3;
const CAP_WITHOUT_AMOUNT = 0.45;
/** An acquisition named in the headline may pass without a price (prices are often undisclosed). */
const CAP_UNDISCLOSED_ACQUISITION = 0.65;
/** Deal figures below this are not amounts a deal is made of (percentages, counts, years). */
const MIN_DEAL_VALUE = 10_000;
/** A feature opens on a scene and gives the money in its third or fourth paragraph ("Ora Clausola fa il
 *  salto. La società ha chiuso…"). When headline and lead speak of AI but of no deal at all, the deal may
 *  come from these first body paragraphs instead; more paragraphs or characters would let background
 *  rounds of AI news articles in, fewer miss the features whose first paragraphs are long. */
const LATE_LEAD_PARAGRAPHS = 4;
const LATE_LEAD_MAX = 1600;
/** Scores at or above this are AI-funding articles. 0.5 keeps precision first (a silent panel is the default). */
export const THRESHOLD = 0.5;

const DEAL_ROLES = new Set(['amount', 'public-investment', 'acquisition-price', 'valuation', 'valuation-post', 'valuation-pre', 'tranche']);
/** Characters after a funding verb in which an acquisition noun makes it an acquisition ("closes its purchase of"). */
const ACQ_OBJECT_CHARS = 30;
const AMOUNT_ROLES = new Set(['amount', 'public-investment', 'acquisition-price', 'tranche']);
const DEAL_CUES = ['fundingVerb', 'fundingNoun', 'investVerb', 'lead', 'acqVerb', 'acqNoun', 'acqPassive'] as const;

interface Range {
  start: number;
  end: number;
}

/** "fundingVerb" → "funding-verb", for reasons. */
/** End of the first LATE_LEAD_PARAGRAPHS body paragraphs (never before the lead's end, never past LATE_LEAD_MAX). */
function lateLeadEnd(text: string, zones: Zones): number {
  let pos = zones.headlineEnd;
  let count = 0;
  while (pos < text.length && count < LATE_LEAD_PARAGRAPHS) {
    const br = text.indexOf('\n', pos + 1);
    const next = br < 0 ? text.length : br;
    if (text.slice(pos, next).trim()) count++;
    pos = next;
  }
  return Math.max(zones.leadEnd, Math.min(pos, zones.headlineEnd + LATE_LEAD_MAX));
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function paragraphAround(paragraphs: Paragraphs, s: Range): Range {
  return { start: paragraphs.at(s.start).start, end: paragraphs.at(Math.max(s.start, s.end - 1)).end };
}

function anyCue(cues: Cues, kinds: readonly CueKind[], r: Range): string | null {
  for (const k of kinds) {
    const m = cues[k].within(r.start, r.end)[0];
    if (m) return `${kebab(String(k))}:${m.text.toLowerCase()}`;
  }
  return null;
}

/** The first AI company named inside `r`; `names` are sorted by start, so this is a binary search. */
function aiOrg(names: readonly NameSpan[], r: Range): NameSpan | null {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid] as NameSpan).start < r.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < names.length; i++) {
    const n = names[i] as NameSpan;
    if (n.start >= r.end) break;
    if (n.end <= r.end && n.entry?.kinds.includes('ai')) return n;
  }
  return null;
}

function aiEvidence(cues: Cues, names: readonly NameSpan[], r: Range): string | null {
  const m = cues.ai.within(r.start, r.end)[0];
  if (m) return `ai-term:${m.text.toLowerCase()}`;
  const org = aiOrg(names, r);
  return org ? `ai-company:${org.name.toLowerCase()}` : null;
}

/** A public plan counts as a deal when a public actor or plan word meets an investment word. */
function publicDeal(cues: Cues, r: Range): string | null {
  const actor = cues.publicActor.within(r.start, r.end)[0] ?? cues.publicPlan.within(r.start, r.end)[0];
  const invest = cues.investmentWord.within(r.start, r.end)[0];
  return actor && invest ? `public:${actor.text.toLowerCase()}` : null;
}

function dealEvidence(cues: Cues, r: Range): string | null {
  return anyCue(cues, DEAL_CUES, r) ?? publicDeal(cues, r);
}

function negatives(cues: Cues, r: Range, reasons: string[], tag: string): number {
  let n = 0;
  for (const id of NEGATIVE_IDS) {
    const found = cues[`neg:${id}`].within(r.start, r.end);
    if (found.length) reasons.push(`negative:${id}:${tag}`);
    n += found.length;
  }
  return n;
}

/** Decides what kind of deal the headline and lead talk about, from the weight of each kind's evidence. */
export function decideKind(
  input: Pick<DetectionInput, 'cues' | 'zones' | 'figures' | 'hits' | 'titleCues' | 'names'> & {
    /** True inside a sentence about an older deal: its cues say nothing about this article's deal. */
    isPast?: (pos: number) => boolean;
  },
): DealKind {
  const { cues, zones, figures, hits } = input;
  const head = { start: 0, end: zones.headlineEnd };
  const lead = { start: zones.headlineEnd, end: zones.leadEnd };
  const isPast = input.isPast ?? (() => false);
  // "NICE übernimmt Cognigy … Erst im Juni hatte Cognigy in einer Serie-C-Runde … eingesammelt": the
  // older round in the lead is background, not a second candidate for what the article is about.
  const count = (c: Cues | null, kinds: readonly CueKind[], r: Range) =>
    c ? kinds.reduce((s, k) => s + c[k].within(r.start, r.end).filter((m) => c !== cues || !isPast(m.start)).length, 0) : 0;
  // "closes the Run:ai deal", "completes its acquisition of": a funding verb whose object is an
  // acquisition counts for the acquisition.
  const acqObject = (c: Cues | null, r: Range) =>
    c ? c.fundingVerb.within(r.start, r.end).filter((v) => c.acqNoun.firstAfter(v.end, v.end + ACQ_OBJECT_CHARS) !== null).length : 0;
  const title = { start: 0, end: Number.MAX_SAFE_INTEGER };
  const inLead = (pos: number) => pos < zones.leadEnd;

  const acq =
    2 * (count(cues, ['acqVerb', 'acqNoun', 'acqPassive'], head) + count(input.titleCues, ['acqVerb', 'acqNoun', 'acqPassive'], title)) +
    acqObject(cues, lead) +
    count(cues, ['acqVerb', 'acqNoun', 'acqPassive'], lead) +
    figures.filter((f) => f.kind === 'acquisition-price' && inLead(f.start)).length +
    hits.filter((h) => h.role === 'acquired' && inLead(h.name.start)).length;
  const round =
    2 * (count(cues, ['fundingVerb', 'fundingNoun', 'lead'], head) + count(input.titleCues, ['fundingVerb', 'fundingNoun', 'lead'], title)) -
    2 * (acqObject(cues, head) + acqObject(input.titleCues, title)) +
    count(cues, ['fundingVerb', 'fundingNoun', 'lead', 'leadAfter', 'investorNoun'], lead) -
    acqObject(cues, lead) +
    figures.filter((f) => (f.kind === 'amount' || f.kind.startsWith('valuation')) && inLead(f.start) && !f.past).length +
    hits.filter((h) => (h.role === 'company' || h.role === 'lead') && inLead(h.name.start) && !h.past).length * 0.5;
  const pub =
    2 * (count(cues, ['publicActor', 'publicPlan'], head) + count(input.titleCues, ['publicActor', 'publicPlan'], title)) +
    count(cues, ['publicActor', 'publicPlan'], lead) +
    1.5 * figures.filter((f) => f.kind === 'public-investment' && inLead(f.start)).length +
    input.names.filter((n) => inLead(n.start) && n.entry?.kinds.includes('public') && !n.entry.kinds.includes('investor')).length;
  // Public plans need their own figure: a state bank joining a private round is still a round.
  const publicHasFigure = figures.some((f) => f.kind === 'public-investment' && inLead(f.start));
  if (acq > round && acq >= pub) return 'acquisition';
  if (pub > round && publicHasFigure) return 'public-investment';
  return 'round';
}

/**
 * Is this article about money flowing into AI? A small weighted sum of evidence, each piece placed by
 * zone (headline, lead, body), with caps when a necessary ingredient is missing. Reasons are short
 * machine-readable strings ("ai-term:ia", "funding-verb:lève", "negative:earnings:headline").
 */
export function detectAiFunding(input: DetectionInput, kind: DealKind): Detection {
  const { cues, zones, sentences, figures, names } = input;
  const reasons: string[] = [];
  const head: Range = { start: 0, end: zones.headlineEnd };
  const lead: Range = { start: zones.headlineEnd, end: zones.leadEnd };
  const body: Range = { start: zones.leadEnd, end: Number.MAX_SAFE_INTEGER };
  const all: Range = { start: 0, end: Number.MAX_SAFE_INTEGER };
  const tc = input.titleCues;
  const paragraphs = new Paragraphs(input.text);

  const aiHead = aiEvidence(cues, names, head) ?? (tc ? aiEvidence(tc, input.titleNames, all) : null);
  const aiLead = aiEvidence(cues, names, lead);
  const dealHead = dealEvidence(cues, head) ?? (tc ? dealEvidence(tc, all) : null);
  let dealLead = dealEvidence(cues, lead);
  // A feature with AI up front and no deal word before its money paragraph: that paragraph is its lead.
  const feature = !dealHead && !dealLead && (aiHead !== null || aiLead !== null);
  const leadEnd = feature ? lateLeadEnd(input.text, zones) : zones.leadEnd;
  if (feature) {
    dealLead = dealEvidence(cues, { start: zones.leadEnd, end: leadEnd });
    if (dealLead) reasons.push('late-lead');
  }
  for (const r of [aiHead, aiLead, dealHead, dealLead]) if (r) reasons.push(r);

  let score = 0;
  if (aiHead) score += W.aiHeadline;
  if (aiLead) score += W.aiLead;
  if (input.companyIsAi) {
    score += W.companyIsAi;
    reasons.push('company:ai');
  }
  if (dealHead) score += W.dealHeadline;
  if (dealLead) score += W.dealLead;
  const main = input.mainAmount;
  // Without a currency ("rachète X pour 50 millions") a deal figure of the lead still counts as an amount.
  const dealFigure =
    main ?? [...input.titleFigures, ...figures].find((f) => AMOUNT_ROLES.has(f.kind) && f.value >= MIN_DEAL_VALUE && !f.past && f.start < leadEnd) ?? null;
  if (dealFigure && (dealFigure.start < leadEnd || input.titleFigures.length > 0)) {
    score += W.mainAmountInLead;
    reasons.push(`amount:${dealFigure.kind}`);
  }

  // The strongest sign: one sentence holding AI, a deal cue and a deal figure.
  let strongLead = false;
  let strongBody = false;
  for (const f of figures) {
    if (!DEAL_ROLES.has(f.kind) || f.past) continue;
    const s = sentences[f.sentence];
    if (!s || !dealEvidence(cues, s)) continue;
    // AI in the sentence, or in its paragraph ("Das Berliner Start-up hat … abgeschlossen" after a
    // sentence on what the start-up does).
    // In the lead, AI anywhere in the headline or lead will do: a standfirst says what the company does
    // and the next paragraph gives the round ("The Edinburgh start-up uses AI… / …announced a £4.2m round").
    const inLead = s.start < leadEnd;
    const aiAround = aiEvidence(cues, names, s) ?? aiEvidence(cues, names, paragraphAround(paragraphs, s)) ?? (inLead ? (aiHead ?? aiLead) : null);
    if (!aiAround) continue;
    if (inLead) strongLead = true;
    else strongBody = true;
  }
  if (!strongLead && tc && input.titleFigures.some((f) => DEAL_ROLES.has(f.kind)) && aiEvidence(tc, input.titleNames, all) && dealEvidence(tc, all)) {
    strongLead = true;
  }
  if (strongLead) {
    score += W.strongLead;
    reasons.push('sentence:ai+deal+money:lead');
  } else if (strongBody) {
    score += W.strongBody;
    reasons.push('sentence:ai+deal+money:body');
  }

  const negHead = Math.min(NEG_CAP.headline, negatives(cues, head, reasons, 'headline') + (tc ? negatives(tc, all, reasons, 'title') : 0));
  const negLead = Math.min(NEG_CAP.lead, negatives(cues, lead, reasons, 'lead'));
  const negBody = Math.min(NEG_CAP.body, negatives(cues, body, reasons, 'body'));
  score += negHead * W.negHeadline + negLead * W.negLead + negBody * W.negBody;

  if (!aiHead && !aiLead && !input.companyIsAi) {
    score = Math.min(score, CAP_WITHOUT_AI);
    reasons.push('missing:ai');
  }
  if (!dealHead && !dealLead) {
    score = Math.min(score, CAP_WITHOUT_DEAL);
    reasons.push('missing:deal');
  }
  if (!dealFigure) {
    // "Freepik compra la startup de IA Magnific" (price undisclosed): a headline that names the bought
    // company with an acquisition verb and AI is still an acquisition of an AI company.
    const acquiredUp = input.hits.some((h) => h.role === 'acquired' && (h.inTitle || h.name.start < zones.headlineEnd) && !h.name.entry?.kinds.includes('bigtech'));
    const acqVerbUp = cues.acqVerb.has(head.start, head.end) || (tc?.acqVerb.items.length ?? 0) > 0;
    const undisclosedAcquisition = kind === 'acquisition' && acquiredUp && acqVerbUp && aiHead !== null;
    score = Math.min(score, undisclosedAcquisition ? CAP_UNDISCLOSED_ACQUISITION : CAP_WITHOUT_AMOUNT);
    reasons.push('missing:amount');
  }
  score = Math.max(0, Math.min(1, Math.round(score * 1000) / 1000));
  const isAiFunding = score >= THRESHOLD;
  return { isAiFunding, score, kind: isAiFunding ? kind : null, reasons };
}
