// Chromium's own counters for one tab, read through CDP. Durations are in thread time (CPU time of the
// tab's main thread), so that a machine busy with other processes does not inflate them; the content
// script and the panel run in isolated worlds on that same thread, so their cost is in these counters.
import type { CDPSession } from 'playwright-core';

export interface TabMetrics {
  /** JavaScript on the main thread, every world (the page's and ours), ms of thread time. */
  scriptMs: number;
  /** All main-thread tasks (script, style, layout, parsing…), ms of thread time. */
  taskMs: number;
  /** Main-thread CPU time, ms. */
  threadMs: number;
  /** Work done for DevTools commands (our own measurement calls), ms of thread time. */
  devtoolsMs: number;
  /** JavaScript heap in use, bytes (every world of the tab's isolate). */
  heapBytes: number;
}

export async function enableMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

export async function readMetrics(cdp: CDPSession): Promise<TabMetrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    scriptMs: get('ScriptDuration') * 1000,
    taskMs: get('TaskDuration') * 1000,
    threadMs: get('ThreadTime') * 1000,
    devtoolsMs: get('DevToolsCommandDuration') * 1000,
    heapBytes: get('JSHeapUsedSize'),
  };
}

/** What happened between two readings (the heap is the later reading, not a difference). */
export function metricsDelta(before: TabMetrics, after: TabMetrics): TabMetrics {
  return {
    scriptMs: after.scriptMs - before.scriptMs,
    taskMs: after.taskMs - before.taskMs,
    threadMs: after.threadMs - before.threadMs,
    devtoolsMs: after.devtoolsMs - before.devtoolsMs,
    heapBytes: after.heapBytes,
  };
}
