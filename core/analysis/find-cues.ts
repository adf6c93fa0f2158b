import { fundingLexicons, NEGATIVE_IDS, type NegativeId } from '../../data/lexicons/funding/index';
import type { Lang } from '../types';
import { CueList } from './cue-index';
import { allMatches, cueRegex } from './cue-regex';

export const CUE_KINDS = [
  'ai',
  'fundingVerb',
  'investVerb',
  'fundingNoun',
  'investorNoun',
  'lead',
  'leadAfter',
  'participation',
  'descriptor',
  'valuation',
  'valuationPre',
  'valuationPost',
  'previousValue',
  'previousRound',
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
] as const;
export type CueKind = (typeof CUE_KINDS)[number];
export type NegativeKind = `neg:${NegativeId}`;

type Compiled = Record<CueKind | NegativeKind, RegExp[]>;

function compile(lang: Lang): Compiled {
  const x = fundingLexicons[lang];
  const r = (list: readonly string[]) => [cueRegex(list)];
  const out = {
    ai: [cueRegex(x.aiTerms), cueRegex(x.aiTermsCased, true)],
    fundingVerb: r(x.fundingVerbs),
    investVerb: r(x.investVerbs),
    fundingNoun: r(x.fundingNouns),
    investorNoun: r(x.investorNouns),
    lead: r(x.lead),
    leadAfter: r(x.leadAfter),
    participation: r(x.participation),
    descriptor: r(x.companyDescriptors),
    valuation: r(x.valuation),
    valuationPre: r(x.valuationPre),
    valuationPost: r(x.valuationPost),
    previousValue: r(x.previousValue),
    previousRound: r(x.previousRound),
    cumulative: r(x.cumulative),
    tranche: r(x.tranche),
    users: r(x.users),
    revenue: r(x.revenue),
    loss: r(x.loss),
    employees: r(x.employees),
    stake: r(x.stake),
    acqVerb: r(x.acquisitionVerbs),
    acqPassive: r(x.acquisitionPassive),
    acqNoun: r(x.acquisitionNouns),
    // Public actors are proper nouns or acronyms as often as common words: "EU" must not match "eu".
    publicActor: [cueRegex(x.publicActors.filter((s) => !/^[A-Z]{2,}$/.test(s))), cueRegex(x.publicActors.filter((s) => /^[A-Z]{2,}$/.test(s)), true)],
    publicPlan: r(x.publicPlan),
    investmentWord: r(x.investmentWords),
    source: r(x.sources),
    analyst: r(x.analysts),
  } as Compiled;
  for (const id of NEGATIVE_IDS) out[`neg:${id}`] = [cueRegex(x.negatives[id])];
  return out;
}

// Compiled once per language on first use: the five languages together would cost every page a few
// milliseconds of regex compilation for nothing, since one article uses one language.
const compiled = new Map<Lang, Compiled>();
function compiledFor(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    c = compile(lang);
    compiled.set(lang, c);
  }
  return c;
}

export type Cues = Record<CueKind | NegativeKind, CueList>;

/** All lexicon cues of one language found in `text`, by kind. Linear in the text: one pass per kind. */
export function findCues(text: string, lang: Lang): Cues {
  const c = compiledFor(lang);
  const out = {} as Cues;
  for (const kind of Object.keys(c) as (CueKind | NegativeKind)[]) {
    const regexes = c[kind];
    const matches = regexes.length === 1 ? allMatches(regexes[0] as RegExp, text) : mergeSorted(regexes.map((re) => allMatches(re, text)));
    out[kind] = new CueList(matches);
  }
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
