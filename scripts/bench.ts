// `npm run bench`: measures the budgets of DESIGN.md, prints a table, writes bench-results/bench.json,
// and exits 1 when a budget is broken (or a measurement could not run).
//   core     analyzeArticle at 1 kB … 1 MB in five languages and on adversarial text (steady state,
//            medians), growth from 10 kB to 1 MB, quickCheck on the real pages' signals, and the first
//            call in fresh Node processes;
//   size     every file of the Chrome and Firefox builds, raw and gzip, and what every matched page
//            evaluates;
//   browser  real Chromium with the e2e build: panel time to screen, where it goes, main-thread cost on
//            the real pages with and without the extension, heap added by the panel, the core's cold
//            start in fresh tabs.
// Options: --no-browser (skip Chromium), --reuse-build (use .output/ as it is instead of building).
// Takes about three minutes on this machine (2 cores), most of it in Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../core/analyze-article';
import { LANGS, type Lang } from '../core/types';
import { requireSharedDir } from '../tests/shared-dir';
import { articleOfSize } from './bench/bench-texts';
import { type BenchRow, formatRows, formatValue, isOverBudget } from './bench/bench-rows';
import { type BenchArticleRef, type BrowserReport, browserBench } from './bench/browser-bench';
import * as budget from './bench/budgets';
import { BUILDS, buildExtension } from './bench/build-extension';
import { type BuildSizes, buildSizes, formatSizes } from './bench/bundle-sizes';
import { bundleCore } from './bench/bundle-core';
import type { Timed } from './bench/cold-child';
import { type ColdWhole, coldWhole, regexCostsOf } from './bench/cold-start';
import {
  type AdversarialTiming,
  growthByLang,
  type QuickCheckTiming,
  SIZES,
  type SizeTiming,
  stagesAt1M,
  timeAdversarial,
  timeQuickCheck,
  timeSizes,
} from './bench/core-timing';
import { firstAiArticle, readAllFixtures } from './bench/read-fixtures';
import type { RegexCost } from './bench/regex-costs';
import { realPageFiles, realPageSignals } from './bench/real-page-signals';
import { checkedMs, median } from './bench/stats';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const WITH_BROWSER = !args.has('--no-browser');
const REUSE_BUILD = args.has('--reuse-build');

// Fresh Node processes per language for the cold start: three give a median that one slow start (the
// machine busy for a moment) does not move.
const COLD_RUNS = 3;
// Rounds of the real pages with and without the extension, and of the warm panel timings: each adds
// about 40 s and 10 s; the figures are medians per page.
const PAGE_ROUNDS = 3;
const PANEL_ROUNDS = 1;
/** The largest real page layout (1.1 MB of HTML) carries the article of the memory measurement. */
const LARGE_LAYOUT = 'readability--guardian-1.html';
/** Costliest regexes of a first analysis kept in the report (printed and in bench.json). */
const REGEXES_KEPT = 15;
/** The size of the article the cold starts analyse: the budgeted 10 kB. */
const COLD_CHARS = 10_000;

const rows: BenchRow[] = [];
const details: Record<string, unknown> = {};
const failures: string[] = [];
const log = (line: string) => console.log(line);

/** 1000 characters make a kB here, 1 000 000 a MB. */
const sizeLabel = (chars: number) => (chars >= 1_000_000 ? `${chars / 1_000_000} MB` : `${chars / 1000} kB`);
const worst = <T>(items: readonly T[], value: (t: T) => number): T | undefined =>
  items.reduce<T | undefined>((w, t) => (w === undefined || value(t) > value(w) ? t : w), undefined);
const perLang = (values: ReadonlyArray<{ lang: string; v: number }>, unit: BenchRow['unit']) =>
  values.map(({ lang, v }) => `${lang} ${formatValue(v, unit)}`).join(', ');

