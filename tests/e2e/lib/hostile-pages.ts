import { type Block, fixtureText, LAYOUTS, pageInLayout, withPageScript } from './site';

// Hostile news pages for issue 4, each built from a fixture article in a real layout plus a script of
// the page's own. The scripts are deliberately small and plain: each does one hostile thing.

export const LANG = 'fr';
export const SLUG = 'fr-openai-40-milliards-newspaper';
export const LAYOUT = LAYOUTS.fr as string;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The fixture article A in the Le Monde layout, its body marked for the page's scripts. */
export function articlePage(slug = SLUG, blocks?: Block[]): string {
  const { title, paragraphs } = fixtureText(LANG, slug);
  return pageInLayout(LANG, title, blocks ?? paragraphs.map((text) => ({ text })), LAYOUT, { markBody: true });
}

/** Inline scripts and styles are all the page would need; everything else may come from nowhere. */
export const STRICT_CSP =
  "default-src 'none'; style-src 'none' 'report-sample'; script-src 'none' 'report-sample'; img-src 'none'; font-src 'none'; connect-src 'none'; report-uri /csp-report";

/**
 * A React-style re-render every second: each paragraph of the article is replaced by an equal new node
 * (same tag, same text), as a framework does when it re-mounts a list. Nodes the page did not render
 * (our polls) are left where they are, as React leaves foreign siblings.
 */
export const RERENDER_SCRIPT = `(() => {
  const body = document.querySelector('[data-e2e-body]');
  window.__renders = 0;
  const timer = setInterval(() => {
    for (const p of Array.from(body.children)) {
      if (p.tagName !== 'P') continue;
      const fresh = document.createElement('p');
      fresh.innerHTML = p.innerHTML;
      p.replaceWith(fresh);
    }
    window.__renders++;
  }, 1000);
  window.__stopRerender = () => clearInterval(timer);
})();`;

/**
 * Removes every element added after the page was parsed that the page did not create itself (as some
 * sites do against ad blockers and extensions), and keeps a list of what it removed.
 */
export const REMOVE_FOREIGN_SCRIPT = `(() => {
  window.__removed = [];
  const known = new WeakSet();
  let armed = false;
  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('*')) known.add(el);
    armed = true;
  });
  new MutationObserver((records) => {
    if (!armed) return;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && !known.has(n)) {
          window.__removed.push(n.localName);
          n.remove();
        }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();`;

/** Three articles behind one page: `__go(key)` renders one and pushes its URL; back/forward re-render. */
export function spaScript(articles: Record<string, { title: string; paragraphs: string[] }>): string {
  return `(() => {
  const articles = ${JSON.stringify(articles)};
  const body = document.querySelector('[data-e2e-body]');
  function render(key) {
    const a = articles[key];
    document.title = a.title;
    const h1 = document.querySelector('h1');
    if (h1) h1.textContent = a.title;
    for (const m of document.querySelectorAll('meta[property="og:title"]')) m.setAttribute('content', a.title);
    for (const m of document.querySelectorAll('meta[name="description"], meta[property="og:description"]')) m.setAttribute('content', a.paragraphs[0]);
    const canonical = document.querySelector('link[rel="canonical"]');
    if (canonical) canonical.setAttribute('href', location.origin + '/spa/' + key);
    const old = Array.from(body.children).filter((c) => c.tagName === 'P');
    const anchor = old[0] || null;
    for (const text of a.paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      body.insertBefore(p, anchor);
    }
    for (const p of old) p.remove();
  }
  window.__go = (key) => { render(key); history.pushState({ key }, '', '/spa/' + key); };
  addEventListener('popstate', (e) => render((e.state && e.state.key) || location.pathname.split('/').pop()));
})();`;
}

/**
 * Overrides built-ins before any extension code runs. Each override still does its job (the page's own
 * code keeps working) but notes every call whose stack comes from an extension URL: content scripts
 * run in an isolated world, so there must be none. The page also defines custom elements named like
 * ours; `preAttach` makes them take their shadow root first (the extension's own attachShadow then
 * fails), and the overridden attachShadow tries to force every shadow root open.
 */
export function builtinsScript(preAttach: boolean): string {
  return `(() => {
  const spy = (window.__spy = { fromExtension: [], ctor: 0, forcedOpen: 0 });
  const fromExtension = (name) => {
    const stack = String(new Error().stack || '');
    if (/(chrome|moz)-extension:\\/\\//.test(stack)) spy.fromExtension.push(name);
  };
  window.__orig = {
    attachShadow: Element.prototype.attachShadow,
    map: Array.prototype.map,
    stringify: JSON.stringify,
    appendChild: Node.prototype.appendChild,
  };
  const o = window.__orig;
  Element.prototype.attachShadow = function (init) {
    fromExtension('attachShadow');
    spy.forcedOpen++;
    return o.attachShadow.call(this, Object.assign({}, init, { mode: 'open' }));
  };
  Array.prototype.map = function (...args) { fromExtension('Array.prototype.map'); return o.map.apply(this, args); };
  JSON.stringify = function (...args) { fromExtension('JSON.stringify'); return o.stringify.apply(JSON, args); };
  Node.prototype.appendChild = function (child) { fromExtension('appendChild'); return o.appendChild.call(this, child); };
  window.fetch = function () { fromExtension('fetch'); return Promise.reject(new TypeError('this page allows no fetch')); };
  window.__pageFns = {
    attachShadow: Element.prototype.attachShadow, map: Array.prototype.map, stringify: JSON.stringify,
    appendChild: Node.prototype.appendChild, fetch: window.fetch,
  };
  class PageOwned extends HTMLElement {
    constructor() {
      super();
      spy.ctor++;
      ${preAttach ? "this.__pageRoot = this.attachShadow({ mode: 'open' }); this.__pageRoot.innerHTML = '<p>page-owned</p>';" : ''}
    }
  }
  customElements.define('contrepoint-panel', PageOwned);
  customElements.define('contrepoint-poll', class extends PageOwned {});
  window.__globalsAtLoad = [];
  document.addEventListener('DOMContentLoaded', () => { window.__globalsAtLoad = Object.keys(window); });
})();`;
}

