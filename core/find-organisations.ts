import type { GazetteerEntry } from '../data/gazetteer';
import type { Match } from './analysis/cue-index';
import { type Cues, findCues } from './analysis/find-cues';
import { findNames, type NameSpan } from './analysis/find-names';
import { gazetteerEntry } from './analysis/match-gazetteer';
import { Finder } from './analysis/org-finder';
import { Paragraphs } from './analysis/paragraphs';
import { orgLexicon } from './analysis/org-lexicon';
import { roughSentences, sentenceIndexAt } from './analysis/sentence-bounds';
import { findZones, type Zones } from './analysis/zones';
import { latinRegex } from './text/latin-regex';
import type { DealKind, Lang, Organisation, Sentence } from './types';

export type OrgRole = 'company' | 'acquired' | 'acquirer' | 'lead' | 'investor';

/** One piece of evidence that a name plays a role, with its weight (already scaled by where it sits). */
export interface OrgHit {
  name: NameSpan;
  role: OrgRole;
  weight: number;
  /** Which pattern found it, for debugging and reasons ("subject", "led-by"…). */
  via: string;
  /** The sentence tells of an older deal ("in 2021", "last year"). */
  past: boolean;
  /** Found in a title given apart from the text: its offsets are into the title. */
  inTitle?: boolean;
  /** A person whose job title names this organisation (lower-cased key): no backer of its own company. */
  staffOf?: string;
}

export interface OrgContext {
  sentences: readonly Sentence[];
  cues: Cues;
  zones: Zones;
  /** Sentences about an older deal, e.g. with "last year" or "in 2021". */
  pastSentences?: ReadonlySet<number>;
  /** Spans that can hold no name (money figures: "US-Dollar" is not a company). */
  blocked?: readonly { start: number; end: number }[];
  /** Names of a title given apart from the text (for the owner of a public plan). */
  titleNames?: readonly NameSpan[];
  /** Country meant by "the government" in this language, if any ("Spain" for Spanish). */
  homeCountry?: string;
}

export interface OrganisationFindings {
  names: NameSpan[];
  hits: OrgHit[];
}

export interface OrganisationsResult {
  organisations: Organisation[];
  company: string | null;
  companyEntry: GazetteerEntry | null;
  investors: string[];
  leadInvestor: string | null;
  acquirer: string | null;
}

// Pattern weights: how much one sighting of a pattern says about a role. The subject of "raises" or
// the object of "invests in" names the receiver almost surely; a descriptor ("the start-up X") only says
// X is a company, so it weighs less and is outvoted by a verb. Zone factors make the headline and lead
// outweigh background paragraphs about other deals.
/** Characters in which organisations are looked for (about 25 pages of a book; articles are far shorter). */
export const MAX_NAME_CHARS = 120_000;
const W_SUBJECT = 3;
/** An unknown name receiving money in a sentence about AI. */
const AI_SENTENCE_BONUS = 1.2;
/** A company the gazetteer knows as non-AI. */
const KNOWN_NON_AI = 0.5;
/** Characters after a funding verb in which its amount or funding noun is looked for. */
const DEAL_AFTER_VERB = 80;
const W_OBJECT = 2.5;
const W_POSSESSIVE = 2;
const W_DESCRIPTOR = 1;
const W_SENTENCE_SUBJECT = 2;
const W_HEADLINE_AI = 0.5;
const W_LEAD_SUBJECT = 0.5;
/** A name in an enumeration of investors: likely a backer, but no cue says so. */
const W_ENUMERATION = 1.5;
/** Unknown names that sound like investment firms ("Vy Capital", "Kestrel Ventures"). */
const INVESTOR_SUFFIX = /\b(?:Capital|Ventures|Venture Partners|Partners|VC|Fund|Funds|Investments|Invest|Growth|Holdings?|Equity|Angels)$/;

/** Characters before a subject in which a rival word makes it a competitor ("concorrenti come Harvey"):
 *  long enough for "rivals such as", short enough not to reach a name earlier in the sentence. */
const RIVAL_BEFORE_SUBJECT = 25;

function isAiOnly(n: NameSpan): boolean {
  return n.entry?.kinds.includes('ai') === true && !n.entry.kinds.includes('investor');
}

function isKnownBacker(n: NameSpan): boolean {
  return n.entry?.kinds.includes('investor') === true && !n.entry.kinds.includes('ai');
}
const W_LEAD = 3;
const W_INVESTOR = 2;
const W_ACQ = 3;
const ZONE_HEADLINE = 2;
const ZONE_LEAD = 1.5;

