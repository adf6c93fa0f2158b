// Size budgets of the built extension (DESIGN.md): what is evaluated on every matched page must stay
// ≤ 15 kB gzip. Prints every file's raw and gzip size, writes bench-results/size.json, and exits
// non-zero when a budget is broken. Run after `npm run build` (CI does; `npm run bench` builds itself).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVERY_PAGE_GZIP_BYTES } from './bench/budgets';
import { buildSizes, formatSizes } from './bench/bundle-sizes';

const OUT = '.output';
const BUILDS = ['chrome-mv3', 'firefox-mv2'];

for (const build of BUILDS) {
  if (!existsSync(join(OUT, build, 'manifest.json'))) {
    console.error(`check-size: ${join(OUT, build)} is missing — run \`npm run build\` first.`);
    process.exit(2);
  }
}
const builds = BUILDS.map((b) => buildSizes(b, join(OUT, b)));
let broken = false;
for (const b of builds) {
  const ok = b.everyPageGzip <= EVERY_PAGE_GZIP_BYTES;
  if (!ok) broken = true;
  console.log(
    `${b.build}: evaluated on every matched page: ${b.everyPage.join(', ') || '(none)'} = ${(b.everyPageGzip / 1024).toFixed(1)} kB gzip (budget ${EVERY_PAGE_GZIP_BYTES / 1024} kB) ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
}
console.log(`\n${formatSizes(builds)}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/size.json',
  `${JSON.stringify({ budgetBytes: EVERY_PAGE_GZIP_BYTES, builds: builds.map((b) => ({ ...b })) }, null, 2)}\n`,
);
process.exit(broken ? 1 : 0);
