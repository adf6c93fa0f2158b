import { fundingLexicons } from '../../data/lexicons/funding/index';
import type { Lang } from '../types';
import { LatinRegex } from '../text/latin-regex';
import { cueRegex } from './cue-regex';
import { expandEntry } from './phrase-matcher';

/** The per-language pieces the organisation patterns need, compiled once per language. */
export interface OrgLexicon {
  notNames: Set<string>;
  /** Global regexes whose matches are erased from a gap before checking it is empty. */
  determiners: LatinRegex;
  auxiliaries: LatinRegex;
  joiners: LatinRegex;
  particles: Set<string>;
  /** A token that ends like a descriptor or an investor noun ("KI-Start-up", "Rüstungskonzern"). */
  descriptorEnd: { test(word: string): boolean };
  /** Prepositions that introduce the receiver of an investment ("in", "dans", "bei"). */
  targets: LatinRegex;
  ofWords: LatinRegex;
  leadSuffix: LatinRegex | null;
  adjectivesAfterNoun: boolean;
  verbSecond: boolean;
  nounArticles: Set<string>;
  /** An unknown one-word name matching this is a capitalised common noun (German). */
  commonNoun: LatinRegex | null;
  backerSuffix: LatinRegex | null;
  /** A token that is a person's title ("Oculus-Mitgründer", "fondatore"): a list may pass over it. */
  titleEnd: { test(word: string): boolean };
}

const SHARED_NOT_NAMES = ['Series', 'Seed', 'Pre-Seed', 'CEO', 'CTO', 'CFO', 'COO', 'Startup', 'Start-up', 'Scale-up', 'Funding', 'Round', 'Venture', 'Debt', 'Deal', 'Exit', 'IPO', 'Unicorn', 'Tech', 'Big', 'Business', 'Angels'];

/**
 * Whole words and word endings from lexicon entries ("start-?ups?" is a whole word, "\p{L}*[Kk]onzern" an
 * ending), tested with a few Set lookups per word instead of a regex of many `\p{L}*…$` alternatives.
 */
class WordEndings {
  private readonly whole = new Set<string>();
  private readonly endings = new Set<string>();
  private readonly lengths: number[] = [];
  private readonly fallback: LatinRegex | null;

  constructor(entries: readonly string[]) {
    const rest: string[] = [];
    for (const entry of entries) {
      const ending = /^\\p\{L\}[*+]/.test(entry);
      const phrases = expandEntry(ending ? entry.slice(6) : entry);
      if (!phrases) {
        rest.push(entry);
        continue;
      }
      for (const p of phrases) (ending ? this.endings : this.whole).add(p.toLowerCase());
    }
    this.lengths = [...new Set([...this.endings].map((e) => e.length))].sort((a, b) => a - b);
    this.fallback = rest.length ? new LatinRegex(`(?:${rest.join('|')})$`, 'iu') : null;
  }

  test(word: string): boolean {
    const w = word.toLowerCase();
    if (this.whole.has(w)) return true;
    // The regex this replaces matched at the end of the word, after any letters or a hyphen.
    for (const len of this.lengths) {
      if (len > w.length) break;
      if (this.endings.has(w.slice(w.length - len))) return true;
    }
    // A whole word may end a compound after a hyphen ("KI-Start-up", "US-Investmentfirma").
    for (let i = w.indexOf('-'); i >= 0; i = w.indexOf('-', i + 1)) if (this.whole.has(w.slice(i + 1))) return true;
    return this.fallback?.test(word) ?? false;
  }
}

function suffixRegex(sources: readonly string[]): LatinRegex | null {
  return sources.length ? new LatinRegex(`-(?:${sources.join('|')})$`, 'iu') : null;
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
    descriptorEnd: new WordEndings([...x.companyDescriptors, ...x.investorNouns]),
    targets: cueRegex(x.investTargets),
    ofWords: cueRegex(x.ofWords),
    leadSuffix: suffixRegex(x.leadSuffixes),
    adjectivesAfterNoun: x.adjectivesAfterNoun,
    verbSecond: x.verbSecond,
    nounArticles: new Set(x.nounArticles),
    // Only words of six letters or more: short names ("Tado", "Enpal") are left alone.
    commonNoun: x.commonNounEndings.length ? new LatinRegex(`^\\p{L}{3,}(?:${x.commonNounEndings.join('|')})$`, 'u') : null,
    backerSuffix: suffixRegex(x.backerSuffixes),
    titleEnd: new WordEndings(x.personTitles),
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