/** Finds every name and the roles the patterns around it suggest. Kind-independent. */
export function collectOrganisationHits(text: string, lang: Lang, ctx: OrgContext): OrganisationFindings {
  const lex = orgLexicon(lang);
  const { cues, sentences, zones } = ctx;
  // Names are read in the first MAX_NAME_CHARS characters only: no news article is longer, and the
  // role patterns are the costliest part of the analysis on huge inputs.
  const limit = Math.min(text.length, MAX_NAME_CHARS);
  const upTo = (list: { items: readonly Match[] }) => (limit === text.length ? list.items : list.items.filter((m) => m.start < limit));
  const names = withoutBlocked(findNames(limit === text.length ? text : text.slice(0, limit), lang, cues), ctx.blocked ?? []);
  const hits: OrgHit[] = [];
  const at = new Finder(text, names, lex, cues);

  const zoneFactor = (pos: number) => (pos < zones.headlineEnd ? ZONE_HEADLINE : pos < zones.leadEnd ? ZONE_LEAD : 1);
  const sentenceAt = (pos: number) => sentences[sentenceIndexAt(sentences, pos)] ?? { start: 0, end: text.length, text };
  const isPast = (pos: number) => ctx.pastSentences?.has(sentenceIndexAt(sentences, pos)) ?? false;
  const persons = findPersons(text, names, cues, at);
  const hit = (name: NameSpan | null, role: OrgRole, weight: number, via: string, pos: number) => {
    // A source or an analyst's employer is not a party to the deal, at least not in this mention.
    if (!name || name.entry?.kinds.some((k) => k === 'media' || k === 'place') || at.isSourceOrAnalyst(name)) return;
    // A person receives no round; a person named by a job ("co-founder John Schulman") backs none either,
    // while a business angel or a billionaire may.
    const person = persons.get(keyOf(name));
    // …unless the job is at another organisation ("Oculus-Mitgründer Brendan Iribe"): a business angel.
    if (person !== undefined && (role === 'company' || role === 'acquired' || (person.kind === 'staff' && person.of === null && role !== 'lead'))) return;
    // "The Edinburgh start-up", "das Tübinger Start-up": an unknown name right before a descriptor
    // qualifies it (a place, an origin); the receiver's name comes elsewhere.
    if ((role === 'company' || role === 'acquired') && !name.entry && at.descriptorRightAfter(name)) return;
    let w = weight * zoneFactor(pos);
    if (role === 'company' || role === 'acquired') {
      // An AI word in the sentence makes an unknown name a likelier AI receiver; a known non-AI company
      // (fintech, retailer, club) a less likely one.
      const s = sentenceAt(pos);
      if (!name.entry && cues.ai.has(s.start, s.end)) w *= AI_SENTENCE_BONUS;
      if (name.entry?.kinds.includes('other')) w *= KNOWN_NON_AI;
    }
    const staffOf = person?.kind === 'staff' ? person.of : null;
    hits.push({ name, role, weight: w, via, past: isPast(pos), ...(staffOf ? { staffOf } : {}) });
  };
  const overlapsRolePhrase = (m: { start: number; end: number }) =>
    cues.lead.has(m.start, m.end + 12) || cues.participation.has(m.start, m.end + 12) || cues.acqPassive.has(m.start, m.end + 12);

  // The receiver is the subject of "raises", "lève", "sammelt … ein", "recauda", "raccoglie"; a verb
  // with no amount or funding word after it in its clause ("Spotify raised its prices") says less.
  const quantities = [...(ctx.blocked ?? [])].sort((a, b) => a.start - b.start);
  const followedByDeal = (pos: number, end: number) =>
    firstSpanFrom(quantities, pos) < Math.min(end, pos + DEAL_AFTER_VERB) || cues.fundingNoun.firstAfter(pos, Math.min(end, pos + DEAL_AFTER_VERB)) !== null;
  for (const v of upTo(cues.fundingVerb)) {
    const s = sentenceAt(v.start);
    const w = followedByDeal(v.end, s.end) ? W_SUBJECT : W_SUBJECT / 2;
    const subject = at.subjectBefore(v.start, s.start);
    // "concorrenti come Harvey hanno raccolto…", "rivals such as X raised…": a rival's own raise.
    if (subject && cues.rival.has(Math.max(s.start, subject.start - RIVAL_BEFORE_SUBJECT), subject.start)) continue;
    hit(subject, 'company', w, 'subject', v.start);
  }

  // German and reported speech put the verb late ("Das Start-up Parloa, das …, hat … abgeschlossen"):
  // the name opening a sentence that holds a funding verb is its likely subject.
  for (const s of sentences) {
    if (s.start >= limit) break;
    const v = cues.fundingVerb.within(s.start, s.end)[0];
    if (v) hit(at.sentenceSubject(s.start, v.start), 'company', W_SENTENCE_SUBJECT, 'sentence-subject', s.start);
  }
  // Weaker: the name opening any sentence of the lead ("Tesela IA nació hace dos años…"), in case no
  // funding verb has a named subject.
  for (const s of sentences) {
    if (s.start >= zones.leadEnd) break;
    if (s.start < zones.headlineEnd) continue; // headlines open with people as often as with companies
    const n = at.sentenceSubject(s.start, s.end);
    if (n && !n.entry?.kinds.some((k) => k !== 'ai')) hit(n, 'company', W_LEAD_SUBJECT, 'lead-subject', s.start);
  }
  // A weak default: the first AI company named in the headline.
  const headlineAi = names.find((n) => n.start < zones.headlineEnd && n.entry?.kinds.includes('ai'));
  if (headlineAi) hit(headlineAi, 'company', W_HEADLINE_AI, 'headline-ai', headlineAi.start);

  // "the start-up X", "X, the French start-up": a company, whatever it does in the sentence.
  for (const d of upTo(cues.descriptor)) {
    const s = sentenceAt(d.start);
    hit(at.nameAfter(d.end, s.end, true), 'company', W_DESCRIPTOR, 'descriptor', d.start);
    hit(at.appositionBefore(d.start, s.start), 'company', W_DESCRIPTOR, 'descriptor', d.start);
  }

  // "SoftBank invests in OpenAI", "Amazon steckt … in Anthropic", "ASML steigt bei Mistral AI ein".
  for (const v of upTo(cues.investVerb)) {
    if (overlapsRolePhrase(v)) continue;
    const s = sentenceAt(v.start);
    const object = at.targetAfter(v, s.end) ?? at.nameAfter(v.end, s.end, false);
    if (!object) continue;
    hit(object, 'company', W_OBJECT, 'invest-object', v.start);
    hit(at.subjectBefore(v.start, s.start), 'investor', W_INVESTOR, 'invest-subject', v.start);
  }

  // "OpenAI's funding round", "la levée de fonds d’OpenAI", "die Finanzierungsrunde von Helsing".
  for (const list of [cues.fundingNoun, cues.valuation]) {
    for (const f of list.items) {
      const s = sentenceAt(f.start);
      hit(at.possessorBefore(f.start, s.start), 'company', W_POSSESSIVE, 'possessive', f.start);
      hit(at.ofNameAfter(f.end, s.end), 'company', W_POSSESSIVE, 'of-name', f.start);
    }
  }

  // Acquisitions: "AMD to buy Silo AI", "Silo AI, acquired by AMD", "Nvidia’s acquisition of Run:ai".
  for (const v of upTo(cues.acqVerb)) {
    if (overlapsRolePhrase(v)) continue;
    const s = sentenceAt(v.start);
    const object = at.objectAfter(v.end, s.end);
    if (!object) continue;
    hit(object, 'acquired', W_ACQ, 'acq-object', v.start);
    hit(at.subjectBefore(v.start, s.start), 'acquirer', W_ACQ, 'acq-subject', v.start);
  }
  for (const p of upTo(cues.acqPassive)) {
    const s = sentenceAt(p.start);
    hit(at.nameAfter(p.end, s.end, false), 'acquirer', W_ACQ, 'acq-by', p.start);
    hit(at.subjectBefore(p.start, s.start), 'acquired', W_ACQ, 'acq-passive', p.start);
  }
  for (const n of upTo(cues.acqNoun)) {
    const s = sentenceAt(n.start);
    hit(at.possessorBefore(n.start, s.start), 'acquirer', W_ACQ, 'acq-possessive', n.start);
    const target = at.ofNameAfter(n.end, s.end);
    hit(target, 'acquired', W_ACQ, 'acq-of', n.start);
    if (target) hit(at.byNameAfter(target.end, s.end), 'acquirer', W_ACQ, 'acq-of-by', n.start);
  }

  // Investors: "led by X", "X led the round", "SoftBank-led", "with participation from X, Y and Z".
  for (const l of upTo(cues.lead)) {
    const s = sentenceAt(l.start);
    const list = at.listAfter(l.end, s.end);
    list.forEach((n, i) => {
      hit(n, i === 0 ? 'lead' : 'investor', i === 0 ? W_LEAD : W_INVESTOR, 'led-by', l.start);
    });
  }
  for (const l of upTo(cues.leadAfter)) {
    const s = sentenceAt(l.start);
    // "Index Ventures and Accel co-led the round": the first named leads.
    const list = at.listBefore(l.start, s.start);
    const first = list[0] ?? at.subjectBefore(l.start, s.start);
    hit(first, 'lead', W_LEAD, 'led-the-round', l.start);
    for (const n of list.slice(1)) hit(n, 'investor', W_INVESTOR, 'led-the-round', l.start);
  }
  for (const n of names) {
    if (n.suffix === 'lead') hit(n, 'lead', W_LEAD, 'x-led', n.start);
    else if (n.suffix === 'backer') hit(n, 'investor', W_INVESTOR, 'x-backed', n.start);
  }
  for (const p of upTo(cues.participationAfter)) {
    const s = sentenceAt(p.start);
    for (const n of at.listBefore(p.start, s.start)) hit(n, 'investor', W_INVESTOR, 'took-part', p.start);
  }
  for (const list of [cues.participation, cues.investorNoun]) {
    for (const p of upTo(list)) {
      const s = sentenceAt(p.start);
      const items = at.listAfter(p.end, s.end, list === cues.investorNoun);
      // Generic cues ("including", "come", "sowie") name investors only in a deal context: a deal word in
      // the sentence, or a known investor in the list itself.
      const context = hasDealCue(cues, s) || items.some(isKnownBacker);
      // An AI company in such a list is a rival more often than a backer ("competes with OpenAI and Anthropic").
      if (context) for (const n of items) if (!isAiOnly(n)) hit(n, 'investor', W_INVESTOR, 'participation', p.start);
      // "nella lista degli investitori c'è mezzo gotha della Silicon Valley: Nvidia, Accel…"
      const colon = list === cues.investorNoun ? text.slice(p.end, Math.min(s.end, p.end + 200)).indexOf(':') : -1;
      if (colon >= 0) {
        // Only a real list: after "Investoren sind überzeugt:" one name opens a clause, it lists nobody.
        const listed = at.listAfter(p.end + colon + 1, s.end);
        if (listed.length >= 2) for (const n of listed) hit(n, 'investor', W_INVESTOR, 'colon-list', p.start);
      }
    }
  }
  // "Valor Equity Partners, Vy Capital, Andreessen Horowitz, Sequoia Capital et Fidelity": an enumeration
  // made mostly of investors is a list of investors, whatever introduces it.
  for (const chain of at.enumerations()) {
    // Big-tech groups are left out of the count: "Amazon and Google" are as often partners as backers.
    const pure = chain.filter((n) => (isKnownBacker(n) && !n.entry?.kinds.includes('bigtech')) || (!n.entry && INVESTOR_SUFFIX.test(n.name)));
    const known = chain.filter((n) => isKnownBacker(n) || (!n.entry && INVESTOR_SUFFIX.test(n.name)));
    // …or a longer enumeration of known backers in a sentence about the deal ("réunit aussi Google,
    // Amazon, Nvidia, Intel…").
    const inDeal = chain.length >= 3 && known.length * 2 >= chain.length && hasDealCue(cues, sentenceAt((chain[0] as NameSpan).start));
    if (!inDeal && (pure.length < 2 || pure.length * 2 < chain.length)) continue;
    for (const n of chain) if (!isAiOnly(n)) hit(n, 'investor', W_ENUMERATION, 'enumeration', n.start);
  }
  return { names, hits };
}

