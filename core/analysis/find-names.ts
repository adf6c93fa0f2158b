import type { GazetteerEntry } from '../../data/gazetteer';
import { latinRegex } from '../text/latin-regex';
import type { Lang } from '../types';
import type { Cues } from './find-cues';
import { isLetterAt, isUpperAt, isWordAt } from './char-class';
// Local bindings: hot loops call these per character, and module bindings can cost a getter call.
const isLetterAt_ = isLetterAt;
const isUpperAt_ = isUpperAt;
const isWordAt_ = isWordAt;
import { CueList } from './cue-index';
import { matchGazetteer } from './match-gazetteer';
import { type OrgLexicon, orgLexicon } from './org-lexicon';

/** A span that names something: a gazetteer organisation, or a run of capitalised words. */
export interface NameSpan {
  start: number;
  end: number;
  name: string;
  entry: GazetteerEntry | null;
  /** "SoftBank-led": the hyphenated suffix gave this name a role. */
  suffix?: 'lead' | 'backer';
}

// Words joined by inner dots, ampersands and hyphens stay one token ("Character.AI", "Mercedes-Benz");
// apostrophes split, so that "OpenAI’s" and "d’OpenAI" both expose "OpenAI".
const JOINERS = new Set([46, 38, 45]); // . & -
/** A name word starts with a capital, or is camel-cased from a lowercase start ("xAI", "iGenius"). */
function isNameWord(text: string, start: number, end: number): boolean {
  if (isUpperAt_(text, start)) return true;
  if (!isLetterAt_(text, start)) return false;
  for (let k = start + 1; k < end && k < start + 4; k++) {
    if (isUpperAt_(text, k)) return true;
    if (!isLetterAt_(text, k)) return false;
  }
  return false;
}
const SINGLE_SPACE = /^[ \u00a0]$/;
const AMPERSAND = /^[ \u00a0]?&[ \u00a0]?$/;
/** Trailing words that belong to a company name rather than to the sentence ("Quillmark AI", "Foo Labs"). */
const NAME_SUFFIXES = new Set(['AI', 'IA', 'KI', 'Labs', 'Lab', 'Technologies', 'Robotics', 'Capital', 'Ventures', 'Partners', 'Systems', 'Inc', 'Group', 'Bio', 'Health', 'Security', 'Intelligence', 'Computing', 'Materia', 'Angels']);
/** Cue kinds that are verbs or role phrases: a name never runs through them. */
/** Words that extend a known name into one of its funds or arms ("Goldman Sachs Alternatives"). */
const ORG_SUFFIX = new Set(['Growth', 'Alternatives', 'Capital', 'Ventures', 'Partners', 'Management', 'Investments', 'Group', 'Fund', 'Climate', 'VC', 'Holdings', 'Corp', 'Inc', 'Asset', 'Advisors', 'Opportunities', 'International']);
/** "San Francisco-based", "Paris-born": an adjective made of a place, never an organisation. */
const PLACE_ADJECTIVE = /-(?:based|born|headquartered|listed|area)$/i;
const BREAKERS = ['fundingVerb', 'investVerb', 'acqVerb', 'acqPassive', 'lead', 'leadAfter', 'participation'] as const;

interface Token {
  start: number;
  end: number;
  text: string;
}

/**
 * Every name-like span in reading order: gazetteer matches first (they are exact), then runs of
 * capitalised words outside them, trimmed of sentence words ("The", "Das Münchner KI-Start-up").
 * Whether a capitalised run is an organisation is decided later by the role patterns around it.
 */
