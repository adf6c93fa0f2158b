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
