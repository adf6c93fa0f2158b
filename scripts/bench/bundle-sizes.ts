// Raw and gzip size of every script, stylesheet and page of a built extension, and which of them the
// browser evaluates on every matched page (the manifest's content scripts) — the part with a budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  /** Evaluated on every page the content script matches. */
  everyPage: boolean;
}

export interface BuildSizes {
  build: string;
  files: FileSize[];
  /** Content-script files, in manifest order. */
  everyPage: string[];
  everyPageGzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
}

/** Sizes of one build folder (holding manifest.json); `build` is the name shown for it. */
export function buildSizes(build: string, dir: string): BuildSizes {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${dir} holds no manifest.json: build the extension first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const everyPage = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  const files = walk(dir)
    .filter((p) => /\.(js|css|html)$/.test(p))
    .map((p) => {
      const buf = readFileSync(p);
      const file = relative(dir, p);
      // Level 9: what a store's or a server's compression would at best achieve, and stable across runs.
      return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, everyPage: everyPage.includes(file) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const everyPageGzip = files.filter((f) => f.everyPage).reduce((sum, f) => sum + f.gzip, 0);
  return { build, files, everyPage, everyPageGzip };
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

/** A table of every file, largest first, with the every-page files marked. */
export function formatSizes(builds: readonly BuildSizes[]): string {
  const lines = ['build          file                                              raw kB   gzip kB'];
  for (const b of builds) {
    for (const f of b.files) {
      lines.push(`${b.build.padEnd(14)} ${(f.file + (f.everyPage ? '  [every page]' : '')).padEnd(48)} ${kB(f.raw).padStart(8)} ${kB(f.gzip).padStart(9)}`);
    }
  }
  return lines.join('\n');
}
