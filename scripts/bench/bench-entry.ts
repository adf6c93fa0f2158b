// Entry of the bundle the cold-start measurements evaluate, in a fresh Node process and in a fresh
// Chromium page: the core as the panel script ships it (one minified script), plus the stage splitter.
import { analyzeArticle } from '../../core/analyze-article';
import { quickCheck } from '../../core/quick-check';
import { type BenchApi, BENCH_GLOBAL } from './bench-global';
import { coldStages } from './cold-stages';

const api: BenchApi = { analyzeArticle, quickCheck, coldStages };
(globalThis as unknown as Record<string, BenchApi>)[BENCH_GLOBAL] = api;
