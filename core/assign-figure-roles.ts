import type { Match } from './analysis/cue-index';
import { type CueKind, type Cues, findCues } from './analysis/find-cues';
import { Paragraphs } from './analysis/paragraphs';
import { roughSentences, sentenceIndexAt } from './analysis/sentence-bounds';
import { fundingLexicons } from '../data/lexicons/funding/index';
import { latinRegex } from './text/latin-regex';
import type { Figure, FigureKind, Lang, Quantity, Sentence } from './types';

/** A figure with the evidence behind its role, used to pick the story's main amount and valuation. */
export interface RoledFigure extends Figure {
  /** The cue that decided the role ("levée de fonds", "valued at"), or null when none was near. */
  cue: string | null;
  /** Characters between the figure and its cue (0 = touching); Infinity without a cue. */
  distance: number;
  /** The sentence tells of an older deal ("in 2021", "last year", "had raised"). */
  past: boolean;
  /** A total to date ("bringing its total funding to…", "insgesamt"). */
  cumulative: boolean;
  /** The currency came from a neighbouring amount ("portant sa valorisation à 300 milliards"). */
  inherited: boolean;
  /** In-brackets conversion of this amount ("£2.5bn ($3.1bn)"). */
  alternative?: Quantity['alternative'];
}

// Window sizes: far enough to reach "valued at" across a few words, short enough not to take a cue of
// the neighbouring clause. Cues are also cut at the previous/next number of the same sentence.
const LEFT_WINDOW = 90;
const RIGHT_WINDOW = 40;
/** A cue this close after a figure is its noun ("$300bn valuation", "40 milliards de levée"). */
const RIGHT_ADJACENT = 24;
/** Bare numbers below this are years, ranks or small counts, never an amount that needs a currency. */
const MIN_INHERITED_VALUE = 100_000;
/** A bare number written with a scale word ("50 millones", "zwölf Milliarden") rather than digits only. */
const SCALED = latinRegex(/\p{L}/u);

/** Cue kind → role when it is the cue nearest to a money figure. */
const MONEY_ROLE: Partial<Record<CueKind, FigureKind>> = {
  valuation: 'valuation',
  valuationPre: 'valuation-pre',
  valuationPost: 'valuation-post',
  previousValue: 'previous-valuation',
  revenue: 'revenue',
  loss: 'loss',
  tranche: 'tranche',
  fundingVerb: 'amount',
  fundingNoun: 'amount',
  investVerb: 'amount',
  lead: 'amount',
  acqVerb: 'acquisition-price',
  acqNoun: 'acquisition-price',
  acqPassive: 'acquisition-price',
  investmentWord: 'amount',
  publicPlan: 'public-investment',
  cumulative: 'amount',
  stake: 'stake',
};
const MONEY_CUES = Object.keys(MONEY_ROLE) as CueKind[];
/** Cues read after a figure: nouns ("$300bn valuation", "$8bn in total"). "From" or "led" after a figure
 *  belong to the next phrase ("$6.6bn from investors"), so verbs and previous-value cues are left out. */
