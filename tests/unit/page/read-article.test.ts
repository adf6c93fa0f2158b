import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../page/read-article';

// The article reader on hand-written pages in happy-dom: furniture of every usual kind around an
// article about an AI funding round, and documents that are not articles at all.

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const ARTICLE_PARAGRAPHS = [
  'Mistral AI, the Paris start-up founded by former researchers from Google DeepMind and Meta, has raised €600 million in a round that values it at close to €6 billion.',
  'The round was led by General Catalyst, with Nvidia, Samsung and several French banks taking part, according to people close to the deal who asked not to be named.',
  'The company will spend most of the money on computing power, a cost that has grown faster than its revenue since it released its first open-weight model last year.',
  'Can Europe still catch up with the American laboratories, which raise ten times as much? Investors in Paris say the gap is narrowing, but the numbers tell another story.',
];

const FURNITURE = {
  nav: 'World Business Technology Science Opinion',
  cookie: 'We use cookies to improve your experience. Accept all cookies',
  byline: 'By Jeanne Martin',
  share: 'Share on Facebook Share on X Copy link',
  caption: 'Arthur Mensch, chief executive of Mistral AI, at a conference in Paris last spring. Photo: agency',
  related: 'Related: Why the cost of computing keeps rising for every laboratory in the race',
  newsletter: 'Sign up to our newsletter: the best of tech in your inbox every morning, free of charge.',
  comment:
    'I have been following this company for a while and I honestly think the valuation is far too high given how little revenue it makes today, but time will tell who was right.',
  footer: 'Legal notice Privacy policy Terms of use Contact the newsroom',
};

