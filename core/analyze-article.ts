import { fundingLexicons } from '../data/lexicons/funding/index';
import { type Cues, findCues } from './analysis/find-cues';
import { findNames, type NameSpan } from './analysis/find-names';
import { selectMainAmount, selectMainValuation, sameValue, toMoney } from './analysis/select-main';
import { sentenceIndexAt } from './analysis/sentence-bounds';
import { findZones, type Zones } from './analysis/zones';
import { assignFigureRoles, isPastSentence, type RoledFigure } from './assign-figure-roles';
import { decideKind, detectAiFunding } from './detect-ai-funding';
import { detectLanguage } from './detect-language';
import { collectOrganisationHits, type OrgContext, type OrgHit, type OrganisationFindings, resolveOrganisations } from './find-organisations';
import { findQuantities } from './find-quantities';
import { findQuestions } from './find-questions';
import { findRound } from './find-round';
import { splitSentences } from './split-sentences';
import { foldWords } from './text/fold';
import { themesOf } from './themes-of';
import type { Analysis, DealKind, Figure, FigureKind, Lang, PageHints, Question, Sentence, ThemeId } from './types';

export interface ArticleInput {
  text: string;
  title?: string;
  hints?: PageHints;
}

/** Characters of the article the language detector reads: plenty for a verdict, bounded in cost. */
const LANGUAGE_SAMPLE = 20_000;
/** A theme of the article (not of a question) needs this many paragraphs about it… */
const THEME_MIN_PARAGRAPHS = 3;
/** …or this many when one of them is in the headline or lead. */
const THEME_MIN_WITH_LEAD = 2;
/** Characters scanned for article themes. */
const THEME_SCAN_CHARS = 3_000;

const FIGURE_KIND_OF_DEAL: Record<DealKind, FigureKind> = {
  round: 'amount',
  acquisition: 'acquisition-price',
  'public-investment': 'public-investment',
};

