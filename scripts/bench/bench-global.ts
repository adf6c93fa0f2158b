// Where the benchmark bundle leaves its functions, and their types. Kept apart from bench-entry.ts so that
// the harness can name them without loading the core it wants to time cold.
import type { analyzeArticle } from '../../core/analyze-article';
import type { quickCheck } from '../../core/quick-check';
import type { coldStages } from './cold-stages';

export const BENCH_GLOBAL = '__contrepointBench';

export interface BenchApi {
  analyzeArticle: typeof analyzeArticle;
  quickCheck: typeof quickCheck;
  coldStages: typeof coldStages;
}