function newsPage(options: { lang?: string; extraHead?: string; wrapper?: (inner: string) => string } = {}): string {
  const comments = Array.from({ length: 12 }, () => `<li class="comment"><p>${FURNITURE.comment}</p></li>`).join('');
  const article = `
    <article class="story">
      <h1>Mistral AI raises €600 million to chase the American giants</h1>
      <p class="byline">${FURNITURE.byline}</p>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>
      <figure><img src="x.jpg" alt=""><figcaption>${FURNITURE.caption}</figcaption></figure>
      <div class="article-body">
        <p>${ARTICLE_PARAGRAPHS[0]}</p>
        <p>${ARTICLE_PARAGRAPHS[1]}</p>
        <aside class="related"><p>${FURNITURE.related}</p></aside>
        <h2>A race for computing power</h2>
        <p>${ARTICLE_PARAGRAPHS[2]}</p>
        <div class="newsletter-box"><p>${FURNITURE.newsletter}</p><form><input type="email"><button>Subscribe</button></form></div>
        <p>${ARTICLE_PARAGRAPHS[3]}</p>
      </div>
    </article>`;
  const body = `
    <div id="cookie-banner"><p>${FURNITURE.cookie}</p></div>
    <header><nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/tech">Technology</a> <a href="/science">Science</a> <a href="/opinion">Opinion</a></nav></header>
    <main>${article}
      <section id="comments"><h2>Comments</h2><ol>${comments}</ol></section>
    </main>
    <footer><a href="/legal">Legal notice</a> <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a> <a href="/contact">Contact the newsroom</a></footer>`;
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head>
    <title>Mistral AI raises €600 million to chase the American giants | The Daily Ledger</title>
    <meta property="og:site_name" content="The Daily Ledger">
    <meta property="og:title" content="Mistral AI raises €600 million to chase the American giants | The Daily Ledger">
    <link rel="canonical" href="/tech/2024/06/mistral-ai-raises-600-million">
    ${options.extraHead ?? ''}
  </head><body>${options.wrapper ? options.wrapper(body) : body}</body></html>`;
}

describe('readArticle on a news page with furniture', () => {
  const article = readArticle(page(newsPage()), 'https://ledger.example/tech/2024/06/mistral-ai-raises-600-million?utm=x');

  it('keeps every article paragraph, in order, one per line', () => {
    expect(article).not.toBeNull();
    if (article === null) return;
    const lines = article.text.split('\n');
    const positions = ARTICLE_PARAGRAPHS.map((p) => lines.indexOf(p));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lines).toContain('A race for computing power');
  });

  it('leaves out navigation, cookie banner, byline, share bar, caption, related links, newsletter, comments and footer', () => {
    if (article === null) throw new Error('no article');
    for (const [kind, furniture] of Object.entries(FURNITURE)) {
      expect(article.text, kind).not.toContain(furniture.slice(0, 30));
    }
    // The headline is the title, not a line of the text.
    expect(article.text).not.toContain('to chase the American giants');
  });

  it('gives the headline without the site name, the declared language and the canonical URL', () => {
    if (article === null) throw new Error('no article');
    expect(article.title).toBe('Mistral AI raises €600 million to chase the American giants');
    expect(article.declaredLangs).toEqual(['en']);
    expect(article.canonicalUrl).toBe('https://ledger.example/tech/2024/06/mistral-ai-raises-600-million');
  });

  it('maps each block to the element it came from', () => {
    if (article === null) throw new Error('no article');
    const first = article.blocks.find((b) => article.text.slice(b.start, b.end) === ARTICLE_PARAGRAPHS[0]);
    expect(first?.element.localName).toBe('p');
    expect(first?.element.parentElement?.className).toBe('article-body');
  });

  it('is not fooled by a comment thread longer than the article', () => {
    if (article === null) throw new Error('no article');
    expect(article.root.closest('#comments')).toBeNull();
  });

  it('finds the article inside a page-wide wrapper with a furniture-like name', () => {
    const wrapped = readArticle(page(newsPage({ wrapper: (inner) => `<div id="ad-portal" class="has-sidebar">${inner}</div>` })));
    expect(wrapped?.text.split('\n')).toEqual(expect.arrayContaining(ARTICLE_PARAGRAPHS));
    expect(wrapped?.text).not.toContain(FURNITURE.comment.slice(0, 30));
  });

  it('reads every declared language, most authoritative first, without duplicates', () => {
    const doc = page(
      newsPage({
        lang: 'fr-FR',
        extraHead:
          '<meta property="og:locale" content="fr_FR"><meta http-equiv="Content-Language" content="fr"><meta name="language" content="FR-fr">',
      }),
    );
    expect(readArticle(doc)?.declaredLangs).toEqual(['fr-FR', 'fr_FR', 'fr']);
  });
});

describe('readArticle on what is not an article', () => {
  it('returns null for an empty document, an empty body and a frameset', () => {
    expect(readArticle(page(''))).toBeNull();
    expect(readArticle(page('<html><body></body></html>'))).toBeNull();
    expect(readArticle(page('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>'))).toBeNull();
  });

  it('returns null for a page of links (a section front)', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/story/${i}">Start-up number ${i} raises a new round of funding from investors in Berlin</a></li>`,
    ).join('');
    expect(readArticle(page(`<html><body><nav>Menu</nav><ul>${links}</ul></body></html>`))).toBeNull();
  });

  it('returns null for a login wall with two short lines', () => {
    expect(readArticle(page('<html><body><p>Subscribe to continue reading.</p><p>Already a member? Log in.</p></body></html>'))).toBeNull();
  });

  it('ignores hidden content', () => {
    const hidden = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const doc = page(
      `<html><body><div hidden>${hidden}</div><div aria-hidden="true">${hidden}</div><div style="display: none">${hidden}</div><p>Visible line.</p></body></html>`,
    );
    expect(readArticle(doc)).toBeNull();
  });
});

