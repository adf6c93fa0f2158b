// The core's cold start where it matters: in a Chromium tab. Each measurement opens a page on a site of
// its own (so the browser gives it a fresh renderer process: no compiled code, no ICU data, no regex
// cache), creates an isolated world as the panel script gets, evaluates the minified core bundle there
// and times the first calls, each bracketed by the tab's main-thread CPU time.
import type { BrowserContext, CDPSession } from 'playwright-core';
import { BENCH_GLOBAL } from './bench-global';
import { enableMetrics, readMetrics } from './cdp-metrics';
import type { Timed } from './cold-child';
import { median } from './stats';

export const COLD_SITE_PATTERN = 'http://*.cold.bench.test/**';
export const COLD_PAGE = '<!doctype html><html lang="en"><head><title>cold</title></head><body><p>cold start</p></body></html>';

let site = 0;

interface World {
  cdp: CDPSession;
  /** Runs `expression` in the isolated world; returns its JSON value, and its cost minus the bracket's own. */
  run<T>(expression: string): Promise<{ value: T; timed: Timed }>;
  close(): Promise<void>;
}

async function freshWorld(context: BrowserContext): Promise<World> {
  const page = await context.newPage();
  site++;
  await page.goto(`http://s${site}-${Date.now().toString(36)}.cold.bench.test/`);
  const cdp = await context.newCDPSession(page);
  await enableMetrics(cdp);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'contrepoint-bench' })) as {
    executionContextId: number;
  };
  const evaluate = async (expression: string): Promise<unknown> => {
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text?: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`in-page evaluation failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  };
  const bracket = async (expression: string): Promise<{ value: unknown; cpuMs: number; wallMs: number }> => {
    const before = await readMetrics(cdp);
    const out = (await evaluate(`(() => { const t = performance.now(); const value = (${expression}); return { value, wallMs: performance.now() - t }; })()`)) as {
      value: unknown;
      wallMs: number;
    };
    const after = await readMetrics(cdp);
    return { value: out.value, wallMs: out.wallMs, cpuMs: after.threadMs - before.threadMs };
  };
  // What one bracket costs with nothing in it (the evaluation round trip on the tab's thread).
  const empty: number[] = [];
  for (let i = 0; i < 3; i++) empty.push((await bracket('0')).cpuMs);
  const overhead = median(empty);
  return {
    cdp,
    async run<T>(expression: string) {
      const r = await bracket(expression);
      return { value: r.value as T, timed: { wallMs: r.wallMs, cpuMs: Math.max(0, r.cpuMs - overhead) } };
    },
    close: () => page.close(),
  };
}

export interface InPageCold {
  evaluate: Timed;
  first: Timed;
  second: Timed;
  /** Mean of ten more calls: the warm cost in the same tab. */
  warm: Timed;
}

const WARM_CALLS = 10;

export async function coreInPage(context: BrowserContext, bundle: string, text: string, title: string): Promise<InPageCold> {
  const world = await freshWorld(context);
  try {
    await world.run(`(globalThis.__benchInput = ${JSON.stringify({ text, title })}, 0)`);
    const call = `globalThis.${BENCH_GLOBAL}.analyzeArticle(globalThis.__benchInput).figures.length`;
    const evaluate = (await world.run(`(() => { ${bundle}\n; return 0; })()`)).timed;
    const first = (await world.run(call)).timed;
    const second = (await world.run(call)).timed;
    const warm = (await world.run(`(() => { let n = 0; for (let i = 0; i < ${WARM_CALLS}; i++) n += ${call}; return n; })()`)).timed;
    return { evaluate, first, second, warm: { wallMs: warm.wallMs / WARM_CALLS, cpuMs: warm.cpuMs / WARM_CALLS } };
  } finally {
    await world.close();
  }
}

/** The first call cut into stages (cold-stages.ts), in a fresh tab. */
export async function stagesInPage(context: BrowserContext, bundle: string, text: string, title: string): Promise<Record<string, Timed>> {
  const world = await freshWorld(context);
  try {
    await world.run(`(globalThis.__benchInput = ${JSON.stringify({ text, title })}, 0)`);
    const stages: Record<string, Timed> = { 'evaluate the bundle': (await world.run(`(() => { ${bundle}\n; return 0; })()`)).timed };
    const names = (
      await world.run<string[]>(
        `(globalThis.__benchStages = globalThis.${BENCH_GLOBAL}.coldStages(globalThis.__benchInput.text, globalThis.__benchInput.title)).map((s) => s.name)`,
      )
    ).value;
    for (const [i, name] of names.entries()) stages[name] = (await world.run(`(globalThis.__benchStages[${i}].run(), 0)`)).timed;
    return stages;
  } finally {
    await world.close();
  }
}
