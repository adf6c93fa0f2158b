import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../shared-dir';
import type { BuildKind, E2eBuilds } from './lib/builds';

// Builds the extension once for the whole e2e run: the two e2e builds (which also match 127.0.0.1) and
// the production builds. Each build is copied to a private folder right away, so that another
// `wxt build` running in the same checkout during the run cannot swap files under a live browser.
// A failed build does not abort the run: every test that needs it fails with the build's own output.
//
// CONTREPOINT_E2E_OUTPUT=<folder holding chrome-mv3-e2e/, firefox-mv2-e2e/, chrome-mv3/> skips building.

const BUILDS: Record<BuildKind, { args: string[]; folder: string }> = {
  'chrome-e2e': { args: ['build', '--mode', 'e2e'], folder: 'chrome-mv3-e2e' },
  'firefox-e2e': { args: ['build', '--mode', 'e2e', '-b', 'firefox'], folder: 'firefox-mv2-e2e' },
  'chrome-prod': { args: ['build'], folder: 'chrome-mv3' },
  'firefox-prod': { args: ['build', '-b', 'firefox'], folder: 'firefox-mv2' },
};

// Colour codes in WXT's log (ESC [ … m), built from the code point to keep control characters out of
// the source.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The output folder WXT names in its log (`.output/<folder>/manifest.json`), else the expected one. */
function folderFromLog(log: string, expected: string): string {
  const plain = log.replace(ANSI, '');
  const m = plain.match(/\.output\/([\w.-]+)\/manifest\.json/);
  return m?.[1] ?? expected;
}

function build(kind: BuildKind, into: string): { dir?: string; error?: string } {
  const { args, folder } = BUILDS[kind];
  const started = Date.now();
  const r = spawnSync(join(repoRoot, 'node_modules/.bin/wxt'), args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 120_000,
  });
  const log = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  const built = join(repoRoot, '.output', folderFromLog(log, folder));
  if (r.status !== 0 || !existsSync(join(built, 'manifest.json'))) {
    const tail = log.replace(ANSI, '').split('\n').filter(Boolean).slice(-25).join('\n');
    return { error: `\`wxt ${args.join(' ')}\` failed (exit ${r.status}):\n${tail}` };
  }
  const dir = join(into, kind);
  cpSync(built, dir, { recursive: true });
  console.log(`[e2e] built ${kind} in ${Date.now() - started} ms (${built})`);
  return { dir };
}

export default function setup(project: TestProject): () => void {
  const prebuilt = process.env.CONTREPOINT_E2E_OUTPUT;
  const builds: E2eBuilds = {};
  let scratch: string | null = null;
  if (prebuilt) {
    for (const [kind, { folder }] of Object.entries(BUILDS) as Array<[BuildKind, { folder: string }]>) {
      const dir = resolve(prebuilt, folder);
      builds[kind] = existsSync(join(dir, 'manifest.json')) ? { dir } : { error: `no build at ${dir}` };
    }
  } else {
    scratch = mkdtempSync(join(tmpdir(), 'contrepoint-e2e-builds-'));
    for (const kind of Object.keys(BUILDS) as BuildKind[]) builds[kind] = build(kind, scratch);
  }
  project.provide('e2eBuilds', builds);
  return () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
}
