// Main-thread cost of the extension on real pages: each page is loaded in a fresh tab from an address
// the content script matches and from one it does not (same bytes, same browser, same run), in
// alternating order over several rounds. The difference is ours.
import type { BrowserContext } from 'playwright-core';
import { enableMetrics, metricsDelta, readMetrics, type TabMetrics } from './cdp-metrics';
import { median } from './stats';

export interface LoadCost extends TabMetrics {
  /** Who decided about the page: `gate` (the content script's quick check said no), `analysis` (the
   *  gate passed and the panel script ran), or `none` (no decision reported in time). */
  decidedBy: 'gate' | 'analysis' | 'none';
}

export interface PageCost {
  page: string;
  with: TabMetrics;
  without: TabMetrics;
  decidedBy: LoadCost['decidedBy'];
  addedScriptMs: number;
  addedTaskMs: number;
  addedThreadMs: number;
}

/** Reads the decision the extension reported for the page at `url` (null while there is none). */
export type DecisionReader = (url: string, since: number) => Promise<'gate' | 'analysis' | null>;

// Both variants are counted over the same window after the load event, so that the page's own idle
// work (timers of the inert page: none; the browser's: a few) weighs the same in both. It covers the
// gate, which runs at document_idle, right after the load event; a longer window only adds idle time to
// both sides.
const WINDOW_MS = 400;
// How long we wait at most for the extension's decision on a matched page. A page with no lead yet
// makes the gate look again after 1 s and 3 s (entrypoints/lib/timing.ts): waiting for those would
// triple the bench's time for two more checks of a few microseconds each.
const DECISION_TIMEOUT_MS = 1_500;
const DECISION_POLL_MS = 25;

export async function loadCost(context: BrowserContext, url: string, decision: DecisionReader | null): Promise<LoadCost> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await enableMetrics(cdp);
    const before = await readMetrics(cdp);
    const since = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    const loaded = Date.now();
    const left = loaded + WINDOW_MS - Date.now();
    if (left > 0) await page.waitForTimeout(left);
    // Counters first, decision after: reading the gate's decision runs a script in the tab, which must
    // not be counted as the extension's cost.
    const after = await readMetrics(cdp);
    let decidedBy: LoadCost['decidedBy'] = 'none';
    if (decision) {
      const deadline = loaded + DECISION_TIMEOUT_MS;
      for (;;) {
        const d = await decision(url, since);
        if (d) {
          decidedBy = d;
          break;
        }
        if (Date.now() > deadline) break;
        await page.waitForTimeout(DECISION_POLL_MS);
      }
    }
    return { ...metricsDelta(before, after), decidedBy };
  } finally {
    await page.close();
  }
}

function medianMetrics(xs: readonly TabMetrics[]): TabMetrics {
  const m = (f: (x: TabMetrics) => number) => median(xs.map(f));
  return {
    scriptMs: m((x) => x.scriptMs),
    taskMs: m((x) => x.taskMs),
    threadMs: m((x) => x.threadMs),
    devtoolsMs: m((x) => x.devtoolsMs),
    heapBytes: m((x) => x.heapBytes),
  };
}

export interface PagePair {
  page: string;
  matchedUrl: string;
  unmatchedUrl: string;
}

export async function pageCosts(context: BrowserContext, pairs: readonly PagePair[], rounds: number, decision: DecisionReader): Promise<PageCost[]> {
  const withRuns = new Map<string, LoadCost[]>();
  const withoutRuns = new Map<string, TabMetrics[]>();
  for (let round = 0; round < rounds; round++) {
    for (const [i, pair] of pairs.entries()) {
      // Alternate which variant goes first, so that neither always inherits a warmer browser.
      const matchedFirst = (round + i) % 2 === 0;
      for (const matched of matchedFirst ? [true, false] : [false, true]) {
        if (matched) {
          const cost = await loadCost(context, pair.matchedUrl, decision);
          withRuns.set(pair.page, [...(withRuns.get(pair.page) ?? []), cost]);
        } else {
          const cost = await loadCost(context, pair.unmatchedUrl, null);
          withoutRuns.set(pair.page, [...(withoutRuns.get(pair.page) ?? []), cost]);
        }
      }
    }
  }
  return pairs.map(({ page }) => {
    const w = withRuns.get(page) ?? [];
    const wo = medianMetrics(withoutRuns.get(page) ?? []);
    const wm = medianMetrics(w);
    const decidedBy = w.some((c) => c.decidedBy === 'analysis') ? 'analysis' : w.some((c) => c.decidedBy === 'gate') ? 'gate' : 'none';
    return {
      page,
      with: wm,
      without: wo,
      decidedBy,
      addedScriptMs: wm.scriptMs - wo.scriptMs,
      addedTaskMs: wm.taskMs - wo.taskMs,
      addedThreadMs: wm.threadMs - wo.threadMs,
    };
  });
}
