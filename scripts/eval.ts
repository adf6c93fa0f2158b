// `npm run eval`: runs analyzeArticle over every fixture article (plus the seed article and the real
// pages, which are all negatives) and prints detection and extraction metrics per language.
//   --verbose   one line per wrong case: "file: field expected … got …"
//   --json [path]  the metrics as JSON (to stdout, or to the file given)
//   --holdout   the held-out articles (tests/fixtures/holdout) instead of the tuning fixtures
// Exits 0 whatever the scores: floors are asserted by tests/unit/core/fixtures.test.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gazetteerEntry } from '../core/analysis/match-gazetteer';
import { analyzeArticle } from '../core/analyze-article';
import type { Analysis, Lang } from '../core/types';
import { articleFromHtml, articleFromText } from './lib/article-from-input';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Amounts within this ratio of the expected value count as right ("$6.6bn" vs 6 600 000 000). */
const VALUE_TOLERANCE = 0.005;

export interface ExpectedMoney {
  value: number;
  currency: string;
}
export interface ExpectedQuestion {
  quote: string;
  kind: 'explicit' | 'implicit';
  themes?: string[];
}
export interface Expected {
  category?: string;
  isAiFunding: boolean;
  kind?: string | null;
  company?: string | null;
  amount?: ExpectedMoney | null;
  valuation?: ExpectedMoney | null;
  investors?: string[];
  leadInvestor?: string | null;
  round?: string | null;
  questions?: ExpectedQuestion[];
  aliases?: Record<string, string>;
}
export interface EvalCase {
  file: string;
  lang: Lang;
  source: 'fixture' | 'seed' | 'page';
  expected: Expected;
  analysis: Analysis;
}

interface Ratio {
  ok: number;
  total: number;
}
export interface LangMetrics {
  cases: number;
  positives: number;
  detection: { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number };
  amount: Ratio;
  valuation: Ratio;
  company: Ratio;
  investorRecall: Ratio;
  investorPrecision: Ratio;
  lead: Ratio;
  round: Ratio;
  questions: Ratio;
  explicitQuestions: Ratio;
  recognizers?: Ratio;
}
export interface EvalReport {
  byLang: Partial<Record<Lang, LangMetrics>>;
  overall: LangMetrics;
  errors: string[];
}

// ------------------------------------------------------------------------------------------- loading

function sharedDir(): string | null {
  for (const dir of [process.env.CONTREPOINT_SHARED, resolve(repoRoot, '../shared'), '/work/shared']) {
    if (dir && existsSync(join(dir, 'DESIGN.md'))) return dir;
  }
  return null;
}

/** Analyses a plain-text article exactly as `npm run analyze` does (first line = title, not in the text). */
export function analyzeTextFile(content: string): Analysis {
  const src = articleFromText(content);
  return analyzeArticle({ text: src.text, title: src.title });
}

const SEED_EXPECTED: Expected = {
  isAiFunding: true,
  kind: 'round',
  company: 'OpenAI',
  amount: { value: 40e9, currency: 'USD' },
  valuation: { value: 300e9, currency: 'USD' },
  investors: ['SoftBank', 'Microsoft'],
  leadInvestor: null,
  round: null,
  questions: [
    { quote: 'L’Europe peut-elle encore rattraper son retard ?', kind: 'explicit' },
    { quote: 'quelle place possible pour une IA plus éthique et souveraine dans ce paysage ultra-concurrentiel ?', kind: 'explicit' },
    { quote: 'Cela pose la question de l’indépendance stratégique', kind: 'implicit' },
  ],
};

export function loadCases(options: { pages?: boolean; holdout?: boolean } = {}): EvalCase[] {
  const cases: EvalCase[] = [];
  // The held-out set (tests/fixtures/holdout) is for measuring only: nobody tunes on it.
  const root = join(repoRoot, options.holdout ? 'tests/fixtures/holdout' : 'tests/fixtures/articles');
  if (existsSync(root)) {
    for (const lang of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const dir = join(root, lang);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
        const json = join(dir, f.replace(/\.txt$/, '.json'));
        if (!existsSync(json)) continue;
        const expected = JSON.parse(readFileSync(json, 'utf8')) as Expected;
        const analysis = analyzeTextFile(readFileSync(join(dir, f), 'utf8'));
        cases.push({ file: `${lang}/${f}`, lang: lang as Lang, source: 'fixture', expected, analysis });
      }
    }
  }
  const shared = options.holdout ? null : sharedDir();
  if (shared) {
    const seed = join(shared, 'seed/article-fr.txt');
    if (existsSync(seed)) {
      cases.push({ file: 'seed/article-fr.txt', lang: 'fr', source: 'seed', expected: SEED_EXPECTED, analysis: analyzeTextFile(readFileSync(seed, 'utf8')) });
    }
    if (options.pages !== false) {
      const manifest = JSON.parse(readFileSync(join(shared, 'pages/manifest.json'), 'utf8')) as { file: string; lang: string }[];
      for (const page of manifest) {
        const html = readFileSync(join(shared, 'pages', page.file), 'utf8');
        const read = articleFromHtml(html);
        const analysis = read.ok
          ? analyzeArticle({ text: read.source.text, title: read.source.title, hints: read.source.hints })
          : analyzeArticle({ text: '' });
        cases.push({ file: `pages/${page.file}`, lang: page.lang as Lang, source: 'page', expected: { isAiFunding: false, questions: [] }, analysis });
      }
    }
  }
  return cases;
}

