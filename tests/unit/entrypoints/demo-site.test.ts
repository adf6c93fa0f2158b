// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../demo-site/catalog';
import { escapeHtml } from '../../../demo-site/render';
import { type DemoServer, startDemoServer } from '../../../demo-site/server';

describe('parseArticleText', () => {
  it('reads the fixture format: headline, then subheadings and paragraphs', () => {
    const parsed = parseArticleText(
      '\uFEFFAnthropic raises $13bn at a $183bn valuation\n\nA record round\nThe company said on Tuesday that the round was led by ICONIQ.\nWhat next?\n',
    );
    expect(parsed.headline).toBe('Anthropic raises $13bn at a $183bn valuation');
    expect(parsed.blocks).toEqual([
      { kind: 'heading', text: 'A record round' },
      { kind: 'paragraph', text: 'The company said on Tuesday that the round was led by ICONIQ.' },
      { kind: 'paragraph', text: 'What next?' },
    ]);
  });
});

describe('escapeHtml', () => {
  it('renders article text as text', () => {
    expect(escapeHtml('<img src=x onerror="a()"> & \'b\'')).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &#39;b&#39;');
  });
});

describe('demo server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(async () => server.close());

  const get = async (path: string) => {
    const res = await fetch(server.origin + path);
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  };

  it('listens on 127.0.0.1 and serves a front page linking every article', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { status, body } = await get('/');
    expect(status).toBe(200);
    for (const a of server.articles) expect(body).toContain(`/article/${a.lang}/${a.slug}`);
  });

  it('renders an ordinary article as a news page with its language and canonical URL', async () => {
    const { status, body } = await get('/article/de/demo-de-bahnstrecke-sanierung');
    expect(status).toBe(200);
    expect(body).toContain('<html lang="de">');
    expect(body).toContain(`<link rel="canonical" href="${server.origin}/article/de/demo-de-bahnstrecke-sanierung">`);
    expect(body).toContain('<h1>Bahnstrecke zwischen den beiden Nachbarstädten wird im Sommer saniert</h1>');
    expect(body).toContain('<nav');
    expect(body).not.toContain('rerender.js');
    expect((await get('/article/de/demo-de-bahnstrecke-sanierung?rerender=1')).body).toContain('rerender.js');
  });

  it('serves the single-page variant and its JSON', async () => {
    expect((await get('/spa/article/it/demo-it-biblioteca-civica-orari')).body).toContain(
      'data-first="/article/it/demo-it-biblioteca-civica-orari"',
    );
    const list = JSON.parse((await get('/api/articles')).body) as { path: string }[];
    expect(list.length).toBe(server.articles.length);
    const one = JSON.parse((await get('/api/article/es/demo-es-mercado-abastos-reforma')).body) as { html: string; lang: string };
    expect(one.lang).toBe('es');
    expect(one.html).toContain('<article');
  });

  it('serves nothing outside its articles and static files', async () => {
    for (const path of ['/../package.json', '/static/../server.ts', '/article/fr/nope', '/articles/x.txt', '/%2e%2e/wxt.config.ts']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await fetch(`${server.origin}/`, { method: 'POST' })).status).toBe(405);
  });
});
