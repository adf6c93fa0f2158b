// Repeated timing of a function in this process: wall and CPU time of each run, medians kept.
import { median } from './stats';

export interface RunTimes {
  /** Median wall-clock time of one run. */
  wallMs: number;
  /** Median CPU time of one run (this process, all its threads). */
  cpuMs: number;
  runs: number;
}

/** Runs `f` `warmup` times untimed, then `runs` times timed; medians of wall and CPU time per run. */
export function timeRuns(f: () => unknown, runs: number, warmup: number): RunTimes {
  for (let i = 0; i < warmup; i++) f();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    f();
    walls.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus), runs };
}