/** A section that fails is a failed bench, not a silent gap in the table. */
async function section(name: string, run: () => Promise<void> | void): Promise<void> {
  const started = performance.now();
  log(`\n== ${name}`);
  try {
    await run();
  } catch (e) {
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    failures.push(`${name}: ${message.split('\n').slice(0, 6).join('\n')}`);
    rows.push({ section: name, measure: 'could not run (see below)', value: Number.NaN, unit: '', budget: 0 });
  }
  log(`   (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

function coreRows(sizes: SizeTiming[], adversarial: AdversarialTiming[], quick: QuickCheckTiming[]): void {
  for (const chars of SIZES) {
    const at = sizes.filter((s) => s.chars === chars && s.lang !== 'mixed');
    const w = worst(at, checkedMs);
    const limit = chars === 10_000 ? budget.CORE_10K_MS : chars === 1_000_000 ? budget.CORE_1M_MS : undefined;
    rows.push({
      section: 'core',
      measure: `analyzeArticle, ${sizeLabel(chars)} article (worst language: ${w?.lang ?? '?'})`,
      value: w ? checkedMs(w) : Number.NaN,
      unit: 'ms',
      ...(limit === undefined ? {} : { budget: limit }),
      note: perLang(at.map((s) => ({ lang: s.lang, v: checkedMs(s) })), ''),
    });
  }
  const mixed = sizes.find((s) => s.lang === 'mixed');
  rows.push({
    section: 'core',
    measure: 'analyzeArticle, 1 MB of all five languages',
    value: mixed ? checkedMs(mixed) : Number.NaN,
    unit: 'ms',
    budget: budget.CORE_1M_MS,
    note: mixed ? `wall ${formatValue(mixed.wallMs, 'ms')}, cpu ${formatValue(mixed.cpuMs, 'ms')}` : '',
  });
  const growth = growthByLang(sizes);
  const g = worst(LANGS, (l) => growth[l]);
  rows.push({
    section: 'core',
    measure: `growth 10 kB → 1 MB, ms per kB (worst: ${g ?? '?'})`,
    value: g ? growth[g] : Number.NaN,
    unit: '×',
    budget: budget.LINEARITY_FACTOR,
    note: perLang(LANGS.map((l) => ({ lang: l, v: growth[l] })), ''),
  });
  const slowest = worst(adversarial, (a) => (a.large ? checkedMs(a.large) : Number.POSITIVE_INFINITY));
  rows.push({
    section: 'core',
    measure: `adversarial 1 MB, slowest kind (${slowest?.kind ?? '?'})`,
    value: slowest?.large ? checkedMs(slowest.large) : Number.POSITIVE_INFINITY,
    unit: 'ms',
    budget: budget.CORE_1M_MS,
    note: `${adversarial.length} kinds, table below`,
  });
  const steepest = worst(adversarial, (a) => a.growth);
  rows.push({
    section: 'core',
    measure: `adversarial growth 100 kB → 1 MB (worst: ${steepest?.kind ?? '?'})`,
    value: steepest?.growth ?? Number.NaN,
    unit: '×',
    budget: budget.LINEARITY_FACTOR,
  });
  const q = worst(quick, checkedMs);
  rows.push({
    section: 'core',
    measure: `quickCheck on the real pages' signals (worst: ${q?.page ?? '?'})`,
    value: q ? checkedMs(q) : Number.NaN,
    unit: 'ms',
    budget: budget.QUICK_CHECK_MS,
    note: `median ${formatValue(median(quick.map(checkedMs)), 'ms')}; ${quick.filter((x) => x.passes).length} of ${quick.length} pages pass the gate`,
  });
}

function coldRows(cold: Array<{ lang: Lang } & ColdWhole>): void {
  const row = (measure: string, pick: (c: ColdWhole) => Timed) => {
    const w = worst(cold, (c) => pick(c).cpuMs);
    rows.push({
      section: 'cold (Node)',
      measure: `${measure} (worst: ${w?.lang ?? '?'})`,
      value: w ? pick(w).cpuMs : Number.NaN,
      unit: 'ms',
      note: `cpu; ${perLang(
        cold.map((c) => ({ lang: c.lang, v: pick(c).cpuMs })),
        '',
      )}; wall ${formatValue(median(cold.map((c) => pick(c).wallMs)), 'ms')} median`,
    });
  };
  row('evaluate the minified core bundle', (c) => c.evaluate);
  row('quickCheck, first call', (c) => c.quickCheck);
  row(`analyzeArticle, first call, ${COLD_CHARS / 1000} kB`, (c) => c.first);
  row(`analyzeArticle, second call, ${COLD_CHARS / 1000} kB`, (c) => c.second);
}