/** Titles of people who may put their own money in ("business angel", "billionaire", "investor"). */
const BACKER_TITLE = /invest|angel|billion|milliard|millonari|miliardar|entrepreneur|unternehmer|empresari|imprendit|partner|associ|socio|gesellschafter/i;

/** A person of the article: "staff" when titled by a job, "backer" when the title may be an investor's;
 *  `of` is the organisation the job title names ("Oculus-Mitgründer", "Google CEO"), when it names one. */
interface Person {
  kind: 'staff' | 'backer';
  of: string | null;
}

/** The capitalised part glued before a title ("Oculus-" in "Oculus-Mitgründer", "Y-Combinator-"). */
const GLUED_QUALIFIER = latinRegex(/(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)-$/u);
/** A name right before a title ("Google CEO", "Stripe co-founder"), after a space. */
const NAME_BEFORE = /[\s\u00a0]$/;

/** Names right after a person's title ("chief executive Sam Altman"), with their surnames alone. */
function findPersons(text: string, names: readonly NameSpan[], cues: Cues, at: Finder): Map<string, Person> {
  const out = new Map<string, Person>();
  for (const t of cues.personTitle.items) {
    const n = at.personAfter(t.end);
    if (!n) continue;
    const kind = BACKER_TITLE.test(t.text) ? 'backer' : 'staff';
    const person: Person = { kind, of: titleQualifier(text, t, names, cues) };
    out.set(keyOf(n), person);
    const last = n.name.split(/\s+/).pop();
    if (last && last !== n.name) out.set(last.toLowerCase(), person);
  }
  return out;
}

