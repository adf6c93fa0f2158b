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

/** The first AI-funding fixture of a language (by its expectation file), as the e2e site serves it. */
export function firstAiArticle(repoRoot: string, lang: Lang): { slug: string; title: string; text: string } {
  const dir = join(repoRoot, 'tests/fixtures/articles', lang);
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { isAiFunding?: boolean };
    if (!expected.isAiFunding) continue;
    const slug = f.replace(/\.json$/, '');
    const [title = '', ...rest] = readFileSync(join(dir, `${slug}.txt`), 'utf8').split('\n');
    return { slug, title, text: rest.join('\n') };
  }
  throw new Error(`no AI-funding fixture in ${dir}`);
}