function emptyAnalysis(title: string, lang: Lang, reasons: string[] = []): Analysis {
  return {
    isAiFunding: false,
    score: 0,
    kind: null,
    reasons,
    lang,
    title,
    company: null,
    amount: null,
    valuation: null,
    investors: [],
    leadInvestor: null,
    round: null,
    figures: [],
    questions: [],
    themes: [],
    organisations: [],
    sentences: [],
  };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The whole analysis of one article. The title is analysed together with the body:
 * - when `text` starts with the title (plain-text files, or a page reader that keeps the headline), the
 *   first line of `text` is the headline zone and nothing is counted twice;
 * - when the title is given apart, it is read separately as extra headline evidence (detection, company,
 *   which amount is the news), and every offset in the result is an offset into `input.text`, except
 *   for what is found only in that title and flagged `inTitle` (the amount, the valuation, questions).
 * Never throws: any input yields a valid Analysis (isAiFunding false when something goes wrong).
 */
export function analyzeArticle(input: ArticleInput): Analysis {
  const text = typeof input?.text === 'string' ? input.text : '';
  const title = typeof input?.title === 'string' ? input.title : '';
  let lang: Lang = 'en';
  try {
    lang = detectLanguage(`${title}\n${text.slice(0, LANGUAGE_SAMPLE)}`, input?.hints);
    return analyse(text, title, lang);
  } catch (error) {
    return emptyAnalysis(title, lang, [`error:${error instanceof Error ? error.message.slice(0, 80) : 'unknown'}`]);
  }
}

interface TitleParts {
  cues: Cues | null;
  names: NameSpan[];
  figures: RoledFigure[];
  findings: OrganisationFindings | null;
}

function analyseSeparateTitle(title: string, lang: Lang): TitleParts {
  if (!title.trim()) return { cues: null, names: [], figures: [], findings: null };
  const cues = findCues(title, lang);
  const sentences: Sentence[] = [{ start: 0, end: title.length, text: title }];
  const figures = assignFigureRoles(title, findQuantities(title, lang), lang, { sentences, cues });
  const zones: Zones = { headlineEnd: title.length, leadEnd: title.length };
  const findings = collectOrganisationHits(title, lang, { cues, sentences, zones, blocked: figures });
  return { cues, names: findNames(title, lang, cues), figures, findings };
}

function analyse(text: string, title: string, lang: Lang): Analysis {
  const titleInText = title.trim() !== '' && collapse(text.trimStart().split('\n', 1)[0] ?? '') === collapse(title);
  const zones = findZones(text, titleInText || !title.trim() ? undefined : title);
  const headlineZones: Zones = titleInText ? findZones(text) : zones;
  const separate = titleInText ? analyseSeparateTitle('', lang) : analyseSeparateTitle(title, lang);

  const sentences = splitSentences(text, lang);
  const cues = findCues(text, lang);
  const quantities = findQuantities(text, lang);
  const figures = assignFigureRoles(text, quantities, lang, { sentences, cues, leadEnd: headlineZones.leadEnd });
  const pastSentences = new Set<number>();
  sentences.forEach((s, i) => {
    if (isPastSentence(cues, s, headlineZones.leadEnd)) pastSentences.add(i);
  });
  const orgCtx: OrgContext = {
    sentences,
    cues,
    zones: headlineZones,
    pastSentences,
    blocked: quantities,
    titleNames: separate.names,
    homeCountry: fundingLexicons[lang].homeCountry,
  };
  const findings = collectOrganisationHits(text, lang, orgCtx);
  const titleHits = separate.findings ? separate.findings.hits.map((h) => ({ ...h, inTitle: true })) : [];
  const allHits = [...findings.hits, ...titleHits];
  const merged: OrganisationFindings = { names: findings.names, hits: allHits };

  const kind = decideKind({
    cues,
    zones: headlineZones,
    figures: [...figures, ...separate.figures],
    hits: allHits,
    titleCues: separate.cues,
    names: findings.names,
    isPast: (pos) => pastSentences.has(sentenceIndexAt(sentences, pos)),
  });
  const orgs = resolveOrganisations(text, merged, kind, orgCtx);

  const otherCompanySentences = sentencesAboutOthers(findings.names, sentences, orgs.company, findings.hits, cues, headlineZones.headlineEnd);
  const mainCtx = {
    zones: headlineZones,
    kind,
    otherCompanySentences,
    titleValues: separate.figures
      .filter((f) => (/^[A-Z]{3}$/.test(f.unit) || (f.unit === '' && f.value >= 100_000)) && !f.cumulative && !f.kind.startsWith('valuation') && f.kind !== 'previous-valuation')
      .map((f) => ({ value: f.value, unit: f.unit })),
  };
  const main = selectMainAmount(figures, mainCtx);
  const valuation = selectMainValuation(figures, main, mainCtx);
  // The headline may be the only place that states the amount ("… raises €80m" over a body that never
  // repeats it): then the amount comes from the title, flagged as such.
  const titleCtx = { ...mainCtx, zones: { headlineEnd: title.length, leadEnd: title.length } };
  const titleMain = main ? null : selectMainAmount(separate.figures, titleCtx);
  const titleValuation = valuation ? null : selectMainValuation(separate.figures, titleMain, titleCtx);

  const detection = detectAiFunding(
    {
      text,
      cues,
      zones: headlineZones,
      sentences,
      figures,
      names: findings.names,
      hits: allHits,
      titleCues: separate.cues,
      titleNames: separate.names,
      titleFigures: separate.figures,
      companyIsAi: orgs.companyEntry?.kinds.includes('ai') ?? false,
      mainAmount: main ?? titleMain,
    },
    kind,
  );

  const mainSentence = main ? sentences[main.sentence] : null;
  const round =
    kind === 'round'
      ? findRound(text, lang, {
          cues,
          leadEnd: headlineZones.leadEnd,
          mainSentence: mainSentence ?? null,
          isPast: (pos) => pastSentences.has(sentenceIndexAt(sentences, pos)),
        })
      : null;

  const bodyQuestions = findQuestions(text, sentences, lang, { headlineEnd: titleInText ? headlineZones.headlineEnd : 0 });
  const questions = [...titleQuestions(titleInText ? '' : title, bodyQuestions, lang), ...bodyQuestions];
  const themes = articleThemes(text, questions, headlineZones, lang);

  return {
    ...detection,
    lang,
    title: title || (zones.headlineEnd > 0 ? text.slice(0, zones.headlineEnd).trim() : ''),
    company: orgs.company,
    amount: main ? toMoney(main) : titleMain ? { ...toMoney(titleMain), inTitle: true } : null,
    valuation: valuation ? toMoney(valuation) : titleValuation ? { ...toMoney(titleValuation), inTitle: true } : null,
    investors: orgs.investors,
    leadInvestor: orgs.leadInvestor,
    round,
    figures: finalFigures(figures, main, valuation, kind, headlineZones),
    questions,
    themes,
    organisations: orgs.organisations,
    sentences,
  };
}

/**
 * Questions of a title given apart from the text ("Can €200bn buy Europe a place in the AI race?"): the
 * headline is often the article's main question and the body never repeats it. Flagged `inTitle`, with
 * offsets into the title; they come first, as the headline comes first on the page.
 */
function titleQuestions(title: string, bodyQuestions: readonly Question[], lang: Lang): Question[] {
  if (!title.includes('?')) return [];
  // A headline the body repeats word for word is listed once, where it can be placed: in the body.
  const inBody = new Set(bodyQuestions.map((q) => foldWords(q.text)));
  return findQuestions(title, splitSentences(title, lang), lang, { headlineEnd: title.length })
    .filter((q) => !inBody.has(foldWords(q.text)))
    .map((q) => ({ ...q, sentence: -1, inTitle: true }));
}

/** Hit patterns that make a name the receiver of the money its sentence talks about. */
const RECEIVER_VIA = new Set(['subject', 'sentence-subject', 'possessive', 'of-name', 'invest-object']);

/**
 * Sentences about another company and not about this one: they name a gazetteer AI company, or make
 * another name the receiver of their money ("Its rival Harvey raised $300 million"). The headline is
 * left out: it is about the article's own deal even when it names a rival ("Anthropic rival X raises").
 */
function sentencesAboutOthers(
  names: readonly NameSpan[],
  sentences: readonly Sentence[],
  company: string | null,
  hits: readonly OrgHit[],
  cues: Cues,
  headlineEnd: number,
): Set<number> {
  const mentionsCompany = new Set<number>();
  const mentionsOther = new Set<number>();
  const companyKey = company?.toLowerCase() ?? null;
  for (const n of names) {
    const i = sentenceIndexAt(sentences, n.start);
    const name = n.entry?.name ?? n.name;
    if (company && name === company) mentionsCompany.add(i);
    else if (n.entry?.kinds.includes('ai')) mentionsOther.add(i);
  }
  if (companyKey) {
    for (const h of hits) {
      if (h.inTitle || h.role !== 'company' || !RECEIVER_VIA.has(h.via) || h.name.start < headlineEnd) continue;
      if ((h.name.entry?.name ?? h.name.name).toLowerCase() === companyKey) continue;
      // Investors are named as subjects of their own sentences ("Index Ventures led…"): not a rival's deal.
      if (h.name.entry?.kinds.includes('investor') && !h.name.entry.kinds.includes('ai')) continue;
      mentionsOther.add(sentenceIndexAt(sentences, h.name.start));
    }
  }
  // "Zuletzt war der Konkurrent Scalelogic mit 50 Millionen Euro bewertet": a rival's figure.
  for (const r of cues.rival.items) if (r.start >= headlineEnd) mentionsOther.add(sentenceIndexAt(sentences, r.start));
  for (const i of mentionsCompany) mentionsOther.delete(i);
  return mentionsOther;
}

/**
 * Figures as the panel shows them: the main amount carries the deal's role, its repetitions too; an
 * older round outside the lead and totals to date are "other", so the panel never shows them as this
 * deal's amount.
 */
function finalFigures(
  figures: readonly RoledFigure[],
  main: RoledFigure | null,
  valuation: RoledFigure | null,
  kind: DealKind,
  zones: Zones,
): Figure[] {
  const dealRole = FIGURE_KIND_OF_DEAL[kind];
  return figures.map((f) => {
    let k: FigureKind = f.kind;
    const sameAsMain = main !== null && f.unit === main.unit && sameValue(f.value, main.value);
    const sameAsValuation = valuation !== null && f.unit === valuation.unit && sameValue(f.value, valuation.value);
    if (sameAsMain && !f.kind.startsWith('valuation')) k = dealRole;
    else if (sameAsValuation && (f.kind === 'other' || f.kind.startsWith('valuation'))) k = valuation?.kind ?? k;
    else if ((k === 'amount' || k === 'public-investment' || k === 'acquisition-price') && (f.cumulative || (f.past && f.start >= zones.leadEnd))) k = 'other';
    else if ((k === 'valuation' || k === 'valuation-post') && f.past && f.start >= zones.leadEnd) k = 'previous-valuation';
    return { kind: k, value: f.value, unit: f.unit, text: f.text, start: f.start, end: f.end, sentence: f.sentence };
  });
}

/**
 * Question themes, plus themes the article itself keeps coming back to (conservative on purpose): a
 * theme found in THEME_MIN_PARAGRAPHS paragraphs, or in THEME_MIN_WITH_LEAD when one of them is the
 * headline or lead. Only the first THEME_SCAN_CHARS characters are read: a longer text is rarely one
 * article, and this keeps the cost bounded.
 */
function articleThemes(text: string, questions: readonly Question[], zones: Zones, lang: Lang): ThemeId[] {
  const found = new Set<ThemeId>();
  for (const q of questions) for (const t of q.themes) found.add(t);
  const count = new Map<ThemeId, { n: number; lead: boolean }>();
  const scanned = text.slice(0, THEME_SCAN_CHARS);
  let start = 0;
  for (const paragraph of scanned.split('\n')) {
    for (const t of themesOf(paragraph, lang)) {
      const c = count.get(t) ?? { n: 0, lead: false };
      c.n++;
      if (start < zones.leadEnd) c.lead = true;
      count.set(t, c);
    }
    start += paragraph.length + 1;
  }
  for (const [t, c] of count) if (c.n >= THEME_MIN_PARAGRAPHS || (c.lead && c.n >= THEME_MIN_WITH_LEAD)) found.add(t);
  return [...found];
}
