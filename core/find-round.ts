import { fundingLexicons } from '../data/lexicons/funding/index';
import { cueRegex } from './analysis/cue-regex';
import { type Cues, findCues } from './analysis/find-cues';
import { isWordAt } from './analysis/char-class';
import { lazyPerLang } from './lazy';
import { type LatinRegex, latinRegex } from './text/latin-regex';
import type { Lang } from './types';

export interface RoundMention {
  /** Normalised English label: "Seed", "Pre-seed", "Series A"…, "Debt", "Extension", "Growth", "Secondary", "Bridge". */
  label: string;
  start: number;
  end: number;
}

interface CompiledRounds {
  labels: string[];
  series: LatinRegex;
  /** A funding noun near a bare "Serie B" (needed in Italian, where "Serie A" is also a football league). */
  roundNearby: LatinRegex;
  /** A negation ending right before a mention (one adjective allowed: "keine große Series A"). */
  negated: LatinRegex;
}

// Letters A to H cover every series seen in news; "Series B2" and "Series A-1" keep their letter.
const SERIES_LETTER = '([A-H])(?:[-\\s]?\\d)?';
/** Characters around a bare "serie X" searched for a round word. */
const NEARBY = 40;

// Compiled once per language, on its first article.
const compiled = lazyPerLang((lang: Lang): CompiledRounds => {
  const x = fundingLexicons[lang];
  // The series word may be capitalised or not, but the letter must stay a capital ("serie a" is Spanish
  // for "series to"), so the regex is case-sensitive and lists both spellings of the word.
  const words = x.seriesWords.flatMap((w) => [w.toLowerCase(), w.charAt(0).toUpperCase() + w.slice(1)]).join('|');
  return {
    labels: x.rounds.map((r) => r.label),
    // "Series B", "série B", "Serie-D-Finanzierungsrunde", "serie C"; the letter must be a capital.
    // No lookbehind first: a leading literal lets the engine skip ahead; the word start is checked in code.
    series: latinRegex(`(?:${words})[\\s\\u00a0-]*${SERIES_LETTER}(?![\\p{L}])`, 'gu'),
    roundNearby: cueRegex([...x.fundingNouns, ...x.fundingVerbs, ...x.investorNouns, ...x.lead]),
    negated: latinRegex(`(?<![\\p{L}])(?:${x.negations.join('|')})[\\s\\u00a0]+(?:[\\p{L}-]+[\\s\\u00a0]+)?$`, 'iu'),
  };
});

/** Every round label mentioned in `text`, in order. `cues` (from findCues on the same text) spares a pass. */
export function findRounds(text: string, lang: Lang, cues: Cues = findCues(text, lang)): RoundMention[] {
  const c = compiled(lang);
  const out: RoundMention[] = [];
  const series = c.series.for(text);
  series.lastIndex = 0;
  for (let m = series.exec(text); m !== null; m = series.exec(text)) {
    const start = m.index;
    if (isWordAt(text, start - 1)) continue;
    const end = start + m[0].length;
    // A series word is matched case-insensitively only through its lexicon spelling; "Serie A" alone in
    // Italian or Spanish must sit near a funding word to be a round and not a football league.
    const english = /^series/i.test(m[0]);
    if (!english) {
      const around = text.slice(Math.max(0, start - NEARBY), Math.min(text.length, end + NEARBY));
      const nearby = c.roundNearby.for(around);
      nearby.lastIndex = 0;
      if (!nearby.test(around)) continue;
    }
    out.push({ label: `Series ${m[1]}`, start, end });
  }
  c.labels.forEach((label, i) => {
    for (const m of cues.rounds[i]?.items ?? []) out.push({ label, start: m.start, end: m.end });
  });
  return out.filter((r) => !c.negated.test(text.slice(Math.max(0, r.start - 24), r.start))).sort((a, b) => a.start - b.start);
}

export interface RoundContext {
  /** Cues of the same text from findCues, if already computed. */
  cues?: Cues;
  /** Rounds at or after this offset are background (after the lead). */
  leadEnd?: number;
  /** Offsets of the sentence holding the main amount: a round named there is the round. */
  mainSentence?: { start: number; end: number } | null;
  /** Is this offset inside a sentence about an older deal? */
  isPast?: (pos: number) => boolean;
}

// Ranking of candidate mentions: the main amount's sentence (+3), the lead (+2), an older deal (-3).
const IN_MAIN_SENTENCE = 3;
const IN_LEAD = 2;
const PAST = -3;
/** Series letters say more than generic words ("growth", "extension") when both describe the round. */
const SERIES_BONUS = 0.5;

/** The round of the article's deal as a normalised English label, or null when none is named. */
export function findRound(text: string, lang: Lang, ctx: RoundContext = {}): string | null {
  let best: RoundMention | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const r of findRounds(text, lang, ctx.cues)) {
    let score = 0;
    if (ctx.mainSentence && r.start >= ctx.mainSentence.start && r.start < ctx.mainSentence.end) score += IN_MAIN_SENTENCE;
    if (ctx.leadEnd === undefined || r.start < ctx.leadEnd) score += IN_LEAD;
    if (ctx.isPast?.(r.start)) score += PAST;
    if (r.label.startsWith('Series')) score += SERIES_BONUS;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  // A round only named in a background paragraph about an older deal is not this deal's round.
  return best && bestScore > 0 ? best.label : null;
}
