// A short quiz on the article's own figures. Deterministic for a given seed, so the same article shows the
// same quiz after a reload and tests can pin the output. Prompts are message keys, not text: the UI words
// them in the reader's language and formats the numbers.
import { hashText } from './hash-text';
import { latinRegex } from './text/latin-regex';
import type { Analysis, Figure, FigureKind } from './types';

export type QuizChoice =
  | { kind: 'money'; value: number; currency: string }
  | { kind: 'count'; value: number; unit: string }
  | { kind: 'percent'; value: number }
  | { kind: 'text'; text: string };

export type QuizTopic = FigureKind | 'lead-investor' | 'round';

export interface QuizQuestion {
  /** Stable within one article: the topic plus the source offsets. */
  id: string;
  topic: QuizTopic;
  /** A message key (see QUIZ_PROMPT_KEYS) and its substitutions. */
  prompt: { key: string; subs: string[] };
  choices: QuizChoice[];
  /** Index of the right choice. */
  answer: number;
  /** Where the answer comes from: the figure's span and the sentence holding it. */
  source: { start: number; end: number; sentence: string };
}

export interface QuizOptions {
  seed: number | string;
  /** Investor names to draw wrong answers from (the gazetteer's), besides those in the article. */
  investorPool?: readonly string[];
  /** At most this many questions (default 5). */
  max?: number;
}

// Three to five questions keep the quiz a minute long; more would repeat the article back at the reader.
const DEFAULT_MAX_QUESTIONS = 5;
const CHOICES_PER_QUESTION = 4;

// Used only when neither the article nor the caller's pool offers enough names. Widely reported AI
// investors, so that a wrong choice still sounds plausible.
const FALLBACK_INVESTORS = [
  'SoftBank',
  'Microsoft',
  'Nvidia',
  'Sequoia Capital',
  'Andreessen Horowitz',
  'General Catalyst',
  'Lightspeed Venture Partners',
  'Thrive Capital',
  'Bpifrance',
  'Index Ventures',
  'Tiger Global',
  'Google',
];

/** Prompt keys for a topic: `[withCompany, withoutCompany]`. */
const PROMPTS: Record<QuizTopic, [string, string]> = {
  amount: ['quizAmount', 'quizAmountNoCompany'],
  valuation: ['quizValuation', 'quizValuationNoCompany'],
  'valuation-pre': ['quizValuationPre', 'quizValuationPreNoCompany'],
  'valuation-post': ['quizValuation', 'quizValuationNoCompany'],
  'previous-valuation': ['quizPreviousValuation', 'quizPreviousValuationNoCompany'],
  tranche: ['quizTranche', 'quizTrancheNoCompany'],
  users: ['quizUsers', 'quizUsersNoCompany'],
  revenue: ['quizRevenue', 'quizRevenueNoCompany'],
  loss: ['quizLoss', 'quizLossNoCompany'],
  stake: ['quizStake', 'quizStakeNoCompany'],
  'public-investment': ['quizPublicInvestment', 'quizPublicInvestment'],
  'acquisition-price': ['quizAcquisitionPrice', 'quizAcquisitionPriceNoCompany'],
  employees: ['quizEmployees', 'quizEmployeesNoCompany'],
  other: ['quizOther', 'quizOther'],
  'lead-investor': ['quizLeadInvestor', 'quizLeadInvestorNoCompany'],
  round: ['quizRound', 'quizRoundNoCompany'],
};

/** Every message key a quiz prompt can use (the i18n test checks they all exist). */
export const QUIZ_PROMPT_KEYS: readonly string[] = [...new Set(Object.values(PROMPTS).flat())];

// Figure kinds worth a question, most telling first, asked around the lead-investor and round questions.
// `other` never: a number without a role makes a question nobody could answer from the article's story.
const HEADLINE_KINDS: readonly FigureKind[] = [
  'amount',
  'acquisition-price',
  'public-investment',
  'valuation',
  'valuation-post',
];
const AUDIENCE_KINDS: readonly FigureKind[] = ['users'];
const DETAIL_KINDS: readonly FigureKind[] = [
  'revenue',
  'valuation-pre',
  'previous-valuation',
  'employees',
  'stake',
  'tranche',
  'loss',
];