function sizeRows(builds: BuildSizes[]): void {
  for (const b of builds) {
    rows.push({
      section: 'size',
      measure: `${b.build}: evaluated on every matched page (${b.everyPage.join(', ')})`,
      value: b.everyPageGzip / 1024,
      unit: 'kB',
      budget: budget.EVERY_PAGE_GZIP_BYTES / 1024,
      note: 'gzip',
    });
    const panel = b.files.find((f) => f.file === 'panel.js');
    if (panel) {
      rows.push({
        section: 'size',
        measure: `${b.build}: panel.js (only on AI-funding pages)`,
        value: panel.gzip / 1024,
        unit: 'kB',
        note: `gzip; ${formatValue(panel.raw / 1024, 'kB')} raw, what the browser compiles`,
      });
    }
  }
}

/** The slowest panel, and any page where it never showed (a timing of ∞ would otherwise go unexplained). */
function panelNote(timings: readonly { url: string; visibleMs: number }[]): string {
  const missing = timings.filter((t) => !Number.isFinite(t.visibleMs)).map((t) => t.url.replace(/^https?:\/\/[^/]+/, ''));
  const shown = timings.filter((t) => Number.isFinite(t.visibleMs)).map((t) => t.visibleMs);
  const max = shown.length > 0 ? `max ${formatValue(Math.max(...shown), 'ms')}` : 'never shown';
  return missing.length > 0 ? `${max}; PANEL NOT SHOWN on ${missing.join(', ')}` : max;
}

function browserRows(r: BrowserReport): void {
  const rejected = r.pages.filter((p) => p.decidedBy !== 'analysis');
  const passed = r.pages.filter((p) => p.decidedBy === 'analysis');
  const w = worst(rejected, (p) => p.addedScriptMs);
  rows.push({
    section: 'browser',
    measure: `script time added to a non-AI page (worst of ${rejected.length}: ${w?.page ?? '?'})`,
    value: w?.addedScriptMs ?? Number.NaN,
    unit: 'ms',
    budget: budget.NON_AI_PAGE_ADDED_MS,
    note: `median page ${formatValue(median(rejected.map((p) => p.addedScriptMs)), 'ms')}; main-thread CPU time`,
  });
  const taskWith = rejected.reduce((s, p) => s + p.with.taskMs, 0);
  const taskWithout = rejected.reduce((s, p) => s + p.without.taskMs, 0);
  rows.push({
    section: 'browser',
    measure: 'main-thread task time with / without the extension (non-AI pages)',
    value: taskWith / taskWithout,
    unit: '×',
    note: `added per page: median ${formatValue(median(rejected.map((p) => p.addedTaskMs)), 'ms')} (layout and parsing vary by several ms between loads)`,
  });
  if (passed.length > 0) {
    rows.push({
      section: 'browser',
      measure: `script time added where the gate passed (${passed.length} real pages)`,
      value: median(passed.map((p) => p.addedScriptMs)),
      unit: 'ms',
      note: passed.map((p) => `${p.page} ${formatValue(p.addedScriptMs, 'ms')}`).join(', '),
    });
  }
  rows.push({
    section: 'browser',
    measure: `panel visible after load, first AI page in a fresh browser (median of ${r.panelColdAll.length})`,
    value: r.panelCold.visibleMs,
    unit: 'ms',
    budget: budget.PANEL_VISIBLE_MS,
    note: `${r.panelCold.url.replace(/^https?:\/\/[^/]+/, '')}; each browser: ${r.panelColdAll.map((p) => formatValue(p.visibleMs, 'ms')).join(', ')}${Number.isFinite(r.panelCold.visibleMs) ? '' : '; PANEL NOT SHOWN'}`,
  });
  rows.push({
    section: 'browser',
    measure: `panel visible after load, later AI pages (median of ${r.panelWarm.length})`,
    value: median(r.panelWarm.map((p) => p.visibleMs)),
    unit: 'ms',
    budget: budget.PANEL_VISIBLE_MS,
    note: `${panelNote(r.panelWarm)}; from DOMContentLoaded: median ${formatValue(median(r.panelWarm.map((p) => p.visibleAfterDclMs)), 'ms')}`,
  });
  rows.push({
    section: 'browser',
    measure: 'main-thread script time of an AI page load (panel included, median)',
    value: median(r.panelWarm.map((p) => p.metrics.scriptMs)),
    unit: 'ms',
    note: 'CPU time; the page itself runs no script',
  });
  rows.push({
    section: 'browser',
    measure: `JS heap added by the panel (${LARGE_LAYOUT} layout)`,
    value: r.memory.addedBytes / 1e6,
    unit: 'MB',
    note: `${formatValue(r.memory.withBytes / 1e6, 'MB')} with, ${formatValue(r.memory.withoutBytes / 1e6, 'MB')} without`,
  });
  const inPage = (measure: string, pick: (c: BrowserReport['coreInPage'][number]) => Timed) => {
    const w2 = worst(r.coreInPage, (c) => pick(c).cpuMs);
    rows.push({
      section: 'browser',
      measure: `${measure} (worst: ${w2?.lang ?? '?'})`,
      value: w2 ? pick(w2).cpuMs : Number.NaN,
      unit: 'ms',
      note: `cpu; ${perLang(
        r.coreInPage.map((c) => ({ lang: c.lang, v: pick(c).cpuMs })),
        '',
      )}`,
    });
  };
  inPage('fresh tab: evaluate the minified core bundle', (c) => c.evaluate);
  inPage(`fresh tab: analyzeArticle, first call, ${COLD_CHARS / 1000} kB`, (c) => c.first);
  inPage(`fresh tab: analyzeArticle, warm call, ${COLD_CHARS / 1000} kB`, (c) => c.warm);
}