/**
 * The organisation a job title belongs to when the text says so right at the title: glued to it
 * ("Oculus-Mitgründer", "Y-Combinator-Chef") or named just before it ("Google CEO Eric Schmidt"). Such
 * a person works elsewhere, so in a list of backers they are a business angel, not the company's staff.
 */
function titleQualifier(text: string, t: { start: number; end: number }, names: readonly NameSpan[], cues: Cues): string | null {
  const glued = GLUED_QUALIFIER.exec(text.slice(Math.max(0, t.start - 40), t.start));
  if (glued?.[1] && !cues.ai.has(t.start - glued[0].length, t.start - 1) && !cues.descriptor.has(t.start - glued[0].length, t.start - 1)) {
    return glued[1].toLowerCase();
  }
  if (!NAME_BEFORE.test(text.slice(t.start - 1, t.start))) return null;
  const before = names.find((n) => n.end === t.start - 1);
  return before ? keyOf(before) : null;
}

/** Start of the first span at or after `pos` (spans sorted by start), or Infinity. */
function firstSpanFrom(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo]?.start ?? Number.POSITIVE_INFINITY;
}

function withoutBlocked(names: NameSpan[], blocked: readonly { start: number; end: number }[]): NameSpan[] {
  if (!blocked.length) return names;
  const sorted = [...blocked].sort((a, b) => a.start - b.start);
  let j = 0;
  return names.filter((n) => {
    while (j < sorted.length && (sorted[j] as { end: number }).end <= n.start) j++;
    const b = sorted[j];
    return !(b && b.start < n.end);
  });
}

