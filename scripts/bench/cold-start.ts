// First-call (cold) cost of the core in fresh Node processes: each run spawns cold-child.ts, which
// evaluates the minified core bundle and times quickCheck and analyzeArticle's first two calls (or the
// stages of the first call). Fresh processes, because nothing inside one process can be made cold again.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { QuickSignals } from '../../core/quick-check';
import type { ColdJob, ColdResult, Timed } from './cold-child';
import type { RegexCost } from './regex-costs';
import { median } from './stats';

export interface ColdInput {
  text: string;
  title: string;
  quick: QuickSignals;
}

export interface ColdWhole {
  evaluate: Timed;
  quickCheck: Timed;
  first: Timed;
  second: Timed;
}

/** Per-step medians of wall and CPU time over several results. */
export function medianSteps(results: readonly ColdResult[]): { evaluate: Timed; steps: Record<string, Timed> } {
  const med = (xs: Timed[]): Timed => ({ wallMs: median(xs.map((x) => x.wallMs)), cpuMs: median(xs.map((x) => x.cpuMs)) });
  const names = Object.keys(results[0]?.steps ?? {});
  const steps: Record<string, Timed> = {};
  for (const name of names) steps[name] = med(results.map((r) => r.steps[name] ?? { wallMs: Number.NaN, cpuMs: Number.NaN }));
  return { evaluate: med(results.map((r) => r.evaluate)), steps };
}

function runChild(repoRoot: string, job: ColdJob): ColdResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/bench/cold-child.ts')], {
    cwd: repoRoot,
    input: JSON.stringify(job),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`cold-child failed (exit ${r.status}): ${(r.stderr || String(r.error ?? '')).slice(0, 600)}`);
  return JSON.parse(r.stdout) as ColdResult;
}

/** `runs` fresh processes on `input`: medians of the bundle's evaluation and the first calls. */
export function coldWhole(repoRoot: string, bundleFile: string, input: ColdInput, runs: number): ColdWhole {
  const results = Array.from({ length: runs }, () => runChild(repoRoot, { bundleFile, ...input, mode: 'whole' }));
  const { evaluate, steps } = medianSteps(results);
  const nan = { wallMs: Number.NaN, cpuMs: Number.NaN };
  return { evaluate, quickCheck: steps.quickCheck ?? nan, first: steps.first ?? nan, second: steps.second ?? nan };
}

/**
 * Regexes of the first analysis of each input, in fresh processes, merged: a regex used in several
 * languages keeps its costliest language's figures. Costliest first use first.
 */
export function regexCostsOf(repoRoot: string, inputs: ReadonlyArray<ColdInput & { lang: string }>): Array<RegexCost & { lang: string }> {
  const merged = new Map<string, RegexCost & { lang: string }>();
  for (const { lang, ...input } of inputs) {
    for (const cost of runChild(repoRoot, { bundleFile: '', ...input, mode: 'regexes' }).regexes ?? []) {
      const key = `${cost.at} ${cost.flags}/${cost.source}`;
      const known = merged.get(key);
      if (!known || cost.firstMs > known.firstMs) merged.set(key, { ...cost, lang });
    }
  }
  return [...merged.values()].sort((a, b) => b.firstMs - a.firstMs || b.totalMs - a.totalMs);
}
