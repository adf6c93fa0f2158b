import { fundingLexicons, NEGATIVE_IDS, type NegativeId } from '../../data/lexicons/funding/index';
import type { Lang } from '../types';
import { CueList } from './cue-index';
import type { Match } from './cue-index';
import { PhraseMatcher } from './phrase-matcher';

export const CUE_KINDS = [
  'ai',
  'fundingVerb',
  'investVerb',
  'fundingNoun',
  'investorNoun',
  'lead',
  'leadAfter',
  'participation',
  'participationAfter',
  'descriptor',
  'valuation',
  'valuationPre',
  'valuationPost',
  'previousValue',
  'previousRound',
  'pastIfNotLead',
  'founded',
  'cumulative',
  'tranche',
  'users',
  'revenue',
  'loss',
  'employees',
  'stake',
  'acqVerb',
  'acqPassive',
  'acqNoun',
  'publicActor',
  'publicPlan',
  'investmentWord',
  'source',
  'analyst',
  'personTitle',
  'rival',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];
export type NegativeKind = `neg:${NegativeId}`;
/** Labelled rounds of the lexicon, by their index in `rounds` ("Seed", "Debt"…), found in the same pass. */
export type RoundKind = `round:${number}`;

interface CompiledCues {
  matcher: PhraseMatcher;
  /** For each list of the matcher, the cue kind it feeds (a kind may have a folded and a cased list). */
  kinds: (CueKind | NegativeKind | RoundKind)[];
  roundCount: number;
}

function compile(lang: Lang): CompiledCues {
  const x = fundingLexicons[lang];
  const lists: { entries: readonly string[]; cased: boolean }[] = [];
  const kinds: (CueKind | NegativeKind | RoundKind)[] = [];
  const add = (kind: CueKind | NegativeKind | RoundKind, entries: readonly string[], cased = false) => {
    lists.push({ entries, cased });
    kinds.push(kind);
  };
  add('ai', x.aiTerms);
  add('ai', x.aiTermsCased, true);
  add('fundingVerb', x.fundingVerbs);
  add('investVerb', x.investVerbs);
  add('fundingNoun', x.fundingNouns);
  add('investorNoun', x.investorNouns);
  add('lead', x.lead);
  add('leadAfter', x.leadAfter);
  add('participation', x.participation);
  add('participationAfter', x.participationAfter);
  add('descriptor', x.companyDescriptors);
  add('valuation', x.valuation);
  add('valuationPre', x.valuationPre);
  add('valuationPost', x.valuationPost);
  add('previousValue', x.previousValue);
  add('previousRound', x.previousRound);
  add('pastIfNotLead', x.pastIfNotLead);
  add('founded', x.founded);
  add('cumulative', x.cumulative);
  add('tranche', x.tranche);
  add('users', x.users);
  add('revenue', x.revenue);
  add('loss', x.loss);
  add('employees', x.employees);
  add('stake', x.stake);
  add('acqVerb', x.acquisitionVerbs);
  add('acqPassive', x.acquisitionPassive);
  add('acqNoun', x.acquisitionNouns);
  // Public actors are proper nouns or acronyms as often as common words: "EU" must not match "eu".
  add('publicActor', x.publicActors.filter((e) => !ACRONYM.test(e)));
  add('publicActor', x.publicActors.filter((e) => ACRONYM.test(e)), true);
  add('publicPlan', x.publicPlan);
  add('investmentWord', x.investmentWords);
  add('source', x.sources);
  add('analyst', x.analysts);
  add('personTitle', x.personTitles);
  add('rival', x.rivals ?? []);
  for (const id of NEGATIVE_IDS) add(`neg:${id}`, x.negatives[id]);
  x.rounds.forEach((r, i) => {
    add(`round:${i}`, [r.pattern]);
  });
  return { matcher: new PhraseMatcher(lists), kinds, roundCount: x.rounds.length };
}

const ACRONYM = /^[A-Z]{2,}$/;

// Compiled once per language on first use: one article uses one language, so the other four are never
// built on a page.
const compiled = new Map<Lang, CompiledCues>();
function compiledFor(lang: Lang): CompiledCues {
  let c = compiled.get(lang);
  if (!c) {
    c = compile(lang);
    compiled.set(lang, c);
  }
  return c;
}

export type Cues = Record<CueKind | NegativeKind, CueList> & {
  /** Labelled round mentions, one list per entry of the lexicon's `rounds`. */
  rounds: CueList[];
};

/** A cue whose text is cut from the article only when asked for: most cues are never printed. */
class CueMatch implements Match {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}
  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

/** All lexicon cues of one language found in `text`, by kind. One linear pass for all kinds together. */
export function findCues(text: string, lang: Lang): Cues {
  const c = compiledFor(lang);
  const perList = c.matcher.match(text);
  const byKind = new Map<CueKind | NegativeKind | RoundKind, Match[][]>();
  perList.forEach((matches, id) => {
    const kind = c.kinds[id] as CueKind | NegativeKind | RoundKind;
    const withText = matches.map((m) => new CueMatch(text, m.start, m.end));
    const lists = byKind.get(kind);
    if (lists) lists.push(withText);
    else byKind.set(kind, [withText]);
  });
  const listOf = (kind: CueKind | NegativeKind | RoundKind) => {
    const lists = byKind.get(kind) ?? [];
    return new CueList(lists.length === 1 ? (lists[0] as Match[]) : mergeSorted(lists));
  };
  const out = { rounds: Array.from({ length: c.roundCount }, (_, i) => listOf(`round:${i}`)) } as Cues;
  for (const kind of [...CUE_KINDS, ...NEGATIVE_IDS.map((id) => `neg:${id}` as NegativeKind)]) out[kind] = listOf(kind);
  return out;
}

function mergeSorted<T extends { start: number; end: number }>(lists: T[][]): T[] {
  const all = lists.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the lists non-overlapping, as one regex would: the earlier (then longer) match wins.
  const out: T[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

export { NEGATIVE_IDS };
