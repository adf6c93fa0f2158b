import { describe, expect, it } from 'vitest';
import { medianSteps } from '../../../scripts/bench/cold-start';

describe('medianSteps', () => {
  it('takes the median of each step and of the evaluation, wall and CPU apart', () => {
    const run = (evalMs: number, first: number, cpu: number) => ({
      evaluate: { wallMs: evalMs, cpuMs: evalMs / 2 },
      steps: { quickCheck: { wallMs: 1, cpuMs: 1 }, first: { wallMs: first, cpuMs: cpu } },
    });
    // The second process was slowed down by the machine: its wall time is far off, its CPU time is not.
    const m = medianSteps([run(20, 70, 60), run(90, 400, 64), run(22, 75, 58)]);
    expect(m.evaluate).toEqual({ wallMs: 22, cpuMs: 11 });
    expect(m.steps.first).toEqual({ wallMs: 75, cpuMs: 60 });
    expect(Object.keys(m.steps)).toEqual(['quickCheck', 'first']);
  });
});