export function findNames(text: string, lang: Lang, cues: Cues): NameSpan[] {
  const lex = orgLexicon(lang);
  const gaz = matchGazetteer(text);
  const out: NameSpan[] = gaz.map((g) => ({ start: g.start, end: g.end, name: displayName(text.slice(g.start, g.end), g.entry.name), entry: g.entry }));
  const dropped = new Set<NameSpan>();

  let gi = 0;
  // The gazetteer span the loop is in or just left, which may take a following "Growth", "Alternatives"…
  let ext: NameSpan | null = null;
  let run: Token[] = [];
  const flush = () => {
    if (run.length) pushRun(text, run, lex, cues, out);
    run = [];
  };
  const breakers = new CueList(BREAKERS.flatMap((k) => cues[k].items).sort((a, b) => a.start - b.start));
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt_(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (isWordAt_(text, i) || (JOINERS.has(text.charCodeAt(i)) && isWordAt_(text, i + 1)))) i++;
    const nameWord = isNameWord(text, start, i);
    while (gi < gaz.length && (gaz[gi] as { end: number }).end <= start) gi++;
    const g = gaz[gi];
    const inGazetteer = g !== undefined && g.start < i;
    // Most words are lowercase and far from any name: leave them without allocating anything.
    if (!nameWord && !inGazetteer && run.length === 0) {
      ext = null;
      continue;
    }
    const tok: Token = { start, end: i, text: text.slice(start, i) };
    const breaker = nameWord && breakers.covering(tok.start) !== null;
    if (inGazetteer) {
      const span = out[gi] as NameSpan;
      if (ext === span || dropped.has(span)) continue; // a later word of the same match
      const last = run[run.length - 1];
      const kept = last && SINGLE_SPACE.test(text.slice(last.end, g.start)) ? trimLeading(run, lex, cues) : [];
      const first = kept[0];
      // …unless that word opens the sentence ("Hinter Black Forest Labs stehen…"): it is then more
      // likely a capitalised sentence word.
      if (first && /(?:^|[.!?\n:]\s*)$/.test(text.slice(Math.max(0, first.start - 3), first.start))) {
        flush();
        ext = span;
        continue;
      }
      if (first) {
        // "Italian Founders Fund" is not "Founders Fund": a name word glued before a known name makes
        // another, unknown organisation.
        dropped.add(span);
        const merged: NameSpan = { start: first.start, end: g.end, name: text.slice(first.start, g.end), entry: null };
        out.push(merged);
        run = [];
        ext = null;
        continue;
      }
      flush();
      // "SoftBank-led": the gazetteer match stops before the suffix; give the suffix to it.
      tagSuffix(text, span, lex);
      ext = span;
      continue;
    }
    // "Goldman Sachs Alternatives", "Iconiq Growth": a known name followed by an organisation suffix.
    if (ext && ORG_SUFFIX.has(tok.text) && SINGLE_SPACE.test(text.slice(ext.end, tok.start))) {
      ext.end = tok.end;
      ext.name = text.slice(ext.start, ext.end);
      continue;
    }
    ext = null;
    if (!nameWord || breaker) {
      // A lowercase particle may sit inside a name ("Cassa Depositi e Prestiti" is in the gazetteer,
      // but "Banco de Sabadell" is not): keep the run open and let the next token decide.
      if (run.length && lex.particles.has(tok.text) && SINGLE_SPACE.test(text.slice((run[run.length - 1] as Token).end, tok.start))) {
        run.push({ ...tok, text: `\u0000${tok.text}` });
        continue;
      }
      flush();
      continue;
    }
    const prev = run[run.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, tok.start);
      if (!SINGLE_SPACE.test(gap) && !AMPERSAND.test(gap)) flush();
    }
    run.push(tok);
  }
  flush();
  return out.filter((n) => !dropped.has(n)).sort((a, b) => a.start - b.start);
}

/** A fund arm keeps its own name ("Salesforce Ventures", "Intel Capital"); other aliases show the
 *  canonical name ("a16z" → "Andreessen Horowitz"). */
function displayName(surface: string, canonical: string): string {
  return surface !== canonical && FUND_ARM.test(surface) && surface.toLowerCase().startsWith(canonical.toLowerCase()) ? surface : canonical;
}
const FUND_ARM = /\s(?:Ventures|Capital|Next|Growth|Investments|Fund)$/;

/** A capitalised common noun looks like "Risikokapitalarm" or "Serie-C-Finanzierungsrunde": each
 *  hyphenated part one capital then lowercase letters ("NRW.Bank" and "DeepL" do not look like that). */
const COMMON_NOUN_SHAPE = latinRegex(/^(?:\p{Lu}\p{Ll}*|\p{Ll}+)(?:-(?:\p{Lu}\p{Ll}*|\p{Ll}+))*$/u);
const WORD_BEFORE = latinRegex(/([\p{L}]+)[\s\u00a0]+$/u);
const HYPHENATED_TAIL = latinRegex(/^-[\p{L}-]+/u);

/** The word right before `pos`, or "" (for article checks). */
function wordBefore(text: string, pos: number): string {
  return WORD_BEFORE.for(text).exec(text.slice(Math.max(0, pos - 12), pos))?.[1] ?? '';
}

