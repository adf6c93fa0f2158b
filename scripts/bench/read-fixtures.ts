// The fixture articles (tests/fixtures/articles/<lang>/*.txt) the benchmark grows its texts from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../../core/types';

/** A language's fixture texts: AI-funding articles first (by name), then the negative ones. */
export function readFixtures(repoRoot: string, lang: Lang): string[] {
  const dir = join(repoRoot, 'tests/fixtures/articles', lang);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => Number(a.includes('negative')) - Number(b.includes('negative')) || a.localeCompare(b));
  if (names.length === 0) throw new Error(`no fixture article in ${dir}`);
  return names.map((f) => readFileSync(join(dir, f), 'utf8'));
}

export function readAllFixtures(repoRoot: string): Record<Lang, string[]> {
  return Object.fromEntries(LANGS.map((lang) => [lang, readFixtures(repoRoot, lang)])) as Record<Lang, string[]>;
}

/**
 * The first fixture of a language that is an AI-funding article by its expectation file and that
 * `detects` (the current analysis) recognises too, as the e2e site serves it: the panel timings need a
 * page where the panel shows. Detection quality is the fixture tests' job, not the bench's.
 */
export function firstAiArticle(repoRoot: string, lang: Lang, detects: (title: string, text: string) => boolean): { slug: string; title: string; text: string } {
  const dir = join(repoRoot, 'tests/fixtures/articles', lang);
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { isAiFunding?: boolean };
    if (!expected.isAiFunding) continue;
    const slug = f.replace(/\.json$/, '');
    const [title = '', ...rest] = readFileSync(join(dir, `${slug}.txt`), 'utf8').split('\n');
    const text = rest.join('\n');
    if (detects(title, text)) return { slug, title, text };
  }
  throw new Error(`no fixture in ${dir} is an AI-funding article for the current analysis`);
}
