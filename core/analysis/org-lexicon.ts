import { fundingLexicons } from '../../data/lexicons/funding/index';
import type { Lang } from '../types';
import { cueRegex } from './cue-regex';

/** The per-language pieces the organisation patterns need, compiled once per language. */
export interface OrgLexicon {
  notNames: Set<string>;
  /** Global regexes whose matches are erased from a gap before checking it is empty. */
  determiners: RegExp;
  auxiliaries: RegExp;
  joiners: RegExp;
  particles: Set<string>;
  /** A token that ends like a descriptor or an investor noun ("KI-Start-up", "Rüstungskonzern"). */
  descriptorEnd: RegExp;
  /** Prepositions that introduce the receiver of an investment ("in", "dans", "bei"). */
  targets: RegExp;
  ofWords: RegExp;
  leadSuffix: RegExp | null;
  adjectivesAfterNoun: boolean;
  verbSecond: boolean;
  nounArticles: Set<string>;
  /** An unknown one-word name matching this is a capitalised common noun (German). */
  commonNoun: RegExp | null;
  backerSuffix: RegExp | null;
}

const SHARED_NOT_NAMES = ['Series', 'Seed', 'Pre-Seed', 'CEO', 'CTO', 'CFO', 'COO', 'Startup', 'Start-up', 'Scale-up', 'Funding', 'Round', 'Venture', 'Debt', 'Deal', 'Exit', 'IPO', 'Unicorn', 'Tech', 'Big'];

function endRegex(sources: readonly string[]): RegExp {
  return new RegExp(`(?:${[...sources].sort((a, b) => b.length - a.length).join('|')})$`, 'iu');
}

function suffixRegex(sources: readonly string[]): RegExp | null {
  return sources.length ? new RegExp(`-(?:${sources.join('|')})$`, 'iu') : null;
}

function build(lang: Lang): OrgLexicon {
  const x = fundingLexicons[lang];
  return {
    // Plus a few English words every language's articles quote ("keine große Series A").
    notNames: new Set([...x.notNames, ...SHARED_NOT_NAMES]),
    determiners: cueRegex(x.determiners),
    auxiliaries: cueRegex(x.auxiliaries),
    joiners: cueRegex(x.listJoiners),
    particles: new Set(x.nameParticles),
    descriptorEnd: endRegex([...x.companyDescriptors, ...x.investorNouns]),
    targets: cueRegex(x.investTargets),
    ofWords: cueRegex(x.ofWords),
    leadSuffix: suffixRegex(x.leadSuffixes),
    adjectivesAfterNoun: x.adjectivesAfterNoun,
    verbSecond: x.verbSecond,
    nounArticles: new Set(x.nounArticles),
    // Only words of six letters or more: short names ("Tado", "Enpal") are left alone.
    commonNoun: x.commonNounEndings.length ? new RegExp(`^\\p{L}{3,}(?:${x.commonNounEndings.join('|')})$`, 'u') : null,
    backerSuffix: suffixRegex(x.backerSuffixes),
  };
}

const cache = new Map<Lang, OrgLexicon>();
export function orgLexicon(lang: Lang): OrgLexicon {
  let l = cache.get(lang);
  if (!l) {
    l = build(lang);
    cache.set(lang, l);
  }
  return l;
}