function printDetails(): void {
  const sizes = details.sizes as SizeTiming[] | undefined;
  if (sizes) {
    log('\ncore, steady state (min of wall and CPU median, ms):');
    log(`  ${'size'.padEnd(10)}${[...LANGS, 'mixed'].map((l) => l.padStart(9)).join('')}`);
    for (const chars of SIZES) {
      const cell = (l: string) => sizes.find((s) => s.lang === l && s.chars === chars);
      log(`  ${sizeLabel(chars).padEnd(10)}${[...LANGS, 'mixed'].map((l) => (cell(l) ? checkedMs(cell(l) as SizeTiming).toFixed(2) : '').padStart(9)).join('')}`);
    }
  }
  const adversarial = details.adversarial as AdversarialTiming[] | undefined;
  if (adversarial) {
    log('\nadversarial text (ms, min of wall and CPU median; growth = ms per kB at 1 MB / at 100 kB):');
    for (const a of adversarial) {
      log(`  ${a.kind.padEnd(24)} 100 kB ${checkedMs(a.small).toFixed(1).padStart(8)}   1 MB ${(a.large ? checkedMs(a.large).toFixed(1) : 'skipped').padStart(8)}   growth ${a.growth.toFixed(2)}×`);
    }
  }
  const stages = details.stagesAt1M as Record<string, number> | undefined;
  if (stages) {
    log('\nstages on the mixed 1 MB text, warm (ms):');
    for (const [name, ms] of Object.entries(stages)) log(`  ${name.padEnd(44)}${ms.toFixed(1).padStart(9)}`);
  }
  const regexes = details.regexes as Array<RegexCost & { lang: string }> | undefined;
  if (regexes) {
    log('\nregexes of a first analysis, costliest first use first (fresh Node process, 10 kB; CPU ms inside all its execs, inside the first one):');
    for (const r of regexes) {
      log(`  ${r.totalMs.toFixed(1).padStart(6)} ${r.firstMs.toFixed(1).padStart(6)} ${String(r.calls).padStart(5)}×  /${r.flags.padEnd(3)} ${String(r.length).padStart(5)} chars  ${r.lang}  ${r.at}`);
      log(`${' '.repeat(31)}${r.source}`);
    }
  }
  const browser = details.browser as BrowserReport | undefined;
  if (browser) {
    log('\nfirst analysis in a fresh Chromium tab, by stage (main-thread CPU ms; each stage pays what it is the first to need):');
    const names = Object.keys(browser.stagesInPage[0]?.stages ?? {});
    log(`  ${'stage'.padEnd(44)}${browser.stagesInPage.map((s) => s.lang.padStart(8)).join('')}`);
    for (const name of names) log(`  ${name.padEnd(44)}${browser.stagesInPage.map((s) => (s.stages[name]?.cpuMs ?? Number.NaN).toFixed(1).padStart(8)).join('')}`);
    log('\nwhere the panel time goes (one traced load of the first AI article; ms after the load event):');
    if (typeof browser.panelPhases === 'string') log(`  ${browser.panelPhases}`);
    else for (const p of browser.panelPhases) log(`  ${p.phase.padEnd(36)} at ${p.startMs.toFixed(1).padStart(7)}   takes ${p.durationMs.toFixed(1).padStart(7)}`);
    log('\nreal pages, main-thread CPU ms (median of rounds): script with / without, task with / without, decided by:');
    for (const p of browser.pages) {
      log(`  ${p.page.padEnd(46)} script ${p.with.scriptMs.toFixed(2).padStart(6)} / ${p.without.scriptMs.toFixed(2).padStart(5)}   task ${p.with.taskMs.toFixed(1).padStart(6)} / ${p.without.taskMs.toFixed(1).padStart(6)}   ${p.decidedBy}`);
    }
  }
  const builds = details.buildSizes as BuildSizes[] | undefined;
  if (builds) log(`\n${formatSizes(builds)}`);
}

