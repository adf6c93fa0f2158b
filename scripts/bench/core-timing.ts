// Steady-state cost of the core in this process: analyzeArticle on realistic articles of 1 kB to 1 MB
// in each language, on adversarial text, the stages' share at 1 MB, and quickCheck on the signals of
// the real pages. "kB" here is 1000 characters of text.
import { analyzeArticle } from '../../core/analyze-article';
import { quickCheck } from '../../core/quick-check';
import { LANGS, type Lang } from '../../core/types';
import { ADVERSARIAL_UNITS, articleOfSize, mixedText, oneLine, repeatTo } from './bench-texts';
import { coldStages } from './cold-stages';
import { checkedMs, growthFactor } from './stats';
import { type RunTimes, timeRuns } from './time-runs';

// Runs per size: enough for a stable median, few enough that the 1 MB runs stay within seconds.
// Warm-ups let the JIT settle: these are steady-state costs (cold-start.ts measures first calls).
const PLAN = [
  { chars: 1_000, runs: 41, warmup: 20 },
  // 10 kB is the budgeted size: more warm-up and runs, so that its median is the steady state and not
  // the JIT still settling (the first language measured read up to 2× its usual time with 10 and 21).
  { chars: 10_000, runs: 31, warmup: 30 },
  { chars: 100_000, runs: 7, warmup: 2 },
  { chars: 1_000_000, runs: 3, warmup: 1 },
] as const;

export const SIZES: readonly number[] = PLAN.map((p) => p.chars);

/** Adversarial sizes: the growth between them shows any super-linear path. */
export const ADVERSARIAL_SMALL = 100_000;
export const ADVERSARIAL_LARGE = 1_000_000;
const ADVERSARIAL_PLAN = { runs: 3, warmup: 1 };
/**
 * A kind whose 100 kB run, scaled linearly to 1 MB and to all its runs, would take longer than this is
 * not run at 1 MB: it is reported over budget from its extrapolation, and the bench stays bounded.
 */
const ADVERSARIAL_GIVE_UP_MS = 20_000;

export interface SizeTiming extends RunTimes {
  lang: Lang | 'mixed';
  chars: number;
}

export interface AdversarialTiming {
  kind: string;
  small: RunTimes;
  /** null when the 1 MB run was skipped (see ADVERSARIAL_GIVE_UP_MS). */
  large: RunTimes | null;
  /** ms per kB at 1 MB over ms per kB at 100 kB (extrapolated when large is null). */
  growth: number;
}

export interface QuickCheckTiming extends RunTimes {
  page: string;
  passes: boolean;
}

export function timeSizes(fixtures: Record<Lang, string[]>): SizeTiming[] {
  const out: SizeTiming[] = [];
  for (const plan of PLAN) {
    for (const lang of LANGS) {
      const article = articleOfSize(fixtures[lang], plan.chars);
      out.push({ lang, chars: plan.chars, ...timeRuns(() => analyzeArticle(article), plan.runs, plan.warmup) });
    }
  }
  const mixed = mixedText(
    LANGS.map((l) => fixtures[l]),
    1_000_000,
  );
  out.push({ lang: 'mixed', chars: mixed.length, ...timeRuns(() => analyzeArticle({ text: mixed }), 3, 1) });
  return out;
}

/** Growth from 10 kB to 1 MB for each language, on the time the budgets are checked against. */
export function growthByLang(sizes: readonly SizeTiming[]): Record<Lang, number> {
  const at = (lang: Lang, chars: number) => sizes.find((s) => s.lang === lang && s.chars === chars);
  const out = {} as Record<Lang, number>;
  for (const lang of LANGS) {
    const small = at(lang, 10_000);
    const large = at(lang, 1_000_000);
    out[lang] =
      small && large ? growthFactor({ bytes: small.chars, ms: checkedMs(small) }, { bytes: large.chars, ms: checkedMs(large) }) : Number.NaN;
  }
  return out;
}

export function adversarialTexts(fixtures: Record<Lang, string[]>): Record<string, (size: number) => string> {
  const kinds: Record<string, (size: number) => string> = {};
  for (const [kind, unit] of Object.entries(ADVERSARIAL_UNITS)) kinds[kind] = (size) => repeatTo(unit, size);
  kinds['article on one line'] = (size) => oneLine(mixedText(LANGS.map((l) => fixtures[l]), size));
  return kinds;
}

export function timeAdversarial(fixtures: Record<Lang, string[]>): AdversarialTiming[] {
  const out: AdversarialTiming[] = [];
  for (const [kind, make] of Object.entries(adversarialTexts(fixtures))) {
    const smallText = make(ADVERSARIAL_SMALL);
    const small = timeRuns(() => analyzeArticle({ text: smallText }), ADVERSARIAL_PLAN.runs, ADVERSARIAL_PLAN.warmup);
    const factor = ADVERSARIAL_LARGE / ADVERSARIAL_SMALL;
    const projected = checkedMs(small) * factor * (ADVERSARIAL_PLAN.runs + ADVERSARIAL_PLAN.warmup);
    let large: RunTimes | null = null;
    if (projected <= ADVERSARIAL_GIVE_UP_MS) {
      const largeText = make(ADVERSARIAL_LARGE);
      large = timeRuns(() => analyzeArticle({ text: largeText }), ADVERSARIAL_PLAN.runs, ADVERSARIAL_PLAN.warmup);
    }
    const growth = large
      ? growthFactor({ bytes: ADVERSARIAL_SMALL, ms: checkedMs(small) }, { bytes: ADVERSARIAL_LARGE, ms: checkedMs(large) })
      : Number.POSITIVE_INFINITY;
    out.push({ kind, small, large, growth });
  }
  return out;
}

/** Where the time goes on the mixed 1 MB text: each stage once, after a warm-up of all of them. */
export function stagesAt1M(fixtures: Record<Lang, string[]>): Record<string, number> {
  const text = mixedText(
    LANGS.map((l) => fixtures[l]),
    1_000_000,
  );
  for (const stage of coldStages(text)) stage.run();
  const out: Record<string, number> = {};
  for (const stage of coldStages(text)) out[stage.name] = checkedMs(timeRuns(() => stage.run(), 1, 0));
  return out;
}

// One gate call takes microseconds, below what a per-run timer (and its system call) can resolve: it
// is timed in batches of calls.
const QUICK_BATCH = 200;
const QUICK_RUNS = 21;
const QUICK_WARMUP = 3;

export function timeQuickCheck(signals: readonly { page: string; input: Parameters<typeof quickCheck>[0] }[]): QuickCheckTiming[] {
  return signals.map(({ page, input }) => {
    const batch = timeRuns(
      () => {
        for (let i = 0; i < QUICK_BATCH; i++) quickCheck(input);
      },
      QUICK_RUNS,
      QUICK_WARMUP,
    );
    return { page, passes: quickCheck(input), wallMs: batch.wallMs / QUICK_BATCH, cpuMs: batch.cpuMs / QUICK_BATCH, runs: QUICK_RUNS * QUICK_BATCH };
  });
}
