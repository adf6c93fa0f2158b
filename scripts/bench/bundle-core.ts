// Builds bench-entry.ts into one minified classic script with Vite, the bundler WXT uses for panel.js,
// so that a cold start is timed on the code a browser really compiles (one script, minified), not on
// the separate modules tsx would load.
import { join } from 'node:path';
import { build, type Rollup } from 'vite';

export async function bundleCore(repoRoot: string): Promise<string> {
  const result = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(repoRoot, 'scripts/bench/bench-entry.ts'),
        formats: ['iife'],
        name: 'contrepointBenchBundle',
        fileName: () => 'bench-core.js',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('bundleCore: Vite produced no script');
  return chunk.code;
}