/** mulberry32: tiny, fast, good enough to shuffle four choices. */
function makeRandom(seed: number | string): () => number {
  let state = typeof seed === 'number' ? seed >>> 0 : Number.parseInt(hashText(seed).slice(8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

// Two values that print the same at three significant digits ("$40B" and "$40.04B") are one answer.
const sameShown = (a: number, b: number): boolean => roundSignificant(a, 3) === roundSignificant(b, 3);

// ×0.1 and ×10 test the order of magnitude; the neighbours test the figure itself.
const SCALE_FACTORS = [0.1, 10];
const NEIGHBOUR_FACTORS = [0.5, 0.75, 1.25, 1.5, 2, 3];

function numericDistractors(value: number, alsoInArticle: readonly number[], random: () => number): number[] {
  const picked: number[] = [];
  const take = (candidate: number): void => {
    if (picked.length >= CHOICES_PER_QUESTION - 1 || candidate <= 0) return;
    if (sameShown(candidate, value) || picked.some((p) => sameShown(p, candidate))) return;
    picked.push(candidate);
  };
  // A same-unit figure from the article (the valuation offered for the amount…) is the most instructive
  // wrong answer: it makes the reader tell the article's numbers apart.
  const fromArticle = alsoInArticle.filter((other) => !sameShown(other, value));
  if (fromArticle.length > 0) take(fromArticle[Math.floor(random() * fromArticle.length)] as number);
  const scale = SCALE_FACTORS[Math.floor(random() * SCALE_FACTORS.length)] as number;
  take(roundSignificant(value * scale, 2));
  for (const factor of shuffle(NEIGHBOUR_FACTORS, random)) take(roundSignificant(value * factor, 2));
  for (const factor of SCALE_FACTORS) take(roundSignificant(value * factor, 2));
  return picked;
}

function percentDistractors(value: number, random: () => number): number[] {
  const candidates = shuffle([value / 2, value * 2, value + 5, value - 5, value + 10, value - 10], random);
  const picked: number[] = [];
  for (const raw of candidates) {
    const candidate = Math.round(raw * 10) / 10;
    if (picked.length >= CHOICES_PER_QUESTION - 1) break;
    if (candidate <= 0 || candidate >= 100 || candidate === value || picked.includes(candidate)) continue;
    picked.push(candidate);
  }
  return picked;
}

const ROUND_LETTER = latinRegex(/(^|[^\p{L}])([A-H])(?![\p{L}])/u);
const LETTERS = 'ABCDEFGH';

/** "Series C" → "Series B", "Series D", "Series E"…: same wording, neighbouring letters. */
function roundDistractors(round: string, random: () => number): string[] {
  const match = ROUND_LETTER.exec(round);
  if (!match) return [];
  const letter = match[2] as string;
  const at = match.index + (match[1] ?? '').length;
  const index = LETTERS.indexOf(letter);
  const near = [index - 1, index + 1, index + 2, index - 2]
    .filter((i) => i >= 0 && i < LETTERS.length)
    .map((i) => `${round.slice(0, at)}${LETTERS[i]}${round.slice(at + 1)}`);
  return shuffle(near.slice(0, 3), random);
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

function investorDistractors(analysis: Analysis, lead: string, pool: readonly string[], random: () => number): string[] {
  const fromArticle = [
    ...analysis.investors,
    ...analysis.organisations.filter((o) => o.role === 'investor' || o.role === 'lead-investor').map((o) => o.name),
  ];
  const exclude = [lead, ...(analysis.company ? [analysis.company] : [])];
  const picked: string[] = [];
  const take = (names: readonly string[], limit: number): void => {
    for (const name of names) {
      if (picked.length >= limit) return;
      if (exclude.some((e) => sameName(e, name)) || picked.some((p) => sameName(p, name))) continue;
      picked.push(name);
    }
  };
  // At most two co-investors from the article, so that one wrong answer is an outsider.
  take(shuffle(fromArticle, random), 2);
  take(shuffle([...pool, ...FALLBACK_INVESTORS], random), CHOICES_PER_QUESTION - 1);
  return picked;
}

function sentenceAt(analysis: Analysis, offset: number): string {
  return analysis.sentences.find((s) => s.start <= offset && offset < s.end)?.text ?? '';
}

function choiceForFigure(figure: Pick<Figure, 'value' | 'unit'>, value: number): QuizChoice {
  if (figure.unit === '%') return { kind: 'percent', value };
  if (/^[A-Z]{3}$/.test(figure.unit)) return { kind: 'money', value, currency: figure.unit };
  return { kind: 'count', value, unit: figure.unit };
}

function promptFor(topic: QuizTopic, company: string | null): { key: string; subs: string[] } {
  const [withCompany, withoutCompany] = PROMPTS[topic];
  return company ? { key: withCompany, subs: [company] } : { key: withoutCompany, subs: [] };
}

function assemble(
  topic: QuizTopic,
  right: QuizChoice,
  wrong: QuizChoice[],
  source: { start: number; end: number; sentence: string },
  company: string | null,
  random: () => number,
): QuizQuestion | null {
  if (wrong.length < CHOICES_PER_QUESTION - 1) return null;
  const choices = shuffle([right, ...wrong.slice(0, CHOICES_PER_QUESTION - 1)], random);
  return {
    id: `${topic}@${source.start}`,
    topic,
    prompt: promptFor(topic, company),
    choices,
    answer: choices.indexOf(right),
    source,
  };
}

function figureQuestion(analysis: Analysis, figure: Figure, random: () => number): QuizQuestion | null {
  const source = {
    start: figure.start,
    end: figure.end,
    sentence: analysis.sentences[figure.sentence]?.text ?? sentenceAt(analysis, figure.start),
  };
  const right = choiceForFigure(figure, figure.value);
  let wrongValues: number[];
  if (figure.unit === '%') {
    wrongValues = percentDistractors(figure.value, random);
  } else {
    const sameUnit = analysis.figures
      .filter((f) => f.unit === figure.unit && f !== figure && f.kind !== 'other')
      .map((f) => f.value);
    wrongValues = numericDistractors(figure.value, sameUnit, random);
  }
  const wrong = wrongValues.map((value) => choiceForFigure(figure, value));
  return assemble(figure.kind, right, wrong, source, analysis.company, random);
}

/** The figure list, with the headline amount and valuation added when the figures lack them. */
function candidateFigures(analysis: Analysis): Figure[] {
  const figures = [...analysis.figures];
  const addMoney = (kind: FigureKind, money: Analysis['amount']): void => {
    if (!money) return;
    if (figures.some((f) => f.start === money.start && f.end === money.end)) return;
    const sentence = analysis.sentences.findIndex((s) => s.start <= money.start && money.start < s.end);
    figures.push({ ...money, kind, unit: money.currency, sentence });
  };
  addMoney('amount', analysis.amount);
  addMoney('valuation', analysis.valuation);
  return figures;
}

export function buildQuiz(analysis: Analysis, options: QuizOptions): QuizQuestion[] {
  const random = makeRandom(options.seed);
  const max = options.max ?? DEFAULT_MAX_QUESTIONS;
  const questions: QuizQuestion[] = [];
  const push = (question: QuizQuestion | null): void => {
    if (question && questions.length < max) questions.push(question);
  };

  const figures = candidateFigures(analysis);
  const byKind = (kind: FigureKind): Figure | undefined => figures.find((f) => f.kind === kind && f.value > 0);
  const askedValues: Figure[] = [];
  const askFigure = (kind: FigureKind): void => {
    const figure = byKind(kind);
    // "valuation" and "valuation-post" often name the same number: ask once.
    if (!figure || askedValues.some((f) => f.unit === figure.unit && sameShown(f.value, figure.value))) return;
    askedValues.push(figure);
    push(figureQuestion(analysis, figure, random));
  };

  for (const kind of HEADLINE_KINDS) askFigure(kind);

  if (analysis.leadInvestor) {
    const lead = analysis.leadInvestor;
    const org = analysis.organisations.find((o) => sameName(o.name, lead));
    const start = org?.start ?? analysis.sentences.find((s) => s.text.includes(lead))?.start ?? -1;
    if (start >= 0) {
      const source = { start, end: org?.end ?? start + lead.length, sentence: sentenceAt(analysis, start) };
      const wrong = investorDistractors(analysis, lead, options.investorPool ?? [], random).map(
        (text): QuizChoice => ({ kind: 'text', text }),
      );
      push(assemble('lead-investor', { kind: 'text', text: lead }, wrong, source, analysis.company, random));
    }
  }

  for (const kind of AUDIENCE_KINDS) askFigure(kind);

  if (analysis.round) {
    const round = analysis.round;
    const sentence = analysis.sentences.find((s) => s.text.includes(round));
    if (sentence) {
      const start = sentence.start + sentence.text.indexOf(round);
      const wrong = roundDistractors(round, random).map((text): QuizChoice => ({ kind: 'text', text }));
      const source = { start, end: start + round.length, sentence: sentence.text };
      push(assemble('round', { kind: 'text', text: round }, wrong, source, analysis.company, random));
    }
  }

  for (const kind of DETAIL_KINDS) askFigure(kind);
  return questions;
}
