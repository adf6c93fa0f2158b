// One cold start, in a process of its own (spawned by cold-start.ts): evaluates the benchmark bundle,
// then times the first calls. Reads its job as JSON on stdin, prints its timings as JSON on stdout.
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import type { QuickSignals } from '../../core/quick-check';
import { type BenchApi, BENCH_GLOBAL } from './bench-global';
import { type RegexCost, watchRegexes } from './regex-costs';

export interface ColdJob {
  bundleFile: string;
  text: string;
  title: string;
  quick: QuickSignals;
  /**
   * `whole`: quickCheck, then analyzeArticle twice. `stages`: analyzeArticle's stages one by one.
   * `regexes`: the core loaded as modules (file names kept), every regex of the first analysis timed.
   */
  mode: 'whole' | 'stages' | 'regexes';
}

export interface Timed {
  wallMs: number;
  cpuMs: number;
}

export interface ColdResult {
  /** Compiling and running the bundle's top level (tables built at module load count here). */
  evaluate: Timed;
  /** By step name, in order. */
  steps: Record<string, Timed>;
  /** Mode `regexes` only. */
  regexes?: RegexCost[];
}

function timed(f: () => unknown): Timed {
  const cpu = process.cpuUsage();
  const t = performance.now();
  f();
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(0, 'utf8')) as ColdJob;
  if (job.mode === 'regexes') {
    const stop = watchRegexes();
    const { analyzeArticle } = await import('../../core/analyze-article');
    const first = timed(() => analyzeArticle({ text: job.text, title: job.title }));
    const result: ColdResult = { evaluate: { wallMs: Number.NaN, cpuMs: Number.NaN }, steps: { first }, regexes: stop() };
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const code = readFileSync(job.bundleFile, 'utf8');
  const evaluate = timed(() => runInThisContext(code, { filename: 'bench-core.js' }));
  const api = (globalThis as unknown as Record<string, BenchApi>)[BENCH_GLOBAL];
  if (!api) throw new Error('the bundle did not define its API');
  const steps: Record<string, Timed> = {};
  if (job.mode === 'whole') {
    steps.quickCheck = timed(() => api.quickCheck(job.quick));
    steps.first = timed(() => api.analyzeArticle({ text: job.text, title: job.title }));
    steps.second = timed(() => api.analyzeArticle({ text: job.text, title: job.title }));
  } else {
    for (const stage of api.coldStages(job.text, job.title)) steps[stage.name] = timed(() => stage.run());
  }
  const result: ColdResult = { evaluate, steps };
  process.stdout.write(JSON.stringify(result));
}

await main();
