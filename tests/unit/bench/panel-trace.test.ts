import { describe, expect, it } from 'vitest';
import { phasesOf } from '../../../scripts/bench/panel-trace';

// A trace as Chromium reports it: microsecond timestamps, complete events ('X') with durations, and
// metadata ('M') naming the renderer's main thread. Another renderer (pid 9) runs at the same time.
const MAIN = { pid: 7, tid: 1 };
const meta = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
const task = (name: string, ts: number, dur: number, url?: string, where = MAIN) => ({
  name,
  ph: 'X',
  ts,
  dur,
  ...where,
  ...(url ? { args: { data: { url } } } : {}),
});

const trace = [
  meta(7, 1, 'CrRendererMain'),
  meta(9, 1, 'CrRendererMain'),
  meta(7, 2, 'Compositor'),
  { name: 'MarkLoad', ph: 'R', ts: 1_000_000, ...MAIN },
  task('EvaluateScript', 990_000, 4_000, 'chrome-extension://abc/gate.js'),
  // Another tab's long task, and a long task on a helper thread of ours: neither is the panel's.
  task('RunTask', 1_200_000, 500_000, undefined, { pid: 9, tid: 1 }),
  task('RunTask', 1_100_000, 400_000, undefined, { pid: 7, tid: 2 }),
  task('EvaluateScript', 1_080_000, 30_000, 'chrome-extension://abc/panel.js'),
  // A ping answered in passing, then the run, then a longer task that is not ours (a GC, a layout).
  task('RunTask', 1_115_000, 2_000),
  task('v8.callFunction', 1_115_100, 500),
  task('RunTask', 1_120_000, 60_000),
  task('v8.callFunction', 1_120_200, 59_000),
  task('Paint', 1_190_000, 3_000),
  task('RunTask', 1_400_000, 90_000),
];

describe('phasesOf', () => {
  it('splits the way from load to the panel into the extension’s steps', () => {
    const phases = phasesOf(trace);
    expect(Array.isArray(phases)).toBe(true);
    const byName = Object.fromEntries((phases as Array<{ phase: string; startMs: number; durationMs: number }>).map((p) => [p.phase, p]));
    expect(byName['content script (gate)']).toEqual({ phase: 'content script (gate)', startMs: -10, durationMs: 4 });
    expect(byName['to the background and back']?.durationMs).toBeCloseTo(86);
    expect(byName['panel.js compile + top level']).toMatchObject({ startMs: 80, durationMs: 30 });
    // The task of the first real call into the panel on the renderer's main thread: not the ping, not
    // a longer task later, not another thread's.
    expect(byName['panel run: read, analyse, render']).toMatchObject({ startMs: 120, durationMs: 60 });
    expect(byName['until the first paint after it']?.durationMs).toBeCloseTo(13);
  });

  it('says why when the panel never ran', () => {
    const withoutPanel = trace.filter((e) => !('args' in e && JSON.stringify(e.args).includes('panel.js')));
    expect(phasesOf(withoutPanel)).toMatch(/no content script, panel script or load event/);
    const withoutRun = trace.filter((e) => e.name !== 'v8.callFunction');
    expect(phasesOf(withoutRun)).toMatch(/no call into the panel/);
  });
});
