// HTML for the demo newspaper. The article pages carry what real outlets carry around an article —
// masthead, navigation, share bar, "most read" box, newsletter box, cookie notice, footer — so that the
// extension's article reader meets the usual furniture, not a bare list of paragraphs.
import type { Lang } from '../core/types';
import type { DemoArticle, ParsedArticle } from './catalog';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const SITE_NAME = 'The Demo Ledger';

const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
};

const LOCALES: Record<Lang, string> = { en: 'en_GB', fr: 'fr_FR', de: 'de_DE', es: 'es_ES', it: 'it_IT' };

export function articlePath(a: Pick<DemoArticle, 'lang' | 'slug'>): string {
  return `/article/${a.lang}/${a.slug}`;
}

function masthead(): string {
  return `<header class="masthead"><a class="brand" href="/">${SITE_NAME}</a>
<nav aria-label="Sections"><a href="/">Front page</a> <a href="/#en">World</a> <a href="/#fr">Économie</a> <a href="/#de">Wirtschaft</a> <a href="/#es">Empresas</a> <a href="/#it">Tecnologia</a> <a href="/spa/">SPA demo</a></nav></header>`;
}

function footer(): string {
  return `<footer class="site-footer"><p>${SITE_NAME} is a local demo site for the Contrepoint extension. Articles are test fixtures written for the project.</p>
<p><a href="/">Front page</a> · <a href="/spa/">Single-page demo</a></p></footer>`;
}

function page(opts: { lang: Lang | 'en'; title: string; head?: string; body: string }): string {
  return `<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
<link rel="stylesheet" href="/static/style.css">
${opts.head ?? ''}
</head>
<body>
${masthead()}
${opts.body}
${footer()}
</body>
</html>
`;
}

/** The article's own markup: also what the SPA demo swaps in. */
export function articleMarkup(parsed: ParsedArticle, lang: Lang): string {
  const body = parsed.blocks
    .map((b) => (b.kind === 'heading' ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`))
    .join('\n');
  return `<article class="story" lang="${lang}">
<header class="story-header"><p class="kicker">${escapeHtml(LANG_NAMES[lang])}</p>
<h1>${escapeHtml(parsed.headline)}</h1>
<p class="byline">By the Demo Ledger newsroom</p></header>
<div class="share-bar" aria-label="Share"><button type="button">Share</button> <button type="button">Save</button></div>
<div class="story-body" itemprop="articleBody">
${body}
</div>
</article>`;
}

function description(parsed: ParsedArticle): string {
  const first = parsed.blocks.find((b) => b.kind === 'paragraph')?.text ?? parsed.headline;
  return first.length > 200 ? `${first.slice(0, 197)}…` : first;
}

export function renderArticlePage(
  article: DemoArticle,
  parsed: ParsedArticle,
  origin: string,
  related: DemoArticle[],
  options: { rerender?: boolean } = {},
): string {
  const url = origin + articlePath(article);
  const head = `<meta name="description" content="${escapeHtml(description(parsed))}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(parsed.headline)}">
<meta property="og:description" content="${escapeHtml(description(parsed))}">
<meta property="og:locale" content="${LOCALES[article.lang]}">
<meta property="og:url" content="${escapeHtml(url)}">
<link rel="canonical" href="${escapeHtml(url)}">
${options.rerender ? '<script src="/static/rerender.js" defer></script>' : ''}`;
  const links = related
    .slice(0, 5)
    .map((r) => `<li><a href="${articlePath(r)}">${escapeHtml(r.slug.replace(/-/g, ' '))}</a></li>`)
    .join('');
  const body = `<div class="layout">
<main id="main">
${articleMarkup(parsed, article.lang)}
</main>
<aside class="rail" aria-label="More from the Ledger">
<section class="most-read"><h3>Most read</h3><ol>${links}</ol></section>
<section class="newsletter"><h3>Newsletter</h3><p>Get the morning briefing in your inbox.</p><button type="button">Subscribe</button></section>
</aside>
</div>
<div class="cookie-notice" role="region" aria-label="Cookies"><p>This demo site sets no cookies.</p></div>`;
  return page({ lang: article.lang, title: `${parsed.headline} | ${SITE_NAME}`, head, body });
}

export function renderIndex(articles: DemoArticle[], headlines: Map<string, string>): string {
  const sections = (['en', 'fr', 'de', 'es', 'it'] as const)
    .map((lang) => {
      const mine = articles.filter((a) => a.lang === lang);
      if (mine.length === 0) return '';
      const item = (a: DemoArticle) =>
        `<li><a href="${articlePath(a)}">${escapeHtml(headlines.get(articlePath(a)) ?? a.slug)}</a></li>`;
      const ai = mine.filter((a) => a.aiFunding).map(item).join('\n');
      const other = mine.filter((a) => !a.aiFunding).map(item).join('\n');
      return `<section class="edition" id="${lang}"><h2>${LANG_NAMES[lang]}</h2>
<div class="columns"><div><h3>AI-funding stories <small>(the panel should appear)</small></h3><ul>${ai || '<li>none</li>'}</ul></div>
<div><h3>Other news <small>(the extension should stay silent)</small></h3><ul>${other || '<li>none</li>'}</ul></div></div></section>`;
    })
    .join('\n');
  const empty =
    articles.length === 0 ? '<p>No articles found: the fixtures in tests/fixtures/articles are missing.</p>' : '';
  const body = `<main id="main" class="front"><h1>Front page</h1>
<p class="intro">Open any article. On AI-funding stories Contrepoint adds its panel and inline polls; elsewhere it does nothing.
On other sites, use the toolbar button, the context menu or Alt+Shift+C.
Also try the <a href="/spa/">single-page demo</a> (navigation without page loads) and any article with <code>?rerender=1</code> (the page re-renders its article every second).</p>
${empty}${sections}</main>`;
  return page({ lang: 'en', title: `${SITE_NAME} — front page`, body });
}

export function renderSpaShell(first: string): string {
  const body = `<div class="layout"><main id="main" data-first="${escapeHtml(first)}"><p>Loading…</p></main>
<aside class="rail" aria-label="Stories"><section><h3>Stories</h3><ol id="spa-links"></ol></section></aside></div>
<script src="/static/spa.js" defer></script>`;
  return page({ lang: 'en', title: `${SITE_NAME} — single-page demo`, body });
}