// ------------------------------------------------------------------------------------------- scoring

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}
function normName(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}& ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same organisation: same normalised name, an alias of the fixture, the same gazetteer entry, or one name
 *  being the other plus trailing words ("Lightspeed" / "Lightspeed Venture Partners"). */
export function sameOrg(expected: string, got: string, aliases: Record<string, string> = {}): boolean {
  const canon = (s: string) => {
    const alias = Object.entries(aliases).find(([k]) => normName(k) === normName(s));
    return normName(alias ? alias[1] : s);
  };
  const a = canon(expected);
  const b = canon(got);
  if (!a || !b) return false;
  if (a === b) return true;
  const ea = gazetteerEntry(expected);
  const eb = gazetteerEntry(got);
  if (ea && eb && ea === eb) return true;
  return b.startsWith(`${a} `) || a.startsWith(`${b} `);
}

function sameMoney(expected: ExpectedMoney, got: { value: number; currency: string } | null): boolean {
  if (!got) return false;
  return got.currency === expected.currency && Math.abs(got.value - expected.value) <= VALUE_TOLERANCE * Math.abs(expected.value);
}

function money(m: { value: number; currency: string } | null | undefined): string {
  return m ? `${m.value} ${m.currency}` : 'null';
}

function emptyMetrics(): LangMetrics {
  const r = () => ({ ok: 0, total: 0 });
  return {
    cases: 0,
    positives: 0,
    detection: { tp: 0, fp: 0, fn: 0, tn: 0, precision: 1, recall: 1 },
    amount: r(),
    valuation: r(),
    company: r(),
    investorRecall: r(),
    investorPrecision: r(),
    lead: r(),
    round: r(),
    questions: r(),
    explicitQuestions: r(),
  };
}

function add(m: LangMetrics, c: EvalCase, errors: string[]): void {
  const e = c.expected;
  const a = c.analysis;
  const wrong = (field: string, exp: string, got: string) => errors.push(`${c.file}: ${field} expected ${exp} got ${got}`);
  m.cases++;
  if (e.isAiFunding) m.positives++;
  if (e.isAiFunding && a.isAiFunding) m.detection.tp++;
  else if (!e.isAiFunding && a.isAiFunding) {
    m.detection.fp++;
    wrong('isAiFunding', 'false', `true (${a.score}; ${a.reasons.join(' ')})`);
  } else if (e.isAiFunding && !a.isAiFunding) {
    m.detection.fn++;
    wrong('isAiFunding', 'true', `false (${a.score}; ${a.reasons.join(' ')})`);
  } else m.detection.tn++;

  if (e.isAiFunding) {
    if (e.amount) {
      m.amount.total++;
      if (sameMoney(e.amount, a.amount)) m.amount.ok++;
      else wrong('amount', money(e.amount), money(a.amount));
    }
    if (e.valuation !== undefined) {
      m.valuation.total++;
      const ok = e.valuation === null ? a.valuation === null : sameMoney(e.valuation, a.valuation);
      if (ok) m.valuation.ok++;
      else wrong('valuation', money(e.valuation), money(a.valuation));
    }
    if (e.company) {
      m.company.total++;
      if (a.company && sameOrg(e.company, a.company, e.aliases)) m.company.ok++;
      else wrong('company', e.company, String(a.company));
    }
    const exp = e.investors ?? [];
    m.investorRecall.total += exp.length;
    m.investorPrecision.total += a.investors.length;
    const missed = exp.filter((x) => !a.investors.some((g) => sameOrg(x, g, e.aliases)));
    const extra = a.investors.filter((g) => !exp.some((x) => sameOrg(x, g, e.aliases)));
    m.investorRecall.ok += exp.length - missed.length;
    m.investorPrecision.ok += a.investors.length - extra.length;
    if (missed.length || extra.length) wrong('investors', `[${exp.join(', ')}]`, `[${a.investors.join(', ')}] missed [${missed.join(', ')}] extra [${extra.join(', ')}]`);
    if (e.leadInvestor !== undefined) {
      m.lead.total++;
      const ok = e.leadInvestor === null ? a.leadInvestor === null : a.leadInvestor !== null && sameOrg(e.leadInvestor, a.leadInvestor, e.aliases);
      if (ok) m.lead.ok++;
      else wrong('leadInvestor', String(e.leadInvestor), String(a.leadInvestor));
    }
    if (e.round !== undefined) {
      m.round.total++;
      if ((e.round ?? null) === a.round) m.round.ok++;
      else wrong('round', String(e.round), String(a.round));
    }
  }
  for (const q of e.questions ?? []) {
    const quote = fold(q.quote);
    const found = a.questions.some((x) => fold(x.text).includes(quote));
    m.questions.total++;
    if (found) m.questions.ok++;
    if (q.kind === 'explicit') {
      m.explicitQuestions.total++;
      if (found) m.explicitQuestions.ok++;
    }
    if (!found) wrong('question', `"${q.quote.slice(0, 70)}"`, 'not found');
  }
}