function hasDealCue(cues: Cues, s: { start: number; end: number }): boolean {
  return (
    cues.leadAfter.has(s.start, s.end) ||
    cues.investorNoun.has(s.start, s.end) ||
    cues.lead.has(s.start, s.end) ||
    cues.fundingNoun.has(s.start, s.end) ||
    cues.fundingVerb.has(s.start, s.end) ||
    cues.investVerb.has(s.start, s.end)
  );
}


// Resolution: how hits become one company, one lead and a list of investors.
/** Hits from sentences about an older deal count this much: they name real backers, but not this round. */
const PAST_FACTOR = 0.3;
/** A gazetteer AI company is the likelier receiver of AI money than an unknown name or an investor. */
const AI_COMPANY_BONUS = 1.3;
/** An investor, big-tech group or public bank named as subject is more often the giver than the receiver. */
const INVESTOR_AS_COMPANY = 0.4;

const keys = new WeakMap<NameSpan, string>();
function keyOf(n: NameSpan): string {
  let k = keys.get(n);
  if (k === undefined) {
    k = (n.entry?.name ?? n.name).toLowerCase();
    keys.set(n, k);
  }
  return k;
}
function displayOf(n: NameSpan): string {
  return n.entry && !FUND_ARM_NAME.test(n.name) ? n.entry.name : n.name;
}
const FUND_ARM_NAME = /\s(?:Ventures|Capital|Next|Growth|Investments|Fund)$/;

interface Tally {
  name: NameSpan;
  first: number;
  score: Record<OrgRole, number>;
  present: Record<OrgRole, number>;
}

