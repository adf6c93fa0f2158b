// Time from the page being idle to the panel on screen, on AI-funding articles in real Chromium. A
// main-world observer of the bench's own (the test pages are inert, nothing else runs there) notes when
// the <contrepoint-panel> host enters the document and when the next frame starts; the panel renders
// into its closed shadow root in the same task that inserts the host.
import type { BrowserContext } from 'playwright-core';
import { enableMetrics, metricsDelta, readMetrics, type TabMetrics } from './cdp-metrics';

export interface PanelTiming {
  url: string;
  /** Load event end → first frame with the panel: "visible after the page is idle". */
  visibleMs: number;
  /** DOMContentLoaded end → first frame with the panel (includes the browser's wait for idle). */
  visibleAfterDclMs: number;
  /** Load event end → host inserted. */
  hostMs: number;
  /** Main-thread counters of the whole load, until shortly after the panel showed. */
  metrics: TabMetrics;
}

const MARKS = '__contrepointBenchMarks';

// Installed before the page's first script runs. Watching starts at DOMContentLoaded, so the parser's
// own insertions are not observed one by one.
const OBSERVER = `(() => {
  const marks = {};
  window.${MARKS} = marks;
  const watch = () => new MutationObserver((records, observer) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeName === 'CONTREPOINT-PANEL') {
        marks.host = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => { marks.frame = performance.now(); });
        return;
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', watch, { once: true });
})();`;

// A panel that has not shown by then counts as not shown (the bench reports it over budget).
const PANEL_TIMEOUT_MS = 10_000;
// After the panel showed: its polls and highlights are placed in the following tasks.
const AFTER_PANEL_MS = 300;

interface Marks {
  host?: number;
  frame?: number;
  dcl: number;
  load: number;
}

export async function panelTiming(context: BrowserContext, url: string): Promise<PanelTiming> {
  const page = await context.newPage();
  try {
    await page.addInitScript(OBSERVER);
    const cdp = await context.newCDPSession(page);
    await enableMetrics(cdp);
    const before = await readMetrics(cdp);
    await page.goto(url, { waitUntil: 'load' });
    const read = () =>
      page.evaluate((name) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const m = (window as unknown as Record<string, { host?: number; frame?: number }>)[name] ?? {};
        return { host: m.host, frame: m.frame, dcl: nav?.domContentLoadedEventEnd ?? 0, load: nav?.loadEventEnd ?? 0 };
      }, MARKS) as Promise<Marks>;
    const deadline = Date.now() + PANEL_TIMEOUT_MS;
    let marks = await read();
    while (marks.frame === undefined && Date.now() < deadline) {
      await page.waitForTimeout(20);
      marks = await read();
    }
    await page.waitForTimeout(AFTER_PANEL_MS);
    const metrics = metricsDelta(before, await readMetrics(cdp));
    const frame = marks.frame ?? Number.POSITIVE_INFINITY;
    return {
      url,
      visibleMs: frame - marks.load,
      visibleAfterDclMs: frame - marks.dcl,
      hostMs: (marks.host ?? Number.POSITIVE_INFINITY) - marks.load,
      metrics,
    };
  } finally {
    await page.close();
  }
}
