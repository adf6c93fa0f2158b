// A tiny local news site for trying the extension (and for end-to-end tests): the front page, one page
// per article, a single-page variant and two JSON routes for it. Only known articles and a fixed list
// of static files are served; nothing from the request reaches the file system.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../tests/shared-dir';
import { type DemoArticle, listDemoArticles, type ParsedArticle, parseArticleText } from './catalog';
import { articleMarkup, articlePath, renderArticlePage, renderIndex, renderSpaShell } from './render';

const siteDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(siteDir, '..');

const STATIC: Record<string, string> = {
  '/static/style.css': 'text/css; charset=utf-8',
  '/static/spa.js': 'text/javascript; charset=utf-8',
  '/static/rerender.js': 'text/javascript; charset=utf-8',
};

export interface DemoServer {
  /** e.g. http://127.0.0.1:8787 (no trailing slash). */
  origin: string;
  articles: DemoArticle[];
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const articles = listDemoArticles(repoRoot, siteDir, sharedDir);
  const byPath = new Map(articles.map((a) => [articlePath(a), a]));
  // Parsed on demand and kept: fixtures do not change while the demo runs.
  const parsedCache = new Map<string, ParsedArticle>();
  const parsed = (a: DemoArticle): ParsedArticle => {
    const key = articlePath(a);
    let p = parsedCache.get(key);
    if (!p) {
      p = parseArticleText(readFileSync(a.file, 'utf8'));
      parsedCache.set(key, p);
    }
    return p;
  };
  let origin = '';

  const server: Server = createServer((req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin);
      const path = url.pathname.replace(/\/+$/, '') || '/';
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
      // Browsers ask for it on every page; an empty answer keeps their consoles free of 404 noise.
      if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (path === '/') {
        const headlines = new Map(articles.map((a) => [articlePath(a), parsed(a).headline]));
        return send(res, 200, 'text/html; charset=utf-8', renderIndex(articles, headlines));
      }
      const staticType = STATIC[path];
      if (staticType) return send(res, 200, staticType, readFileSync(join(siteDir, path), 'utf8'));
      const article = byPath.get(path);
      if (article) {
        const related = articles.filter((a) => a !== article && a.lang === article.lang);
        const html = renderArticlePage(article, parsed(article), origin, related, {
          rerender: url.searchParams.get('rerender') === '1',
        });
        return send(res, 200, 'text/html; charset=utf-8', html);
      }
      if (path === '/api/articles') {
        const list = articles.map((a) => ({ path: articlePath(a), headline: parsed(a).headline, lang: a.lang }));
        return send(res, 200, 'application/json', JSON.stringify(list));
      }
      const apiArticle = path.startsWith('/api/') ? byPath.get(path.slice(4)) : undefined;
      if (apiArticle) {
        const p = parsed(apiArticle);
        const body = { headline: p.headline, lang: apiArticle.lang, html: articleMarkup(p, apiArticle.lang) };
        return send(res, 200, 'application/json', JSON.stringify(body));
      }
      if (path === '/spa' || path.startsWith('/spa/')) {
        const first = path.slice(4);
        return send(res, 200, 'text/html; charset=utf-8', renderSpaShell(byPath.has(first) ? first : ''));
      }
      return send(res, 404, 'text/plain', 'Not found');
    } catch (err) {
      return send(res, 500, 'text/plain', `Demo server error: ${(err as Error).message}`);
    }
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  return {
    origin,
    articles,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