describe('readArticle on odd documents', () => {
  it('reads text placed directly in <body>', () => {
    const text = ARTICLE_PARAGRAPHS.join(' ');
    const article = readArticle(page(`<html><body>${text}</body></html>`));
    expect(article?.text).toBe(text);
    expect(article?.blocks[0]?.element.localName).toBe('body');
  });

  it('reads an article at the bottom of 5,000 nested divs without overflowing the stack', () => {
    const depth = 5000;
    const html = `<html><body>${'<div>'.repeat(depth)}${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(depth)}</body></html>`;
    const doc = page(html);
    const article = readArticle(doc);
    expect(article?.text.split('\n')).toEqual(ARTICLE_PARAGRAPHS);
  });

  it('reads a very large page (2,000 paragraphs) completely', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i}: ${ARTICLE_PARAGRAPHS[i % 4]}</p>`).join('');
    const article = readArticle(page(`<html><body><article>${paragraphs}</article></body></html>`));
    expect(article?.blocks).toHaveLength(2000);
    expect(article?.text.startsWith('Paragraph 0: Mistral AI')).toBe(true);
    expect(article?.text.endsWith(ARTICLE_PARAGRAPHS[3] ?? '')).toBe(true);
  });

  it('keeps a table of figures, drops a link list inside the article', () => {
    const doc = page(`<html><body><article>
      ${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
      <table><tr><th>Investor</th><th>Amount</th></tr><tr><td>General Catalyst</td><td>€200 million</td></tr></table>
      <ul><li><a href="/a">Mistral releases a new model</a></li><li><a href="/b">Aleph Alpha changes course</a></li></ul>
    </article></body></html>`);
    const text = readArticle(doc)?.text ?? '';
    expect(text).toContain('General Catalyst\n€200 million');
    expect(text).not.toContain('Aleph Alpha changes course');
  });
});

describe('titles', () => {
  function titleOf(head: string, body = ''): string | undefined {
    const paragraphs = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    return readArticle(page(`<html><head>${head}</head><body>${body}<article>${paragraphs}</article></body></html>`))?.title;
  }

  it('strips a site-name suffix from <title> when nothing better exists', () => {
    expect(titleOf('<title>Aleph Alpha raises $500 million in Heidelberg - Tech Weekly</title>')).toBe(
      'Aleph Alpha raises $500 million in Heidelberg',
    );
    expect(titleOf('<title>Aleph Alpha lève 500 millions | lemonde.fr</title>')).toBe('Aleph Alpha lève 500 millions');
  });

  it('keeps a separator that belongs to the headline', () => {
    expect(titleOf('<title>OpenAI - Microsoft talks stall</title>')).toBe('OpenAI - Microsoft talks stall');
    expect(titleOf('<title>Affaire Mistral : le gouvernement s’explique</title>')).toBe(
      'Affaire Mistral : le gouvernement s’explique',
    );
  });

  it('takes the <h1> that starts the meta title (an author or section after it is not the headline)', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Who pays for the AI boom? | Jane Doe">',
        '<h1>Who pays for the AI boom?</h1>',
      ),
    ).toBe('Who pays for the AI boom?');
  });

  it('strips only the declared site name from og:title, and falls back to <h1>', () => {
    expect(
      titleOf('<meta property="og:site_name" content="Ledger"><meta property="og:title" content="A deal – in three acts | Ledger">'),
    ).toBe('A deal – in three acts');
    expect(titleOf('', '<h1>  Cohere raises   $500 million </h1>')).toBe('Cohere raises $500 million');
  });
});

describe('canonical URL', () => {
  function canonicalOf(head: string, url?: string): string | null | undefined {
    const paragraphs = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    return readArticle(page(`<html><head>${head}</head><body><article>${paragraphs}</article></body></html>`), url)
      ?.canonicalUrl;
  }

  it('prefers <link rel=canonical>, then og:url, then the page URL', () => {
    expect(canonicalOf('<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">')).toBe(
      'https://a.example/x',
    );
    expect(canonicalOf('<meta property="og:url" content="https://b.example/y">')).toBe('https://b.example/y');
    expect(canonicalOf('', 'https://c.example/z')).toBe('https://c.example/z');
    expect(canonicalOf('')).toBeNull();
  });

  it('resolves a relative canonical against the page URL or og:url, else keeps the path', () => {
    expect(canonicalOf('<link rel="canonical" href="/news/1">', 'https://d.example/a/b')).toBe('https://d.example/news/1');
    expect(canonicalOf('<link rel="canonical" href="/news/1"><meta property="og:url" content="https://e.example/q">')).toBe(
      'https://e.example/news/1',
    );
    expect(canonicalOf('<link rel="canonical" href="/news/1">')).toBe('/news/1');
  });
});

describe('a short article in a page with long footer prose', () => {
  it('stays in the container marked as the article body instead of climbing to <body>', () => {
    const blurb = (topic: string) =>
      `<p class="footer-blurb">Our newsroom publishes ${topic} every day, with analysis, reports and opinion pieces written by more than four hundred journalists across the country.</p>`;
    const doc = page(`<html><body>
      <header><p>Subscribe from 1 € a month and read every article without limits on all your devices.</p></header>
      <main><article><div class="article-body" itemprop="articleBody">
        <p>${ARTICLE_PARAGRAPHS[0]}</p><p>${ARTICLE_PARAGRAPHS[1]}</p>
      </div></article></main>
      <footer>${['politics', 'economics', 'culture', 'sport', 'science', 'travel'].map(blurb).join('')}</footer>
    </body></html>`);
    const article = readArticle(doc);
    expect(article?.text).toBe(`${ARTICLE_PARAGRAPHS[0]}\n${ARTICLE_PARAGRAPHS[1]}`);
  });
});