function tally(hits: readonly OrgHit[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const h of hits) {
    const key = keyOf(h.name);
    let t = out.get(key);
    if (!t) {
      const zero = { company: 0, acquired: 0, acquirer: 0, lead: 0, investor: 0 };
      t = { name: h.name, first: h.name.start, score: { ...zero }, present: { ...zero } };
      out.set(key, t);
    }
    t.first = Math.min(t.first, h.name.start);
    const w = h.past ? h.weight * PAST_FACTOR : h.weight;
    t.score[h.role] += w;
    if (!h.past) t.present[h.role] += w;
  }
  return out;
}

function best(tallies: Iterable<Tally>, score: (t: Tally) => number): Tally | null {
  let top: Tally | null = null;
  let topScore = 0;
  for (const t of tallies) {
    const s = score(t);
    if (s > topScore || (s === topScore && top && s > 0 && t.first < top.first)) {
      top = t;
      topScore = s;
    }
  }
  return top;
}

function companyScore(t: Tally): number {
  const kinds = t.name.entry?.kinds ?? [];
  let s = t.score.company;
  if (kinds.includes('ai')) s *= AI_COMPANY_BONUS;
  else if (kinds.some((k) => k === 'investor' || k === 'bigtech' || k === 'public')) s *= INVESTOR_AS_COMPANY;
  // A name the article lists among the backers is not the receiver.
  return s - 0.5 * (t.score.lead + t.score.investor);
}

/** Picks the company, lead, investors and acquirer for a deal of the given kind. */
export function resolveOrganisations(
  text: string,
  findings: OrganisationFindings,
  kind: DealKind | null,
  ctx: OrgContext,
): OrganisationsResult {
  const tallies = tally(findings.hits);
  const all = [...tallies.values()];

  let company: Tally | null = null;
  if (kind === 'acquisition') company = best(all, (t) => t.score.acquired) ?? best(all, companyScore);
  else if (kind === 'public-investment') {
    company = publicActor(findings.names, ctx.titleNames ?? [], ctx.zones, ctx.cues, ctx.homeCountry ?? '') ?? best(all, companyScore);
  }
  else company = best(all, companyScore);
  const companyKey = company ? keyOf(company.name) : null;

  const acquirer = kind === 'acquisition' ? best(all.filter((t) => keyOf(t.name) !== companyKey), (t) => t.score.acquirer) : null;
  const excluded = new Set<string>([companyKey ?? '', acquirer ? keyOf(acquirer.name) : '']);
  const backer = (t: Tally) => !excluded.has(keyOf(t.name));

  // Backers named in a paragraph about another company's deal (newsletters, round-ups) are not this
  // deal's backers.
  const elsewhere = hitsAboutOtherDeals(text, findings.hits, companyKey, ctx.zones.leadEnd);
  // The company's own people ("Mistral AI co-founder Arthur Mensch") never back its round.
  const ownStaff = (h: OrgHit) => h.staffOf !== undefined && h.staffOf === companyKey;
  const backerTallies = [...tally(findings.hits.filter((h) => !elsewhere.has(h) && !ownStaff(h))).values()];
  // Acquisitions and public plans have no investors: the buyer and the state are their own roles.
  const roundLike = kind !== 'acquisition' && kind !== 'public-investment';
  const lead = roundLike ? best(backerTallies.filter(backer), (t) => t.present.lead) : null;
  const investors = backerTallies
    .filter(() => roundLike)
    // Backers named only in sentences about an older deal are that deal's backers.
    .filter((t) => backer(t) && t.present.lead + t.present.investor > 0 && t.score.lead + t.score.investor >= companyScore(t))
    .sort((a, b) => a.first - b.first);
  if (lead) {
    const i = investors.indexOf(lead);
    if (i > 0) investors.unshift(...investors.splice(i, 1));
  }

  const roleOf = (n: NameSpan): Organisation['role'] => {
    const key = keyOf(n);
    if (key === companyKey) return 'company';
    if (lead && key === keyOf(lead.name)) return 'lead-investor';
    if (acquirer && key === keyOf(acquirer.name)) return 'acquirer';
    if (investors.some((t) => keyOf(t.name) === key)) return 'investor';
    return 'other';
  };
  const organisations: Organisation[] = [];
  const seen = new Set<string>();
  for (const n of findings.names) {
    const key = keyOf(n);
    // Unknown capitalised words are organisations only when a pattern gave them a role.
    if (seen.has(key) || (!n.entry && !tallies.has(key))) continue;
    if (!n.entry && roleOf(n) === 'other') continue;
    seen.add(key);
    organisations.push({ name: displayOf(n), country: n.entry?.country ?? '', role: roleOf(n), start: n.start, end: n.end });
  }

  return {
    organisations,
    company: company ? displayOf(company.name) : null,
    companyEntry: company?.name.entry ?? null,
    investors: investors.map((t) => displayOf(t.name)),
    leadInvestor: lead ? displayOf(lead.name) : null,
    acquirer: acquirer ? displayOf(acquirer.name) : null,
  };
}


