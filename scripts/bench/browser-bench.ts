// Everything the bench measures in real Chromium, with the e2e build installed and the inert local news
// site of the e2e tests (tests/e2e/lib/site.ts): the panel's time to screen on AI-funding articles (the
// first one in a fresh browser, then warm), where that time goes (one trace), the main-thread cost on
// the real pages with and without the extension, the heap the panel adds, and the core's cold start in
// fresh tabs.
import type { BrowserContext, Route } from 'playwright-core';
import type { Lang } from '../../core/types';
import { ChromiumExt } from '../../tests/e2e/lib/chromium';
import { READ_DECISIONS } from '../../tests/e2e/lib/contrepoint';
import { serveSite } from '../../tests/e2e/lib/site';
import type { Timed } from './cold-child';
import { COLD_PAGE, COLD_SITE_PATTERN, coreInPage, type InPageCold, stagesInPage } from './core-in-page';
import { type PageCost, pageCosts } from './page-costs';
import { type PanelMemory, panelMemory } from './panel-memory';
import { type PanelTiming, panelTiming } from './panel-timing';
import { type Phase, tracePanel } from './panel-trace';

/** Pages served here are the local site's, at an address the content script does not match. */
const UNMATCHED_ORIGIN = 'http://unmatched.bench.test';

export interface BenchArticleRef {
  lang: Lang;
  slug: string;
  text: string;
  title: string;
}

export interface BrowserBenchOptions {
  extensionDir: string;
  /** The minified core bundle (bundle-core.ts). */
  bundle: string;
  /** One AI-funding fixture per language (panel timing) … */
  articles: readonly BenchArticleRef[];
  /** … and the 10 kB articles the in-page cold start analyses. */
  coldTexts: readonly BenchArticleRef[];
  realPages: readonly string[];
  pageRounds: number;
  panelRounds: number;
  /** Real page layout that makes the large page of the memory measurement. */
  largeLayout: string;
  log(line: string): void;
}

export interface BrowserReport {
  /** The cold start of the median fresh browser (by time to visible). */
  panelCold: PanelTiming;
  /** Every fresh browser's cold start, in the order measured. */
  panelColdAll: PanelTiming[];
  panelWarm: PanelTiming[];
  panelPhases: Phase[] | string;
  pages: PageCost[];
  memory: PanelMemory;
  coreInPage: Array<{ lang: Lang } & InPageCold>;
  stagesInPage: Array<{ lang: Lang; stages: Record<string, Timed> }>;
}

async function routeUnmatched(context: BrowserContext, siteOrigin: string): Promise<void> {
  await context.route(`${UNMATCHED_ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const r = await fetch(`${siteOrigin}${url.pathname}${url.search}`);
    await route.fulfill({ status: r.status, body: await r.text(), headers: { 'content-type': r.headers.get('content-type') ?? 'text/html' } });
  });
  await context.route(COLD_SITE_PATTERN, (route: Route) => route.fulfill({ status: 200, body: COLD_PAGE, headers: { 'content-type': 'text/html' } }));
}

// A cold start happens once per browser, so one browser gives one sample, and samples spread widely
// (106–167 ms seen for the same article): the figure is the median of this many fresh browsers. More
// steadies it further at about 3 s a browser.
const COLD_BROWSERS = 3;

async function coldPanel(extensionDir: string, url: string): Promise<PanelTiming> {
  const chromium = await ChromiumExt.launch(extensionDir);
  try {
    return await panelTiming(chromium.context, url);
  } finally {
    await chromium.close();
  }
}

export async function browserBench(o: BrowserBenchOptions): Promise<BrowserReport> {
  const site = await serveSite();
  const [first, ...rest] = o.articles;
  if (!first) throw new Error('browserBench: no AI-funding article given');
  const articleUrl = (a: BenchArticleRef, origin = site.origin) => `${origin}/article/${a.lang}/${a.slug}`;
  o.log(`  panel on the first AI-funding article in ${COLD_BROWSERS} fresh browsers (cold start)`);
  const panelColdAll: PanelTiming[] = [];
  try {
    for (let i = 1; i < COLD_BROWSERS; i++) panelColdAll.push(await coldPanel(o.extensionDir, articleUrl(first)));
  } catch (error) {
    await site.close();
    throw error;
  }
  const chromium = await ChromiumExt.launch(o.extensionDir);
  try {
    const context = chromium.context;
    await routeUnmatched(context, site.origin);

    o.log('  panel on AI-funding articles (the first one in this fresh browser is its cold start)');
    panelColdAll.push(await panelTiming(context, articleUrl(first)));
    const byVisible = [...panelColdAll].sort((a, b) => a.visibleMs - b.visibleMs);
    const panelCold = byVisible[Math.floor(byVisible.length / 2)] as PanelTiming;
    const panelWarm: PanelTiming[] = [];
    for (let round = 0; round < o.panelRounds; round++) {
      for (const a of round === 0 ? rest : o.articles) panelWarm.push(await panelTiming(context, articleUrl(a)));
    }
    const panelPhases = await tracePanel(context, articleUrl(first));

    o.log(`  ${o.realPages.length} real pages with and without the extension, ${o.pageRounds} rounds`);
    const decision = async (url: string, since: number) => {
      const statuses = await chromium.extensionEval<Array<{ url: string; by: string; at: number }>>(READ_DECISIONS);
      const s = statuses.find((x) => x.url === url && x.at >= since - 5);
      return s ? (s.by === 'analysis' ? 'analysis' : 'gate') : null;
    };
    const pairs = o.realPages.map((page) => ({
      page,
      matchedUrl: `${site.origin}/real/${encodeURIComponent(page)}`,
      unmatchedUrl: `${UNMATCHED_ORIGIN}/real/${encodeURIComponent(page)}`,
    }));
    const pages = await pageCosts(context, pairs, o.pageRounds, decision);

    o.log('  heap added by the panel on a large page');
    const large = `/article/${first.lang}/${first.slug}?layout=${encodeURIComponent(o.largeLayout)}`;
    const memory = await panelMemory(context, `${site.origin}${large}`, `${UNMATCHED_ORIGIN}${large}`, 2);

    o.log('  core cold start in fresh tabs');
    const coreInPageRows: BrowserReport['coreInPage'] = [];
    const stagesRows: BrowserReport['stagesInPage'] = [];
    for (const a of o.coldTexts) {
      coreInPageRows.push({ lang: a.lang, ...(await coreInPage(context, o.bundle, a.text, a.title)) });
      stagesRows.push({ lang: a.lang, stages: await stagesInPage(context, o.bundle, a.text, a.title) });
    }
    return { panelCold, panelColdAll, panelWarm, panelPhases, pages, memory, coreInPage: coreInPageRows, stagesInPage: stagesRows };
  } finally {
    await chromium.close();
    await site.close();
  }
}