function finish(m: LangMetrics): LangMetrics {
  const d = m.detection;
  d.precision = d.tp + d.fp === 0 ? 1 : d.tp / (d.tp + d.fp);
  d.recall = d.tp + d.fn === 0 ? 1 : d.tp / (d.tp + d.fn);
  return m;
}

async function recognizerScores(): Promise<Partial<Record<Lang, Ratio>>> {
  const path = join(repoRoot, 'tests/recognizers-cases.ts');
  if (!existsSync(path)) return {};
  try {
    const mod = (await import(pathToFileURL(path).href)) as {
      evaluateRecognizerSpecs?: () => Record<string, { inScope: number; passed: number }>;
    };
    const specs = mod.evaluateRecognizerSpecs?.() ?? {};
    const out: Partial<Record<Lang, Ratio>> = {};
    for (const [lang, r] of Object.entries(specs)) out[lang as Lang] = { ok: r.passed, total: r.inScope };
    return out;
  } catch {
    return {};
  }
}

export function evaluate(cases: readonly EvalCase[], recognizers: Partial<Record<Lang, Ratio>> = {}): EvalReport {
  const errors: string[] = [];
  const byLang: Partial<Record<Lang, LangMetrics>> = {};
  const overall = emptyMetrics();
  for (const c of cases) {
    const m = byLang[c.lang] ?? emptyMetrics();
    byLang[c.lang] = m;
    add(m, c, errors);
    add(overall, c, []);
  }
  for (const m of Object.values(byLang)) finish(m);
  finish(overall);
  const total = { ok: 0, total: 0 };
  for (const [lang, r] of Object.entries(recognizers)) {
    const m = byLang[lang as Lang];
    if (m && r) m.recognizers = r;
    total.ok += r?.ok ?? 0;
    total.total += r?.total ?? 0;
  }
  if (total.total) overall.recognizers = total;
  return { byLang, overall, errors };
}

// ------------------------------------------------------------------------------------------- printing

function pct(r: Ratio | undefined): string {
  if (!r || r.total === 0) return '   –  ';
  return `${((100 * r.ok) / r.total).toFixed(1).padStart(5)}%`;
}
function rate(x: number): string {
  return `${(100 * x).toFixed(1).padStart(5)}%`;
}

function table(report: EvalReport): string {
  const rows: [string, LangMetrics][] = [...(Object.entries(report.byLang) as [string, LangMetrics][]), ['all', report.overall]];
  const head = ['lang', 'cases', 'pos', 'det.P', 'det.R', 'amount', 'valuat.', 'company', 'inv.R', 'inv.P', 'lead', 'round', 'quest.', 'explic.', 'recogn.'];
  const lines = [head.map((h) => h.padStart(7)).join(' ')];
  for (const [lang, m] of rows) {
    lines.push(
      [
        lang.padStart(7),
        String(m.cases).padStart(7),
        String(m.positives).padStart(7),
        rate(m.detection.precision).padStart(7),
        rate(m.detection.recall).padStart(7),
        pct(m.amount).padStart(7),
        pct(m.valuation).padStart(7),
        pct(m.company).padStart(7),
        pct(m.investorRecall).padStart(7),
        pct(m.investorPrecision).padStart(7),
        pct(m.lead).padStart(7),
        pct(m.round).padStart(7),
        pct(m.questions).padStart(7),
        pct(m.explicitQuestions).padStart(7),
        pct(m.recognizers).padStart(7),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const jsonAt = argv.indexOf('--json');
  const holdout = argv.includes('--holdout');
  const cases = loadCases({ holdout });
  if (holdout) console.log('held-out set (tests/fixtures/holdout): measure only, never tune on it\n');
  const report = evaluate(cases, await recognizerScores());
  if (jsonAt >= 0) {
    const path = argv[jsonAt + 1];
    const json = JSON.stringify({ byLang: report.byLang, overall: report.overall, wrong: report.errors }, null, 2);
    if (path && !path.startsWith('--')) writeFileSync(path, `${json}\n`);
    else {
      process.stdout.write(`${json}\n`);
      return;
    }
  }
  console.log(table(report));
  const d = report.overall.detection;
  console.log(`\n${cases.length} cases (${cases.filter((c) => c.source === 'page').length} real pages); detection tp ${d.tp} fp ${d.fp} fn ${d.fn} tn ${d.tn}`);
  if (verbose) {
    console.log('');
    for (const e of report.errors) console.log(e);
  } else if (report.errors.length) console.log(`${report.errors.length} wrong fields (--verbose lists them)`);
}

if (process.argv[1] && basename(process.argv[1]).startsWith('eval') && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
