import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../page/read-article';
import { repoRoot, requireSharedDir } from '../tests/shared-dir';
import { pageExpectation } from './lib/page-expectation';
import { parseHtml } from './lib/parse-html';

// Regenerates tests/fixtures/pages-expected/<page>.json from the real pages in shared/pages, with the
// same reader and the same server-side DOM as the CLI. Run it after a deliberate change to the reader
// (`npx tsx scripts/update-page-fixtures.ts`) and review the diff before committing it.

interface ManifestEntry {
  file: string;
}

function main(): void {
  const pagesDir = join(requireSharedDir(), 'pages');
  const outDir = join(repoRoot, 'tests', 'fixtures', 'pages-expected');
  mkdirSync(outDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(pagesDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  for (const { file } of manifest) {
    const doc = parseHtml(readFileSync(join(pagesDir, file), 'utf8'));
    const expected = pageExpectation(file, readArticle(doc));
    writeFileSync(join(outDir, `${file}.json`), `${JSON.stringify(expected, null, 2)}\n`);
    process.stdout.write(`${file}: ${expected.found ? `${expected.textLength} chars, "${expected.title}"` : 'no article'}\n`);
  }
}

main();
