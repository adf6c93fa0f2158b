// JavaScript heap the panel adds to a tab: the same large AI-funding page loaded where the extension
// runs and where it does not, garbage collected, then the tab's heap read. The tab's isolate holds the
// page's world and the extension's isolated world, so the difference is the panel's (its code, the
// analysis, the UI, the stores).
import type { BrowserContext } from 'playwright-core';
import { enableMetrics, readMetrics } from './cdp-metrics';
import { median } from './stats';

// The panel shows within a second on this machine; after it, polls and highlights take a few tasks.
const PANEL_TIMEOUT_MS = 10_000;
const SETTLE_MS = 500;

async function heapAfterLoad(context: BrowserContext, url: string, waitForPanel: boolean): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await enableMetrics(cdp);
    await page.goto(url, { waitUntil: 'load' });
    if (waitForPanel) await page.waitForSelector('contrepoint-panel', { state: 'attached', timeout: PANEL_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    return (await readMetrics(cdp)).heapBytes;
  } finally {
    await page.close();
  }
}

export interface PanelMemory {
  url: string;
  withBytes: number;
  withoutBytes: number;
  addedBytes: number;
}

export async function panelMemory(context: BrowserContext, matchedUrl: string, unmatchedUrl: string, rounds: number): Promise<PanelMemory> {
  const withHeap: number[] = [];
  const withoutHeap: number[] = [];
  for (let i = 0; i < rounds; i++) {
    withoutHeap.push(await heapAfterLoad(context, unmatchedUrl, false));
    withHeap.push(await heapAfterLoad(context, matchedUrl, true));
  }
  const withBytes = median(withHeap);
  const withoutBytes = median(withoutHeap);
  return { url: matchedUrl, withBytes, withoutBytes, addedBytes: withBytes - withoutBytes };
}