/** A question and a figure split across inline elements (links, emphasis), as newsrooms' CMSs write them. */
export function splitSentencePage(questionQuote: string): { html: string; figureSentence: string } {
  const { title, paragraphs } = fixtureText(LANG, SLUG);
  let figureSentence = '';
  const blocks: Block[] = paragraphs.map((text) => {
    if (text.includes(questionQuote)) {
      const split = escapeHtml(text).replace(
        escapeHtml(questionQuote),
        'L’Europe <em>peut-elle</em> encore <a href="#retard">rattraper <strong>son</strong> retard</a> ?',
      );
      return { html: split };
    }
    if (text.includes('avoir levé 40 milliards de dollars')) {
      figureSentence = text.slice(text.indexOf('OpenAI a annoncé'), text.indexOf('SoftBank.') + 'SoftBank.'.length);
      const split = escapeHtml(text)
        .replace('OpenAI a annoncé', '<a href="#openai">OpenAI</a> a annoncé')
        .replace('40 milliards de dollars', '<strong>40 milliards</strong> de <em>dollars</em>');
      return { html: split };
    }
    return { text };
  });
  if (!figureSentence) throw new Error('the fixture no longer has the 40 milliards sentence');
  return { html: pageInLayout(LANG, title, blocks, LAYOUT, { markBody: true }), figureSentence };
}

// Filler for the 5 MB page: teaser cards of a news site's endless "more news" rail, in French, about
// anything but AI funding. Generated from a few templates so that every card differs.
const PLACES = ['Lyon', 'Lille', 'Nantes', 'Rennes', 'Bordeaux', 'Marseille', 'Toulouse', 'Strasbourg', 'Dijon', 'Brest'];
const TOPICS = [
  (p: string, n: number) => `À ${p}, la piscine municipale rouvre après ${n} mois de travaux`,
  (p: string, n: number) => `${p} : le marché de Noël accueillera ${n} exposants cette année`,
  (p: string, n: number) => `Cyclisme : l’étape de ${p} raccourcie de ${n} kilomètres à cause du vent`,
  (p: string, n: number) => `Météo : jusqu’à ${n} millimètres de pluie attendus autour de ${p}`,
  (p: string, n: number) => `Rugby : ${p} s’impose de ${n} points au terme d’un match tendu`,
  (p: string, n: number) => `Un festival de jazz à ${p} affiche complet pour sa ${n}e édition`,
];

export function hugePage(targetBytes: number, slug = SLUG): string {
  const base = withPageScript(articlePage(slug), FRAME_GAP_SCRIPT, 'head');
  const cards: string[] = [];
  let size = base.length;
  for (let i = 0; size < targetBytes; i++) {
    const place = PLACES[i % PLACES.length] as string;
    const topic = TOPICS[i % TOPICS.length] as (p: string, n: number) => string;
    const headline = topic(place, (i % 97) + 2);
    const card = `<article class="teaser"><h3 class="teaser__title"><a href="/archives/${i}">${headline}</a></h3><p class="teaser__lead">Brève n°${i} — ${headline.toLowerCase()}. Les détails sur place.</p><time datetime="2025-03-${String((i % 28) + 1).padStart(2, '0')}">${(i % 28) + 1} mars</time></article>\n`;
    cards.push(card);
    size += card.length;
  }
  const rail = `<section class="more-news" aria-label="Plus d’actualités">${cards.join('')}</section>`;
  const at = base.lastIndexOf('</body>');
  return base.slice(0, at) + rail + base.slice(at);
}

/** Records the longest gap between two animation frames after the load event: a frozen page has one. */
export const FRAME_GAP_SCRIPT = `(() => {
  window.__maxFrameGap = 0;
  addEventListener('load', () => {
    let last = performance.now();
    const tick = (t) => {
      window.__maxFrameGap = Math.max(window.__maxFrameGap, t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
})();`;

/** A page of its own (not an article) that shows the article in a same-origin iframe. */
export function iframeHostPage(src: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le direct économie</title></head>
<body><header><h1>Le direct économie</h1></header><main><p>Suivez avec nous les principales informations de la journée.</p>
<iframe src="${src}" title="Article" width="900" height="1200"></iframe></main></body></html>`;
}
