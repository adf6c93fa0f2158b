import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { repoRoot, requireSharedDir } from '../../shared-dir';

// A local news site for the browser tests: the real pages from shared/pages, made inert (no scripts, no
// third-party resources, so that every request the browser makes is either ours or the extension's), and
// the same layouts carrying fixture articles written for this project.

const FIXTURES = join(repoRoot, 'tests/fixtures/articles');

/** Real page layouts to carry fixture articles, one per article language. */
export const LAYOUTS: Record<string, string> = {
  en: 'readability--guardian-1.html',
  fr: 'readability--lemonde-1.html',
  de: 'parser--www.abendblatt.de.html',
  es: 'readability--la-nacion.html',
  it: 'parser--www.bloomberg.com.html',
};

type Doc = ReturnType<typeof parseHTML>['document'];

function makeInert(document: Doc): void {
  for (const el of document.querySelectorAll('script, iframe, object, embed, base, meta[http-equiv], link')) {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase();
    // Canonical and alternate links are page metadata the extension reads; everything else may fetch.
    if (el.tagName === 'LINK' && (rel === 'canonical' || rel === 'alternate')) continue;
    el.remove();
  }
  for (const el of document.querySelectorAll('[src], [srcset], [poster], [data-src]')) {
    for (const a of ['src', 'srcset', 'poster']) el.removeAttribute(a);
  }
  for (const el of document.querySelectorAll('style')) {
    el.textContent = (el.textContent ?? '').replace(/@import[^;]*;|url\([^)]*\)/g, 'none');
  }
  for (const el of document.querySelectorAll('[style]')) {
    el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/url\([^)]*\)/g, 'none'));
  }
}

/** The element holding the most substantial paragraphs: the article body of a real layout. */
function articleBody(document: Doc) {
  let best: Element | null = null;
  let bestCount = 0;
  for (const el of document.querySelectorAll('*')) {
    let n = 0;
    for (const c of el.children) if (c.tagName === 'P' && (c.textContent ?? '').trim().length > 40) n++;
    if (n > bestCount) {
      bestCount = n;
      best = el;
    }
  }
  return best;
}

export function realPage(file: string): string {
  const { document } = parseHTML(readFileSync(join(requireSharedDir(), 'pages', file), 'utf8'));
  makeInert(document);
  return document.toString();
}

/** A fixture article (`tests/fixtures/articles/<lang>/<slug>.txt`) poured into a real page layout. */
export function fixtureInLayout(lang: string, slug: string, layout = LAYOUTS[lang] ?? LAYOUTS.en): string {
  const raw = readFileSync(join(FIXTURES, lang, `${slug}.txt`), 'utf8');
  const [title = '', ...paras] = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  return textInLayout(lang, title, paras, layout as string);
}

export function textInLayout(lang: string, title: string, paragraphs: string[], layout: string): string {
  const { document } = parseHTML(readFileSync(join(requireSharedDir(), 'pages', layout), 'utf8'));
  makeInert(document);
  document.documentElement.setAttribute('lang', lang);
  for (const m of document.querySelectorAll('meta[property="og:locale"], meta[http-equiv="content-language"]')) m.remove();
  for (const t of document.querySelectorAll('title')) t.textContent = title;
  for (const m of document.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"]')) m.setAttribute('content', title);
  for (const m of document.querySelectorAll('meta[name="description"], meta[property="og:description"]')) {
    m.setAttribute('content', paragraphs[0] ?? '');
  }
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = title;
  const body = articleBody(document);
  if (!body) throw new Error(`layout ${layout} has no article body`);
  const old = [...body.children].filter((c) => c.tagName === 'P');
  const anchor = old[0] ?? null;
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    body.insertBefore(p, anchor);
  }
  for (const p of old) p.remove();
  return document.toString();
}

export interface Site {
  origin: string;
  /** Registers a page served at `path` (for hostile and custom pages built by a test). */
  put(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function serveSite(): Promise<Site> {
  const custom = new Map<string, { html: string; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      const own = custom.get(url.pathname);
      let html: string | null = null;
      if (own) {
        for (const [k, v] of Object.entries(own.headers)) res.setHeader(k, v);
        html = own.html;
      } else if (url.pathname.startsWith('/real/')) {
        html = realPage(decodeURIComponent(url.pathname.slice('/real/'.length)));
      } else {
        const m = url.pathname.match(/^\/article\/(\w\w)\/([\w-]+)$/);
        if (m?.[1] && m[2]) html = fixtureInLayout(m[1], m[2], url.searchParams.get('layout') ?? undefined);
      }
      if (html === null) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(html);
    } catch (e) {
      res.statusCode = 500;
      res.end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    put(path, html, headers = {}) {
      custom.set(path, { html, headers });
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
