// Builds the extension for the benchmark and copies each build to a private folder right away: other
// builds in the same checkout (an e2e run, `npm run build`) write to .output/ and could swap files
// under a live browser or a size count.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildSpec {
  /** Name shown in the tables. */
  name: string;
  args: string[];
  /** Folder WXT writes to under .output/. */
  folder: string;
}

export const BUILDS: Record<'chrome' | 'firefox' | 'chromeE2e', BuildSpec> = {
  chrome: { name: 'chrome-mv3', args: ['build'], folder: 'chrome-mv3' },
  firefox: { name: 'firefox-mv2', args: ['build', '-b', 'firefox'], folder: 'firefox-mv2' },
  // The e2e mode also matches the local test site (127.0.0.1), which the browser measurements use.
  chromeE2e: { name: 'chrome-mv3-e2e', args: ['build', '--mode', 'e2e'], folder: 'chrome-mv3-e2e' },
};

/** Builds `spec` (or, with `reuse`, takes the existing .output folder) and copies it into `into`. */
export function buildExtension(repoRoot: string, spec: BuildSpec, into: string, reuse: boolean): string {
  const built = join(repoRoot, '.output', spec.folder);
  if (!reuse || !existsSync(join(built, 'manifest.json'))) {
    const r = spawnSync(join(repoRoot, 'node_modules/.bin/wxt'), spec.args, {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 180_000,
    });
    if (r.status !== 0 || !existsSync(join(built, 'manifest.json'))) {
      const log = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      throw new Error(`\`wxt ${spec.args.join(' ')}\` failed (exit ${r.status}):\n${log}`);
    }
  }
  const dir = join(into, spec.folder);
  cpSync(built, dir, { recursive: true });
  return dir;
}