function isSentenceWord(t: Token, lex: OrgLexicon, cues: Cues): boolean {
  // A word is a sentence word when a cue covers it or its end ("Oculus-Mitgründer", "KI-Start-up").
  return (
    t.text.startsWith('\u0000') ||
    PLACE_ADJECTIVE.test(t.text) ||
    cues.personTitle.covering(t.end - 1) !== null ||
    cues.descriptor.covering(t.end - 1) !== null ||
    lex.notNames.has(t.text) ||
    lex.descriptorEnd.test(t.text) ||
    cues.ai.covering(t.start) !== null ||
    cues.descriptor.covering(t.start) !== null ||
    cues.investorNoun.covering(t.start) !== null
  );
}

/** A descriptor or investor noun ("Risikokapitalgeber", "Spin-off", "start-up"), not any sentence word. */
function isDescriptorWord(t: Token, lex: OrgLexicon, cues: Cues): boolean {
  return !t.text.startsWith('\u0000') && (lex.descriptorEnd.test(t.text) || cues.descriptor.covering(t.end - 1) !== null || cues.investorNoun.covering(t.start) !== null);
}

/** The run without its leading sentence words ("Das Münchner KI-Start-up Helsing" → "Helsing"). */
function trimLeading(run: readonly Token[], lex: OrgLexicon, cues: Cues): Token[] {
  const toks = [...run];
  while (toks.length && isSentenceWord(toks[0] as Token, lex, cues)) toks.shift();
  while (toks.length && (toks[toks.length - 1] as Token).text.startsWith('\u0000')) toks.pop();
  return toks;
}

function tagSuffix(text: string, span: NameSpan, lex: OrgLexicon) {
  if (text.charCodeAt(span.end) !== 45) return; // "-"
  const rest = HYPHENATED_TAIL.for(text).exec(text.slice(span.end, span.end + 16))?.[0];
  if (!rest) return;
  if (lex.leadSuffix?.for(text).test(rest)) span.suffix = 'lead';
  else if (lex.backerSuffix?.for(text).test(rest)) span.suffix = 'backer';
}

function pushRun(text: string, run: Token[], lex: OrgLexicon, cues: Cues, out: NameSpan[]) {
  const toks = [...run];
  // A trailing particle never ends a name.
  while (toks.length && (toks[toks.length - 1] as Token).text.startsWith('\u0000')) toks.pop();
  let suffix: NameSpan['suffix'];
  const last = toks[toks.length - 1];
  if (last) {
    const lead = lex.leadSuffix?.for(text).exec(last.text);
    const backer = lead ? null : lex.backerSuffix?.for(text).exec(last.text);
    const hit = lead ?? backer;
    if (hit) {
      const kept = last.text.slice(0, hit.index);
      toks[toks.length - 1] = { start: last.start, end: last.start + kept.length, text: kept };
      suffix = lead ? 'lead' : 'backer';
    }
  }
  while (toks.length && isSentenceWord(toks[0] as Token, lex, cues)) toks.shift();
  // "Basler Risikokapitalgeber Rheinknie Ventures", "ETH-Spin-off Firnlab": a descriptor or investor noun
  // inside the run ends a preamble (an origin adjective, a parent); the name is what follows it.
  for (let k = toks.length - 2; k > 0; k--) {
    const t = toks[k] as Token;
    if (!NAME_SUFFIXES.has(t.text) && !ORG_SUFFIX.has(t.text) && isDescriptorWord(t, lex, cues)) {
      toks.splice(0, k + 1);
      break;
    }
  }
  while (toks.length > 1) {
    const t = toks[toks.length - 1] as Token;
    if (NAME_SUFFIXES.has(t.text) || !(lex.notNames.has(t.text) || t.text.startsWith('\u0000'))) break;
    toks.pop();
  }
  const first = toks[0];
  const end = toks[toks.length - 1];
  if (!first || !end || PLACE_ADJECTIVE.test(end.text)) return;
  // One capital letter, or a word of the lexicon's never-a-name list on its own, is not a name.
  if (toks.length === 1 && (first.text.length < 2 || lex.notNames.has(first.text) || lex.commonNoun?.for(text).test(first.text))) return;
  // German capitalises nouns: one unknown word after an article ("der Risikokapitalarm") is a noun.
  if (toks.length === 1 && lex.nounArticles.size && COMMON_NOUN_SHAPE.for(text).test(first.text) && lex.nounArticles.has(wordBefore(text, first.start).toLowerCase())) {
    return;
  }
  out.push({ start: first.start, end: end.end, name: text.slice(first.start, end.end), entry: null, ...(suffix ? { suffix } : {}) });
}
