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
  for (const el of document.querySelectorAll('[src], [srcset], [poster], [data-src], [background]')) {
    for (const a of ['src', 'srcset', 'poster', 'background']) el.removeAttribute(a);
  }
  // SVG fetches through href/xlink:href (<image>, <use>, <feImage>), e.g. abendblatt's header logo.
  for (const el of document.querySelectorAll('image, use, feImage, feimage')) {
    for (const a of ['href', 'xlink:href']) el.removeAttribute(a);
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
  const { title, paragraphs } = fixtureText(lang, slug);
  return textInLayout(lang, title, paragraphs, layout as string);
}

export function textInLayout(lang: string, title: string, paragraphs: string[], layout: string): string {
  return pageInLayout(lang, title, paragraphs.map((text) => ({ text })), layout);
}

/** A paragraph of a test article: plain text, or markup of our own (for sentences split across elements). */
export type Block = { text: string } | { html: string };

export interface LayoutOptions {
  /** Marks the article body with `data-e2e-body` so a hostile page's own script can find it. */
  markBody?: boolean;
}

export function pageInLayout(lang: string, title: string, blocks: Block[], layout: string, options: LayoutOptions = {}): string {
  const { document } = parseHTML(readFileSync(join(requireSharedDir(), 'pages', layout), 'utf8'));
  makeInert(document);
  document.documentElement.setAttribute('lang', lang);
  for (const m of document.querySelectorAll('meta[property="og:locale"], meta[http-equiv="content-language"]')) m.remove();
  for (const t of document.querySelectorAll('title')) t.textContent = title;
  for (const m of document.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"]')) m.setAttribute('content', title);
  const lead = blocks[0] ? ('text' in blocks[0] ? blocks[0].text : stripTags(blocks[0].html)) : '';
  for (const m of document.querySelectorAll('meta[name="description"], meta[property="og:description"]')) {
    m.setAttribute('content', lead);
  }
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = title;
  const body = articleBody(document);
  if (!body) throw new Error(`layout ${layout} has no article body`);
  if (options.markBody) body.setAttribute('data-e2e-body', '');
  // Everything the real article had in its body goes (paragraphs, subheads, quotes, inline teasers), so the
  // page carries our article only, in the real layout around it.
  const old = [...body.children];
  const anchor = old[0] ?? null;
  for (const block of blocks) {
    const p = document.createElement('p');
    if ('text' in block) p.textContent = block.text;
    else p.innerHTML = block.html;
    body.insertBefore(p, anchor);
  }
  for (const p of old) p.remove();
  return document.toString();
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** The headline and paragraphs of a fixture article (`tests/fixtures/articles/<lang>/<slug>.txt`). */
export function fixtureText(lang: string, slug: string): { title: string; paragraphs: string[] } {
  const raw = readFileSync(join(FIXTURES, lang, `${slug}.txt`), 'utf8');
  const [title = '', ...paragraphs] = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  return { title, paragraphs };
}

/** Adds a script of the page's own (hostile pages only) at the end of <head> or of <body>. */
export function withPageScript(html: string, js: string, where: 'head' | 'body' = 'body'): string {
  const tag = `<script>${js}</script>`;
  const close = where === 'head' ? '</head>' : '</body>';
  const at = html.lastIndexOf(close);
  if (at < 0) throw new Error(`page has no ${close}`);
  return html.slice(0, at) + tag + html.slice(at);
}

export interface Site {
  origin: string;
  /** Bodies POSTed to `/csp-report` (Content-Security-Policy violation reports sent by the browser). */
  cspReports(): string[];
  /** Registers a page served at `path` (for hostile and custom pages built by a test). */
  put(path: string, body: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function serveSite(): Promise<Site> {
  const custom = new Map<string, { body: string; headers: Record<string, string> }>();
  const reports: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        reports.push(body);
        res.statusCode = 204;
        res.end();
      });
      return;
    }
    try {
      const own = custom.get(url.pathname);
      let html: string | null = null;
      if (own) {
        for (const [k, v] of Object.entries(own.headers)) res.setHeader(k, v);
        html = own.body;
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
      if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/html; charset=utf-8');
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
    cspReports: () => [...reports],
    put(path, body, headers = {}) {
      custom.set(path, { body, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) });
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