async function main(): Promise<number> {
  const load = loadavg()[0] ?? 0;
  log(`contrepoint bench — ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, load average ${load.toFixed(1)}`);
  if (load > cpus().length) log('The machine is busy: CPU times stay meaningful, wall times (panel visible) are inflated.');
  const fixtures = readAllFixtures(repoRoot);
  const shared = requireSharedDir();
  const scratch = mkdtempSync(join(tmpdir(), 'contrepoint-bench-'));
  let bundle = '';
  try {
    await section('core, steady state', () => {
      log('  analyzeArticle at 1 kB … 1 MB, five languages');
      const sizes = timeSizes(fixtures);
      log('  adversarial text');
      const adversarial = timeAdversarial(fixtures);
      const stages = stagesAt1M(fixtures);
      const quick = timeQuickCheck(realPageSignals(shared));
      Object.assign(details, { sizes, adversarial, stagesAt1M: stages, quickCheck: quick });
      coreRows(sizes, adversarial, quick);
    });

    const coldTexts: BenchArticleRef[] = LANGS.map((lang) => ({ lang, slug: '', ...articleOfSize(fixtures[lang], COLD_CHARS) }));
    await section('core, cold start in fresh Node processes', async () => {
      bundle = await bundleCore(repoRoot);
      const bundleFile = join(scratch, 'bench-core.js');
      writeFileSync(bundleFile, bundle);
      const cold = coldTexts.map((a) => ({
        lang: a.lang,
        ...coldWhole(repoRoot, bundleFile, { text: a.text, title: a.title, quick: { title: a.title, lead: a.text.slice(0, 600) } }, COLD_RUNS),
      }));
      details.coldNode = cold;
      coldRows(cold);
      log('  regexes of the first analysis');
      details.regexes = regexCostsOf(
        repoRoot,
        coldTexts.map((a) => ({ lang: a.lang, text: a.text, title: a.title, quick: {} })),
      ).slice(0, REGEXES_KEPT);
    });

    let e2eDir = '';
    await section('sizes', () => {
      const builds = [BUILDS.chrome, BUILDS.firefox].map((spec) => buildSizes(spec.name, buildExtension(repoRoot, spec, scratch, REUSE_BUILD)));
      details.buildSizes = builds;
      sizeRows(builds);
      if (WITH_BROWSER) e2eDir = buildExtension(repoRoot, BUILDS.chromeE2e, scratch, REUSE_BUILD);
    });

    if (WITH_BROWSER) {
      await section('browser (Chromium)', async () => {
        if (!e2eDir) throw new Error('no e2e build (see the sizes section)');
        if (!bundle) bundle = await bundleCore(repoRoot);
        const detects = (title: string, text: string) => analyzeArticle({ title, text }).isAiFunding;
        const articles: BenchArticleRef[] = LANGS.map((lang) => ({ lang, ...firstAiArticle(repoRoot, lang, detects) }));
        const report = await browserBench({
          extensionDir: e2eDir,
          bundle,
          articles,
          coldTexts,
          realPages: realPageFiles(shared),
          pageRounds: PAGE_ROUNDS,
          panelRounds: PANEL_ROUNDS,
          largeLayout: LARGE_LAYOUT,
          log,
        });
        details.browser = report;
        browserRows(report);
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  printDetails();
  log(`\n${formatRows(rows)}`);
  const over = rows.filter(isOverBudget);
  for (const f of failures) log(`\nFAILED ${f}`);
  log(over.length === 0 ? '\nAll budgets met.' : `\n${over.length} budget(s) broken: ${over.map((r) => r.measure).join('; ')}`);

  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadAverage: load,
    rows: rows.map((r) => ({ ...r, overBudget: isOverBudget(r) })),
    failures,
    details,
  };
  writeFileSync(join(repoRoot, 'bench-results/bench.json'), `${JSON.stringify(json, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2)}\n`);
  return over.length > 0 || failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
