// Where the time from "page idle" to "panel on screen" goes, from one Chromium trace of an AI-funding
// article: the content script, the trip to the background and back, the panel script's compilation and
// top level, the task that reads, analyses and renders, and the layout and paint that show the panel.
// A trace records more than the timed runs do, so its numbers are a little higher: it explains, the
// timed runs (panel-timing.ts) measure.
import type { BrowserContext } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface Phase {
  phase: string;
  /** ms after the load event. */
  startMs: number;
  durationMs: number;
}

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'toplevel', 'disabled-by-default-devtools.timeline', 'loading'];
// Long enough for the panel to show on a slow machine, short enough to keep the trace small.
const RECORD_MS = 2_500;
// A call shorter than this is a message answered in passing (a ping), not the panel's run.
const MIN_RUN_US = 2_000;

async function record(context: BrowserContext, url: string): Promise<TraceEvent[]> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      // Protocol types say string-valued records; the events carry numbers (ts, dur, pid) too.
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(RECORD_MS);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await page.close();
  }
}

/** The phases of the panel's appearance, or a reason why the trace shows none. */
export function phasesOf(events: readonly TraceEvent[]): Phase[] | string {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const evaluate = (file: string) => events.find((e) => onMain(e) && e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').endsWith(file));
  const content = evaluate('/gate.js');
  const panel = evaluate('/panel.js');
  const load = events.find((e) => onMain(e) && e.name === 'MarkLoad' && (!content || e.pid === content.pid));
  if (!content || !panel || !load) return 'the trace holds no content script, panel script or load event';
  const panelEnd = panel.ts + (panel.dur ?? 0);
  // The panel's run: the main-thread task around the first call into the extension's code after its
  // script was evaluated (the background's "run" message) that does real work.
  const tasks = events.filter((e) => onMain(e) && e.pid === panel.pid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= panelEnd);
  const call = events
    .filter((e) => onMain(e) && e.pid === panel.pid && e.name === 'v8.callFunction' && e.ts >= panelEnd && (e.dur ?? 0) >= MIN_RUN_US)
    .sort((a, b) => a.ts - b.ts)[0];
  const run = call ? tasks.find((t) => t.ts <= call.ts && t.ts + (t.dur ?? 0) >= call.ts + (call.dur ?? 0)) : undefined;
  if (!run) return 'the trace shows no call into the panel after its script was evaluated';
  const runEnd = run.ts + (run.dur ?? 0);
  const paint = events.find((e) => onMain(e) && e.pid === panel.pid && e.name === 'Paint' && e.ts >= runEnd);
  const ms = (us: number) => (us - load.ts) / 1000;
  const phases: Phase[] = [
    { phase: 'content script (gate)', startMs: ms(content.ts), durationMs: (content.dur ?? 0) / 1000 },
    { phase: 'to the background and back', startMs: ms(content.ts + (content.dur ?? 0)), durationMs: (panel.ts - content.ts - (content.dur ?? 0)) / 1000 },
    { phase: 'panel.js compile + top level', startMs: ms(panel.ts), durationMs: (panel.dur ?? 0) / 1000 },
    { phase: 'panel run: read, analyse, render', startMs: ms(run.ts), durationMs: (run.dur ?? 0) / 1000 },
  ];
  if (paint) phases.push({ phase: 'until the first paint after it', startMs: ms(runEnd), durationMs: (paint.ts + (paint.dur ?? 0) - runEnd) / 1000 });
  return phases;
}

export async function tracePanel(context: BrowserContext, url: string): Promise<Phase[] | string> {
  return phasesOf(await record(context, url));
}
