// Size budgets of the built extension (DESIGN.md): what is evaluated on every matched page must stay
// ≤ 15 kB gzip. Prints every script's raw and gzip size, writes bench-results/size.json, and exits
// non-zero when a budget is broken. Run after `npm run build`.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output';
const BUILDS = ['chrome-mv3', 'firefox-mv2'];
// The cheap gate that runs on every news page; everything else loads only on AI-funding pages.
const EVERY_PAGE_BUDGET = 15 * 1024;

interface Row {
  build: string;
  file: string;
  raw: number;
  gzip: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const rows: Row[] = [];
let broken = false;
for (const build of BUILDS) {
  const dir = join(OUT, build);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`check-size: ${dir} is missing — run \`npm run build\` first.`);
    process.exit(2);
  }
  for (const f of files(dir).filter((p) => /\.(js|css|html)$/.test(p))) {
    const buf = readFileSync(f);
    rows.push({ build, file: relative(dir, f), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const everyPage = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const total = everyPage.reduce((sum, f) => sum + (rows.find((r) => r.build === build && r.file === f)?.gzip ?? 0), 0);
  const ok = total <= EVERY_PAGE_BUDGET;
  if (!ok) broken = true;
  console.log(
    `${build}: evaluated on every matched page: ${everyPage.join(', ') || '(none)'} = ${(total / 1024).toFixed(1)} kB gzip (budget ${EVERY_PAGE_BUDGET / 1024} kB) ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
}
console.log('\nbuild        file                                            raw kB   gzip kB');
for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(
    `${r.build.padEnd(12)} ${r.file.padEnd(46)} ${(r.raw / 1024).toFixed(1).padStart(8)} ${(r.gzip / 1024).toFixed(1).padStart(9)}`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/size.json', `${JSON.stringify({ budgetBytes: EVERY_PAGE_BUDGET, rows }, null, 2)}\n`);
process.exit(broken ? 1 : 0);
