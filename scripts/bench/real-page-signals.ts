// What the content script's gate reads on each real page of shared/pages: the same signal reader and
// the same input to quickCheck, on a server-side DOM.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuickSignals } from '../../core/quick-check';
import { quickCheckInput } from '../../entrypoints/gate/run-gate';
import { readPageSignals } from '../../page/read-page-signals';
import { parseHtml } from '../lib/parse-html';

export interface PageGateInput {
  page: string;
  input: QuickSignals;
}

export function realPageFiles(sharedDir: string): string[] {
  return readdirSync(join(sharedDir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function realPageSignals(sharedDir: string): PageGateInput[] {
  return realPageFiles(sharedDir).map((page) => {
    const doc = parseHtml(readFileSync(join(sharedDir, 'pages', page), 'utf8'));
    return { page, input: quickCheckInput(readPageSignals(doc)) };
  });
}
