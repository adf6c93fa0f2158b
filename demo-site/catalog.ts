// The demo site's articles, found at serve time: the evaluation fixtures (tests/fixtures/articles, AI-funding
// positives and their hard negatives), the seed article from the shared folder when it is there, and the
// few ordinary articles in demo-site/articles. Nothing is copied: pages are rendered from these files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LANGS, type Lang } from '../core/types';

export interface DemoArticle {
  lang: Lang;
  slug: string;
  file: string;
  /** What the fixture says about the article (shown on the index to guide the demo, never to the extension). */
  aiFunding: boolean;
  source: 'fixture' | 'seed' | 'demo';
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function isLang(x: string): x is Lang {
  return (LANGS as readonly string[]).includes(x);
}

function fixtureArticles(repoRoot: string): DemoArticle[] {
  const dir = resolve(repoRoot, 'tests/fixtures/articles');
  if (!existsSync(dir)) return [];
  const out: DemoArticle[] = [];
  for (const lang of LANGS) {
    const langDir = join(dir, lang);
    if (!existsSync(langDir)) continue;
    for (const name of readdirSync(langDir).sort()) {
      if (!name.endsWith('.txt')) continue;
      const slug = basename(name, '.txt');
      if (!SLUG.test(slug)) continue;
      let aiFunding = false;
      try {
        const meta = JSON.parse(readFileSync(join(langDir, `${slug}.json`), 'utf8')) as { category?: string };
        aiFunding = meta.category === 'positive';
      } catch {
        // A fixture without its .json is still an article worth showing.
      }
      out.push({ lang, slug, file: join(langDir, name), aiFunding, source: 'fixture' });
    }
  }
  return out;
}

function demoArticles(siteDir: string): DemoArticle[] {
  const dir = join(siteDir, 'articles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name): DemoArticle[] => {
      const slug = basename(name, '.txt');
      const lang = slug.slice(0, 2);
      if (!isLang(lang) || !SLUG.test(slug)) return [];
      return [{ lang, slug: `demo-${slug}`, file: join(dir, name), aiFunding: false, source: 'demo' }];
    });
}

function seedArticle(sharedDir: string | null): DemoArticle[] {
  const file = sharedDir ? join(sharedDir, 'seed/article-fr.txt') : '';
  return file && existsSync(file) ? [{ lang: 'fr', slug: 'seed-openai', file, aiFunding: true, source: 'seed' }] : [];
}

export function listDemoArticles(repoRoot: string, siteDir: string, sharedDir: string | null): DemoArticle[] {
  return [...seedArticle(sharedDir), ...fixtureArticles(repoRoot), ...demoArticles(siteDir)];
}

export interface ParsedArticle {
  headline: string;
  /** Body blocks in order; `heading` for the short subheading lines news sites put between paragraphs. */
  blocks: { kind: 'heading' | 'paragraph'; text: string }[];
}

// A body line this short and without closing punctuation reads as a subheading, not a paragraph.
const MAX_HEADING_CHARS = 90;

/** Fixture format: first non-empty line = headline, then one block per line. */
export function parseArticleText(raw: string): ParsedArticle {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const [headline = '', ...body] = lines;
  return {
    headline,
    blocks: body.map((text) => ({
      kind: text.length <= MAX_HEADING_CHARS && !/[.!?:;»"”)…]$/.test(text) ? 'heading' : 'paragraph',
      text,
    })),
  };
}