const MONEY_CUES_AFTER = MONEY_CUES.filter((k) => !['previousValue', 'lead', 'investVerb', 'acqVerb', 'acqPassive'].includes(k));
const COUNT_UNITS: Record<string, FigureKind> = { users: 'users', subscribers: 'users', employees: 'employees' };
const COUNT_CUES: CueKind[] = ['users', 'employees'];
const SMALL_GAP = latinRegex(/^[\s\u00a0\u202f\-’']*(?:[\p{L}’']+[\s\u00a0\u202f\-’']+){0,3}$/u);

interface Nearest {
  kind: CueKind;
  match: Match;
  distance: number;
}

/**
 * Gives every quantity a role from the words around it: the nearest role cue inside its clause, a cue
 * right after it taking precedence ("$300bn valuation"). Bare scaled numbers take the currency of the
 * nearest amount in their sentence, else of the previous amount in their paragraph.
 */
export function assignFigureRoles(
  text: string,
  quantities: readonly Quantity[],
  lang: Lang,
  options: { sentences?: readonly Sentence[]; cues?: Cues; leadEnd?: number } = {},
): RoledFigure[] {
  const sentences = options.sentences ?? roughSentences(text);
  const cues = options.cues ?? findCues(text, lang);
  const qs = [...quantities].sort((a, b) => a.start - b.start);
  const sentOf = qs.map((q) => sentenceIndexAt(sentences, q.start));
  const paragraphs = new Paragraphs(text);
  const out: RoledFigure[] = [];

  for (let i = 0; i < qs.length; i++) {
    const q = qs[i] as Quantity;
    const si = sentOf[i] as number;
    const s = sentences[si] ?? { start: 0, end: text.length, text };
    const prev = i > 0 && sentOf[i - 1] === si ? (qs[i - 1] as Quantity) : null;
    const next = i + 1 < qs.length && sentOf[i + 1] === si ? (qs[i + 1] as Quantity) : null;
    const left = Math.max(s.start, prev ? prev.end : 0, q.start - LEFT_WINDOW);
    const right = Math.min(s.end, next ? next.start : text.length, q.end + RIGHT_WINDOW);
    const past = isPastSentence(cues, s, options.leadEnd ?? 0);
    const cumulative = cues.cumulative.has(left, right);

    let unit = q.unit;
    let inherited = false;
    let kind: Quantity['kind'] = q.kind;
    if (q.kind === 'number' && q.value >= MIN_INHERITED_VALUE) {
      const countCue = nearestAfter(cues, COUNT_CUES, text, q.end, right);
      if (countCue) {
        out.push(figure(q, si, countCue.kind === 'users' ? 'users' : 'employees', countCue, past, cumulative, ''));
        continue;
      }
      const currency = inheritCurrency(paragraphs, qs, i, sentOf);
      if (currency) {
        unit = currency;
        inherited = true;
        kind = 'money';
      } else if (SCALED.test(q.text)) {
        // "incassa 10 milioni", "rachète Datanube pour 50 millions": no currency near. A deal figure
        // takes the article's currency (or the language's, when the article names none); others keep "".
        const role = moneyRole(text, cues, q, left, right, s, next);
        const kind2 = role.kind === 'previous-valuation' ? 'other' : role.kind;
        const assumed = kind2 !== 'other' ? articleCurrency(qs, lang) : '';
        out.push({ ...figure(q, si, kind2, role.cue, past, cumulative, assumed), inherited: assumed !== '' });
        continue;
      }
    }

    if (kind === 'money') {
      const role = moneyRole(text, cues, q, left, right, s, next);
      let k = role.kind;
      if (k === 'previous-valuation' && !cues.valuation.has(s.start, s.end)) k = 'other';
      if (k === 'valuation' || k === 'valuation-post') {
        // "a pre-money valuation of €X", "post-money": the modifier sits next to the valuation word.
        if (cues.valuationPre.has(Math.max(s.start, q.start - 40), Math.min(s.end, q.end + 30))) k = 'valuation-pre';
        else if (cues.valuationPost.has(Math.max(s.start, q.start - 40), Math.min(s.end, q.end + 30))) k = 'valuation-post';
      }
      if (k === 'amount' && isPublic(cues, s)) k = 'public-investment';
      // "Die Ministerin legt einen Aktionsplan vor. 1,6 Milliarden Euro will ihr Haus … investieren":
      // the plan may be named in the sentence before, in the same paragraph.
      else if ((k === 'amount' || k === 'other') && !privateCue(cues, s) && cues.investmentWord.has(s.start, s.end)) {
        const before = sentences[si - 1];
        if (before && !text.slice(before.end, s.start).includes('\n') && isPublic(cues, before)) k = 'public-investment';
      }
      out.push({ ...figure(q, si, k, role.cue, past, cumulative, unit), inherited });
      continue;
    }
    if (kind === 'percent') {
      const stake = nearestAfter(cues, ['stake'], text, q.end, right) ?? nearestBefore(cues, ['stake'], q.start, left);
      out.push(figure(q, si, stake ? 'stake' : 'other', stake, past, cumulative, q.unit));
      continue;
    }
    if (kind === 'count') {
      out.push(figure(q, si, COUNT_UNITS[q.unit] ?? 'other', null, past, cumulative, q.unit));
      continue;
    }
    out.push(figure(q, si, 'other', null, past, cumulative, q.unit));
  }
  return out;
}

/** The sentence tells of an older deal: an explicit cue, or a month or season opening a sentence after the lead. */
export function isPastSentence(cues: Cues, s: { start: number; end: number }, leadEnd: number): boolean {
  // A date inside "founded in 2023" or "fundada el año pasado" dates the company, not an older deal.
  const notFounding = (m: { start: number; end: number }) => !cues.founded.has(Math.max(s.start, m.start - 30), Math.min(s.end, m.end + 16));
  if (cues.previousRound.within(s.start, s.end).some(notFounding)) return true;
  if (s.start < leadEnd) return false;
  return cues.pastIfNotLead.within(s.start, s.end).some(notFounding);
}

function figure(q: Quantity, sentence: number, kind: FigureKind, cue: Nearest | null, past: boolean, cumulative: boolean, unit: string): RoledFigure {
  return {
    kind,
    value: q.value,
    unit,
    text: q.text,
    start: q.start,
    end: q.end,
    sentence,
    cue: cue?.match.text ?? null,
    distance: cue?.distance ?? Number.POSITIVE_INFINITY,
    past,
    cumulative,
    inherited: false,
    ...(q.alternative ? { alternative: q.alternative } : {}),
  };
}

function moneyRole(
  text: string,
  cues: Cues,
  q: Quantity,
  left: number,
  right: number,
  s: { start: number; end: number },
  next: Quantity | null,
): { kind: FigureKind; cue: Nearest | null } {
  // A role noun right after the figure wins: "$300bn valuation", "$3.7bn in revenue"…
  let after = nearestAfter(cues, MONEY_CUES_AFTER, text, q.end, Math.min(right, q.end + RIGHT_ADJACENT));
  // …unless it opens the clause of the next figure, which sits closer to it: "una ronda de 3.500
  // millones que la valora en 61.500 millones", "1 Mrd. Euro, die es mit 12 Mrd. bewertet".
  if (after && next && next.start >= after.match.end && next.start - after.match.end < after.distance) after = null;
  const before = nearestBefore(cues, MONEY_CUES, q.start, left);
  // …unless a cue touches the figure on the left ("valued at $300bn round").
  const pick = after && !(before && before.distance <= 4 && after.distance > 2) ? after : before;
  if (pick) return { kind: MONEY_ROLE[pick.kind] ?? 'other', cue: pick };
  // No cue in the clause: fall back on what the sentence is about.
  if (cues.acqVerb.has(s.start, s.end) || cues.acqNoun.has(s.start, s.end)) return { kind: 'acquisition-price', cue: null };
  if (cues.fundingVerb.has(s.start, s.end) || cues.fundingNoun.has(s.start, s.end)) return { kind: 'amount', cue: null };
  if (isPublic(cues, s) && cues.investmentWord.has(s.start, s.end)) return { kind: 'public-investment', cue: null };
  return { kind: 'other', cue: null };
}

/** A state or EU plan: public actors or plan words, and no private-round wording in the sentence. */
function isPublic(cues: Cues, s: { start: number; end: number }): boolean {
  const publicCue = cues.publicActor.has(s.start, s.end) || cues.publicPlan.has(s.start, s.end);
  return publicCue && !privateCue(cues, s);
}

/** Private-round wording: a lead investor, a start-up, a company raising. */
function privateCue(cues: Cues, s: { start: number; end: number }): boolean {
  return cues.lead.has(s.start, s.end) || cues.descriptor.has(s.start, s.end) || cues.fundingVerb.has(s.start, s.end);
}

function nearestBefore(cues: Cues, kinds: readonly CueKind[], pos: number, min: number): Nearest | null {
  let best: Nearest | null = null;
  for (const kind of kinds) {
    const m = cues[kind].lastBefore(pos, min);
    if (m && (!best || pos - m.end < best.distance || (pos - m.end === best.distance && m.end - m.start > best.match.end - best.match.start))) {
      best = { kind, match: m, distance: pos - m.end };
    }
  }
  return best;
}

function nearestAfter(cues: Cues, kinds: readonly CueKind[], text: string, pos: number, max: number): Nearest | null {
  let best: Nearest | null = null;
  for (const kind of kinds) {
    const m = cues[kind].firstAfter(pos, max);
    if (!m || !SMALL_GAP.test(text.slice(pos, m.start))) continue;
    // Nearest first; at the same place the longer cue ("worth of shares" over "worth").
    const d = m.start - pos;
    if (!best || d < best.distance || (d === best.distance && m.end > best.match.end)) best = { kind, match: m, distance: d };
  }
  return best;
}

/** Currency of the nearest money in the sentence, else of the previous money in the paragraph. */
function inheritCurrency(paragraphs: Paragraphs, qs: readonly Quantity[], i: number, sentOf: readonly number[]): string | null {
  const q = qs[i] as Quantity;
  const si = sentOf[i] as number;
  let best: Quantity | null = null;
  for (let j = i - 1; j >= 0 && sentOf[j] === si; j--) {
    const c = qs[j] as Quantity;
    if (c.kind === 'money') {
      best = c;
      break;
    }
  }
  for (let j = i + 1; j < qs.length && sentOf[j] === si; j++) {
    const c = qs[j] as Quantity;
    if (c.kind === 'money') {
      if (!best || c.start - q.end < q.start - best.end) best = c;
      break;
    }
  }
  if (best) return best.unit;
  const paragraphStart = paragraphs.at(q.start).start;
  for (let j = i - 1; j >= 0; j--) {
    const c = qs[j] as Quantity;
    if (c.end <= paragraphStart) break;
    if (c.kind === 'money') return c.unit;
  }
  // The same amount written with its currency elsewhere ("raccoglie 600 milioni" / "600 milioni di euro").
  for (const c of qs) if (c.kind === 'money' && Math.abs(c.value - q.value) <= 0.005 * q.value) return c.unit;
  return null;
}

/** The currency an article's amounts are written in: its first money figure's, else the language default. */
function articleCurrency(qs: readonly Quantity[], lang: Lang): string {
  return qs.find((q) => q.kind === 'money')?.unit ?? fundingLexicons[lang].defaultCurrency;
}
