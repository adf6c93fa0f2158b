import { type LatinRegex, latinRegex } from '../text/latin-regex';
import { isLetterAt } from './char-class';
import type { Cues } from './find-cues';
import type { NameSpan } from './find-names';
import type { OrgLexicon } from './org-lexicon';

/** Gaps longer than this between a cue and a name break the link (a clause, not a phrase). */
const MAX_GAP = 70;
/** Words of filler allowed between a cue and its name ("in defence AI firm Helsing"). */
const MAX_FILLER_WORDS = 4;

const PUNCT_SPACE = /[\s\u00a0\u202f,:()"“”«»„‚'’–—-]/gu;
const WORD_RE = latinRegex(/[\p{L}\p{N}][\p{L}\p{N}.&-]*/gu);
const HAS_UPPER = latinRegex(/\p{Lu}/u);
/** "Basler Risikokapitalgeber": a capitalised word ending in "-er" (German place adjectives) and the word
 *  after it. Words of fewer than six letters are left out so that names such as "Uber" stay names. */
const GERMAN_PLACE_ADJECTIVE = latinRegex(/(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{3,}er)([\s\u00a0]+)([\p{L}\p{N}][\p{L}\p{N}.&-]*)/gu);
const APPOSITION = /^\s*(?:,[^,.;!?\n]{1,100},|\([^()\n]{0,60}\))/u;
const POSSESSIVE_AFTER = latinRegex(/^[’']s?(?![\p{L}])/u);
/** The word (apostrophes included) right before a name, for article and "of" checks. */
const LAST_WORD = latinRegex(/([\p{L}’']+)[\s\u00a0]*$/u);
/** A sentence or clause stop; a dot inside a number ("14.300") or a name ("T. Rowe") is not one. */
const WORD_CHAR = /\p{L}/u;
const SENTENCE_STOP = /[;!?\n]|\.(?=\s|$)/;
/** What follows a wire dateline's place ("ANCONA (ANSA) - ", "BERLIN, 3. März (Reuters) – "): an optional
 *  date, an optional agency in brackets, then a dash. Bounded pieces, so one pass over at most ~70 chars. */
const DATELINE_AFTER = /^(?:,[^\n,()–—-]{1,30})?[\s\u00a0]*(\([^()\n]{1,30}\))?[\s\u00a0]*[-–—][\s\u00a0]/u;
const ALL_CAPS = latinRegex(/^[\p{Lu}\s\u00a0.'’-]+$/u);
/** Between an analyst noun and the employer's name: "analysts at X", "analystes de X", "Analysten von X". */
const ANALYST_LINK = /^[\s\u00a0]*(?:at|from|with|of|chez|de|d[’']|du|des|bei|von|der|del|della|dei|di)?[\s\u00a0]*$/iu;
const BY_WORDS = /^[\s\u00a0]*(?:by|par|durch|von|por|da parte di|da|dal|dalla)[\s\u00a0]+$/iu;

/** Gap and neighbour tests around a cue. Every lookup is a binary search over the sorted names. */
export class Finder {
  constructor(
    private readonly text: string,
    private readonly names: NameSpan[],
    private readonly lex: OrgLexicon,
    private readonly cues: Cues,
  ) {}

  private firstStartingAt(pos: number): number {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.names[mid] as NameSpan).start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lastEndingBy(pos: number, min: number): NameSpan | null {
    for (let i = this.firstStartingAt(pos) - 1; i >= 0; i--) {
      const n = this.names[i] as NameSpan;
      if (n.end <= pos) return n.start >= min ? n : null;
    }
    return null;
  }

  /** Only determiners, punctuation and (optionally) a few lowercase filler words. */
  private fillerOnly(gap: string, fillerWords: number): boolean {
    if (gap.length > MAX_GAP || SENTENCE_STOP.test(gap)) return false;
    const noPlaces = this.withoutPlaceAdjectives(gap);
    // Gaps and what is made of them hold only characters of the text: the regex forms are the text's.
    const rest = noPlaces.replace(this.lex.determiners.for(this.text), ' ');
    let words = 0;
    const wordRe = WORD_RE.for(this.text);
    wordRe.lastIndex = 0;
    for (let m = wordRe.exec(rest); m !== null; m = wordRe.exec(rest)) {
      const w = m[0];
      // Sentence words that are capitalised (determiners, nationalities, descriptors, "AI") are free;
      // other capitalised words are names and end the gap; lowercase words count against the limit.
      // A job title before a person's name is free too ("darunter Oculus-Mitgründer Brendan Iribe").
      if (this.lex.notNames.has(w) || this.lex.descriptorEnd.test(w) || /^(?:AI|IA|KI)$/.test(w) || this.lex.titleEnd.test(w)) continue;
      if (HAS_UPPER.for(this.text).test(w) || ++words > fillerWords) return false;
    }
    return true;
  }

  /** German capitalises adjectives of place before a noun ("vom Basler Risikokapitalgeber X", "der
   *  Wiener Investor Y"): a capitalised "-er" word right before a descriptor or investor noun is one. */
  private withoutPlaceAdjectives(gap: string): string {
    if (!this.lex.verbSecond) return gap;
    return gap.replace(GERMAN_PLACE_ADJECTIVE.for(this.text), (m: string, _adj: string, space: string, next: string) =>
      this.lex.descriptorEnd.test(next) ? `${space}${next}` : m,
    );
  }

  private emptyGap(gap: string): boolean {
    return gap.replace(this.lex.auxiliaries.for(this.text), ' ').replace(PUNCT_SPACE, '').length === 0;
  }

  /** The subject right before a verb: "OpenAI raises", "OpenAI, the ChatGPT maker, has raised". */
  subjectBefore(pos: number, min: number): NameSpan | null {
    const n = this.lastEndingBy(pos, min);
    if (!n || pos - n.end > 140) return null;
    let gap = this.text.slice(n.end, pos);
    gap = gap.replace(APPOSITION, ' ');
    if (/^[’']s\b/u.test(gap)) return null; // "OpenAI’s backers raised": the possessor is not the subject
    if (!this.emptyGap(gap) || SENTENCE_STOP.test(gap)) return null;
    // German puts the verb second or last: a subject opens its clause ("Helsing sammelt…", "Das Start-up
    // Helsing hat … eingesammelt"); a noun right before a final participle is an object
    // ("118 Millionen Dollar Risikokapital eingesammelt").
    if (this.lex.verbSecond && !this.opensClause(n, min)) return null;
    // "über ein Wandeldarlehen gesichert": in German a name after an article or preposition is an object;
    // in every language a name after "of" is a complement ("el grupo de Mark Zuckerberg obtiene…").
    const before = this.text.slice(Math.max(min, n.start - 16), n.start);
    const lastWord = LAST_WORD.for(this.text).exec(before)?.[1];
    if (lastWord && this.lex.nounArticles.has(lastWord.toLowerCase())) return null;
    if (lastWord && /^(?:of|de|d[’']|du|des|von|vom|der|di|del|della|dei|degli)$/iu.test(lastWord)) return null;
    // "X, the start-up founded by Y, has closed": Y ends an apposition that opened after X.
    if (/^\s*,/.test(gap)) {
      const head = this.sentenceSubject(min, n.start);
      if (head && head !== n && /^\s*,/.test(this.text.slice(head.end, head.end + 3))) return head;
    }
    return n;
  }

  /** The first name of a sentence, when only determiners and descriptors precede it ("Das Berliner
   *  Start-up Parloa, das …, hat … abgeschlossen"): the subject when the verb comes late. */
  sentenceSubject(start: number, end: number): NameSpan | null {
    const n = this.names[this.firstStartingAt(start)];
    if (!n || n.start >= end || n.start - start > MAX_GAP) return null;
    // A wire dateline's place is not the subject: the sentence starts after its dash.
    const dateline = DATELINE_AFTER.exec(this.text.slice(n.end, n.end + 70));
    if (dateline && (dateline[1] || ALL_CAPS.for(this.text).test(n.name))) return this.sentenceSubject(n.end + dateline[0].length, end);
    // One adjective may come first ("La barcelonesa Ondara AI ha…").
    return this.fillerOnly(this.text.slice(start, n.start), 1) ? n : null;
  }

  /** Only determiners, descriptors and adjectives between the clause start (sentence start or comma) and `n`. */
  private opensClause(n: NameSpan, min: number): boolean {
    const before = this.text.slice(Math.max(min, n.start - 200), n.start);
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf('–')) + 1);
    return this.fillerOnly(clause, 1);
  }

  /** "X, the start-up behind…": the name before an apposition that starts with a descriptor. */
  appositionBefore(pos: number, min: number): NameSpan | null {
    const n = this.lastEndingBy(pos, min);
    if (!n || pos - n.end > MAX_GAP) return null;
    const gap = this.text.slice(n.end, pos);
    return /^\s*,/.test(gap) && this.fillerOnly(gap, 2) ? n : null;
  }

  /** The first name after `pos` within the clause, reached over determiners (and adjectives if allowed). */
  nameAfter(pos: number, max: number, adjectives: boolean | number): NameSpan | null {
    const n = this.names[this.firstStartingAt(pos)];
    if (!n || n.start >= max || n.start - pos > MAX_GAP) return null;
    const slack = typeof adjectives === 'number' ? adjectives : adjectives && this.lex.adjectivesAfterNoun ? 2 : 0;
    const gap = this.text.slice(pos, n.start);
    // "un laboratorio de la Universitat…": the name after "of" owns the thing, it is not its name.
    if (adjectives === true && this.lastMatch(this.lex.ofWords, gap) !== null) return null;
    return this.fillerOnly(gap, slack) ? this.skipPossessor(n, max) : null;
  }

  /** "Finland’s Silo AI": when a name is a possessor followed by another name, the second one is meant. */
  private skipPossessor(n: NameSpan, max: number): NameSpan {
    const after = this.text.slice(n.end, n.end + 3);
    if (!POSSESSIVE_AFTER.for(this.text).test(after)) return n;
    const next = this.names[this.firstStartingAt(n.end)];
    if (next && next.start < max && next.start - n.end <= 4) return next;
    return n;
  }

  /** Object of an acquisition verb: "buys X", "rachète la start-up X". */
  objectAfter(pos: number, max: number): NameSpan | null {
    // Adjectives may come first in every language ("das israelische Start-up Run:ai").
    return this.nameAfter(pos, max, 2);
  }

  /** "invests $X in Y", "steckt vier Milliarden in Anthropic": a name after a target preposition. */
  targetAfter(v: { start: number; end: number; text: string }, max: number): NameSpan | null {
    const limit = Math.min(max, v.end + 160);
    // The verb itself may end with its preposition ("steigt bei", "entra nel capitale di").
    const verbHasTarget = this.lastMatch(this.lex.targets, v.text.split(/\s+/).pop() ?? '') !== null;
    for (let i = this.firstStartingAt(v.end); i < this.names.length; i++) {
      const n = this.names[i] as NameSpan;
      if (n.start >= limit) break;
      const between = this.text.slice(v.end, n.start);
      if (SENTENCE_STOP.test(between)) break;
      if (verbHasTarget && this.fillerOnly(between, 1)) return this.skipPossessor(n, max);
      const t = this.lastMatch(this.lex.targets, between);
      if (t && this.fillerOnly(between.slice(t.end), MAX_FILLER_WORDS)) return this.skipPossessor(n, max);
    }
    return null;
  }

  /** "OpenAI’s funding round", "Anthropic's valuation": a possessor right before a noun. */
  possessorBefore(pos: number, min: number): NameSpan | null {
    const n = this.lastEndingBy(pos, min);
    if (!n || pos - n.end > MAX_GAP) return null;
    const gap = this.text.slice(n.end, pos);
    const m = /^[’']s?\s/u.exec(gap);
    return m && this.fillerOnly(gap.slice(m[0].length), 3) ? n : null;
  }

  /** "levée de fonds d’OpenAI", "Finanzierungsrunde von Helsing", "acquisition of Run:ai". */
  ofNameAfter(pos: number, max: number): NameSpan | null {
    const n = this.names[this.firstStartingAt(pos)];
    if (!n || n.start >= max || n.start - pos > 40) return null;
    const gap = this.text.slice(pos, n.start);
    const of = this.lastMatch(this.lex.ofWords, gap);
    if (!of) return null;
    return this.fillerOnly(gap.slice(of.end), 2) && this.fillerOnly(gap.slice(0, of.start), 0) ? n : null;
  }

  /** "le rachat de X par Y": Y. */
  byNameAfter(pos: number, max: number): NameSpan | null {
    const n = this.names[this.firstStartingAt(pos)];
    if (!n || n.start >= max || n.start - pos > 40) return null;
    return BY_WORDS.test(this.text.slice(pos, n.start)) ? n : null;
  }

  /** A list of names after a cue: "led by X, with Y and Z", "on retrouve les géants SoftBank et Microsoft". */
  listAfter(pos: number, max: number, possessiveStops = false): NameSpan[] {
    const out: NameSpan[] = [];
    let cur = pos;
    for (let i = this.firstStartingAt(pos); i < this.names.length; i++) {
      const n = this.names[i] as NameSpan;
      if (n.start >= max || n.start - cur > MAX_GAP) break;
      // "der US-Fonds Halvard Partners": a country glued to a noun by a hyphen is an adjective, not an item.
      if (out.length === 0 && n.entry?.kinds.includes('country') && this.text[n.end] === '-' && isLetterAt(this.text, n.end + 1)) continue;
      const gap = this.text.slice(cur, n.start);
      if (out.length === 0) {
        if (!this.fillerOnly(gap, 2)) break;
        // "Investoren sind überzeugt: Caremind hat…": words and then a colon open a clause, not a list
        // (a list after a colon is read by the caller that looks for one).
        const colon = gap.indexOf(':');
        if (colon > 0 && WORD_CHAR.test(gap.slice(0, colon))) break;
        // "Beteiligungsgesellschaft von Spotify": the name owns the investor, it is not one.
        if (possessiveStops && this.lastMatch(this.lex.ofWords, gap) !== null) break;
      } else {
        const joiner = this.lastMatch(this.lex.joiners, gap) !== null;
        const joined = gap.includes(',') || joiner;
        // "X, der Beteiligungsgesellschaft von Y": an apposition about X, not a new item. After a bare
        // comma only determiners may follow ("X, teilte DeepL mit" ends the list); after "and" two
        // adjectives may ("sowie der schwedische Rüstungskonzern Saab").
        if (!joined || this.lastMatch(this.lex.ofWords, gap) !== null || !this.fillerOnly(gap.replace(this.lex.joiners.for(this.text), ' '), joiner ? 2 : 0)) break;
      }
      // "Spotify founder Daniel Ek's Prima Materia": skip the possessor.
      const item = this.skipPossessor(n, max);
      // "Iconiq, the San Francisco firm that…": a place before a descriptor is an apposition, not a backer.
      if (this.cues.descriptor.firstAfter(item.end, item.end + 2) !== null) break;
      out.push(item);
      cur = item.end;
      while (i + 1 < this.names.length && (this.names[i + 1] as NameSpan).start < cur) i++;
    }
    return out;
  }

  /** "Microsoft, Coatue and Thrive Capital also took part": the names right before a cue, last first. */
  listBefore(pos: number, min: number): NameSpan[] {
    const out: NameSpan[] = [];
    let cur = pos;
    for (let i = this.firstStartingAt(pos) - 1; i >= 0; i--) {
      const n = this.names[i] as NameSpan;
      if (n.end > cur) continue;
      if (n.start < min || cur - n.end > MAX_GAP) break;
      const gap = this.text.slice(n.end, cur);
      if (out.length === 0) {
        // "Picus Capital und zwei Business Angels beteiligten sich": unnamed backers may close the list.
        const joiner = this.lastMatch(this.lex.joiners, gap);
        if (!this.emptyGap(gap) && !(joiner && this.emptyGap(gap.slice(0, joiner.start)) && this.fillerOnly(gap.slice(joiner.end), 2))) break;
      } else {
        const joined = gap.includes(',') || this.lastMatch(this.lex.joiners, gap) !== null;
        if (!joined || !this.fillerOnly(gap.replace(this.lex.joiners.for(this.text), ' '), 1)) break;
      }
      out.push(n);
      cur = n.start;
    }
    return out.reverse();
  }

  /** Runs of two or more names separated only by commas and joiners ("X, Y and Z"), in one clause. */
  enumerations(): NameSpan[][] {
    const out: NameSpan[][] = [];
    let chain: NameSpan[] = [];
    for (const n of this.names) {
      const prev = chain[chain.length - 1];
      if (prev && n.start >= prev.end && n.start - prev.end <= 30) {
        const gap = this.text.slice(prev.end, n.start);
        const joined = gap.length <= 30 && (gap.includes(',') || this.lastMatch(this.lex.joiners, gap) !== null);
        if (joined && this.fillerOnly(gap.replace(this.lex.joiners.for(this.text), ' '), 0)) {
          chain.push(n);
          continue;
        }
      }
      if (chain.length >= 2) out.push(chain);
      chain = [n];
    }
    if (chain.length >= 2) out.push(chain);
    return out;
  }

  /** The person right after a title ("chief executive Sam Altman", "Gründerin Lena Brandt"); not the
   *  organisation after "of" ("presidente di Domyn"). */
  personAfter(pos: number): NameSpan | null {
    const n = this.names[this.firstStartingAt(pos)];
    if (!n || n.entry || n.start - pos > 40) return null;
    const gap = this.text.slice(pos, n.start);
    return this.lastMatch(this.lex.ofWords, gap) === null && this.fillerOnly(gap, 1) ? n : null;
  }

  /** A descriptor ("start-up", "Start-up", "firm") right after the name, one space between. */
  descriptorRightAfter(n: NameSpan): boolean {
    const d = this.cues.descriptor.firstAfter(n.end, this.text.length);
    return d !== null && d.start === n.end + 1 && /^[ \u00a0]$/.test(this.text.slice(n.end, d.start));
  }

  /** "according to Bloomberg", "laut Handelsblatt", "analysts at Morgan Stanley", "Goldman analysts":
   *  a source or an analyst's employer in this mention, not a party to the deal. */
  isSourceOrAnalyst(n: NameSpan): boolean {
    const src = this.cues.source.lastBefore(n.start, n.start - 40);
    if (src && this.fillerOnly(this.text.slice(src.end, n.start), 1)) return true;
    const before = this.cues.analyst.lastBefore(n.start, n.start - 25);
    if (before && ANALYST_LINK.test(this.text.slice(before.end, n.start))) return true;
    const after = this.cues.analyst.firstAfter(n.end, n.end + 14);
    return after !== null && /^(?:[’']s)?[\s\u00a0]*$/u.test(this.text.slice(n.end, after.start));
  }

  /** The last match of a lexicon regex in `s`, a piece of the text. */
  private lastMatch(regex: LatinRegex, s: string): { start: number; end: number } | null {
    return lastMatch(regex, s, this.text);
  }

}

/** The last match of `regex` in `s`, with the regex form for `text`, which `s` is made of. */
function lastMatch(regex: LatinRegex, s: string, text: string): { start: number; end: number } | null {
  const re = regex.for(text);
  let last: { start: number; end: number } | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = { start: m.index, end: m.index + m[0].length };
  re.lastIndex = 0;
  return last;
}