/**
 * Hits that sit in a paragraph after the lead where another name is the subject of a funding verb and
 * the chosen company is absent: backers of another deal (newsletters, round-ups).
 */
function hitsAboutOtherDeals(text: string, hits: readonly OrgHit[], companyKey: string | null, leadEnd: number): Set<OrgHit> {
  const out = new Set<OrgHit>();
  if (!companyKey) return out;
  const paragraphs = new Map<number, { company: boolean; other: boolean; backers: OrgHit[] }>();
  const bounds = new Paragraphs(text);
  for (const h of hits) {
    if (h.inTitle) continue;
    const p = bounds.at(h.name.start);
    if (p.start < leadEnd) continue;
    let info = paragraphs.get(p.start);
    if (!info) {
      info = { company: false, other: false, backers: [] };
      paragraphs.set(p.start, info);
    }
    if (keyOf(h.name) === companyKey) info.company = true;
    else if (h.role === 'company' && h.via === 'subject') info.other = true;
    if (h.role === 'lead' || h.role === 'investor') info.backers.push(h);
  }
  for (const info of paragraphs.values()) if (info.other && !info.company) for (const h of info.backers) out.add(h);
  return out;
}

/**
 * The owner of a public plan: the earliest public body ("European Commission", "Stargate") or country
 * ("Germany"; "Europe" stands for the Commission) named in the title, headline or lead; else the home
 * country of the language when the lead speaks of "the government" without naming it.
 */
function publicActor(names: readonly NameSpan[], titleNames: readonly NameSpan[], zones: Zones, cues: Cues, homeCountry: string): Tally | null {
  const isOwner = (x: NameSpan) =>
    (x.entry?.kinds.includes('public') && !x.entry.kinds.includes('investor')) || x.entry?.kinds.includes('country') || x.entry?.name === 'Europe';
  let n = titleNames.find(isOwner) ?? names.find((x) => x.start < zones.leadEnd && isOwner(x));
  if (!n && homeCountry && cues.publicActor.has(0, zones.leadEnd)) {
    const entry = gazetteerEntry(homeCountry);
    if (entry) n = { start: 0, end: 0, name: entry.name, entry };
  }
  if (!n) return null;
  if (n.entry?.name === 'Europe') n = { ...n, name: 'European Commission', entry: gazetteerEntry('European Commission') };
  const zero = { company: 0, acquired: 0, acquirer: 0, lead: 0, investor: 0 };
  return { name: n, first: n.start, score: { ...zero }, present: { ...zero } };
}

/**
 * Organisations of an article and their roles in its deal. `kind` chooses what "company" means: the
 * receiver of a round, the acquired company, or the public body behind a plan. Without a context the
 * function finds its own cues, zones and rough sentences (for tests and one-off use).
 */
export function findOrganisations(
  text: string,
  lang: Lang,
  options: { kind?: DealKind | null; context?: OrgContext } = {},
): OrganisationsResult {
  const ctx = options.context ?? { cues: findCues(text, lang), sentences: roughSentences(text), zones: findZones(text) };
  const findings = collectOrganisationHits(text, lang, ctx);
  const kind = options.kind === undefined ? guessKind(findings, ctx) : options.kind;
  return resolveOrganisations(text, findings, kind, ctx);
}

/** Without a detector's verdict: an acquisition when the lead says so, else a round. */
function guessKind(findings: OrganisationFindings, ctx: OrgContext): DealKind {
  const lead = findings.hits.filter((h) => h.name.start < ctx.zones.leadEnd);
  const acq = lead.filter((h) => h.role === 'acquired').reduce((s, h) => s + h.weight, 0);
  const round = lead.filter((h) => h.role === 'company').reduce((s, h) => s + h.weight, 0);
  return acq > round ? 'acquisition' : 'round';
}
