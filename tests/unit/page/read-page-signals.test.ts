import { describe, expect, it } from 'vitest';
import { readPageSignals } from '../../../page/read-page-signals';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const HEAD = `
  <title>Helsing raises €450 million for defence AI | Tech Ledger</title>
  <meta property="og:title" content="Helsing raises €450 million for defence AI">
  <meta name="description" content="The Munich start-up's round is one of the largest in European defence technology.">
  <meta property="og:type" content="article">
  <meta property="article:section" content="Technology">
  <meta name="keywords" content="Helsing, defence, artificial intelligence">
  <meta name="news_keywords" content="Helsing, defence, artificial intelligence">
  <meta property="og:locale" content="en_GB">`;

describe('readPageSignals', () => {
  it('reads title, og:title, description, labels, the first <h1> and the lead paragraphs of the article', () => {
    const doc = page(`<html lang="en-GB"><head>${HEAD}</head><body>
      <nav><p>Home, Technology, Business, Science and every other section of the site you can visit today</p></nav>
      <article>
        <h1>Helsing raises €450 million</h1>
        <p>By Ann</p>
        <figure><p>The company's offices in Munich, photographed in the spring of this year.</p></figure>
        <p>Helsing, which builds software for armed forces, has raised €450 million from investors led by General Catalyst.</p>
        <p>The round values the three-year-old company at several billion euros, people familiar with the deal said.</p>
        <p>A third paragraph that the cheap check does not need to read at all.</p>
      </article></body></html>`);
    expect(readPageSignals(doc)).toEqual({
      title: 'Helsing raises €450 million for defence AI | Tech Ledger',
      ogTitle: 'Helsing raises €450 million for defence AI',
      description: "The Munich start-up's round is one of the largest in European defence technology.",
      keywords: 'Helsing, defence, artificial intelligence',
      h1: 'Helsing raises €450 million',
      lead: [
        'Helsing, which builds software for armed forces, has raised €450 million from investors led by General Catalyst.',
        'The round values the three-year-old company at several billion euros, people familiar with the deal said.',
      ].join('\n'),
    });
  });

  it('gives empty strings, not errors, for a page with no head, no metadata and no paragraphs', () => {
    const doc = page('<body>Just some words.</body>');
    const signals = readPageSignals(doc);
    expect(Object.values(signals).every((v) => v === '')).toBe(true);
    expect(readPageSignals(page(''))).toMatchObject({ title: '', lead: '' });
  });

  it('looks at a bounded number of paragraphs: a long paragraph deep in a page of short ones is not read', () => {
    const short = Array.from({ length: 3000 }, (_, i) => `<p>Item ${i}</p>`).join('');
    const doc = page(
      `<html><body>${short}<p>This long paragraph comes after three thousand short ones and is never reached.</p></body></html>`,
    );
    expect(readPageSignals(doc).lead).toBe('');
  });

  it('skips <article> teasers inside the navigation menu', () => {
    const doc = page(`<html><body>
      <nav><article><p>Markets live: the most important business news of the day, every day, all day long.</p></article></nav>
      <main><article>
        <p>Cohere, the Toronto company that builds language models for businesses, has raised $500 million.</p>
      </article></main></body></html>`);
    expect(readPageSignals(doc).lead).toBe(
      'Cohere, the Toronto company that builds language models for businesses, has raised $500 million.',
    );
  });

  it('falls back to the body when the page has no article element', () => {
    const doc = page(
      '<html><body><div><p>Aleph Alpha, based in Heidelberg, said on Monday that it had raised more than $500 million.</p></div></body></html>',
    );
    expect(readPageSignals(doc).lead).toBe(
      'Aleph Alpha, based in Heidelberg, said on Monday that it had raised more than $500 million.',
    );
  });

  it('cuts absurdly long values', () => {
    const doc = page(`<html><head><meta name="description" content="${'x '.repeat(50_000)}"></head><body></body></html>`);
    expect(readPageSignals(doc).description.length).toBeLessThanOrEqual(1200);
  });

  // Keys in another case ("OG:Title") are matched by the selector's `i` flag in browsers; happy-dom
  // ignores that flag, so only lower-case keys are checked here.
  it('finds its meta tags, in `value=` too, the first of each winning, and no other', () => {
    const doc = page(`<html><head>
      <meta name="viewport" content="width=device-width">
      <meta name="description" content="   ">
      <meta property="og:title" content="Aleph Alpha sammelt 500 Millionen Dollar ein">
      <meta name="description" value="Das Heidelberger KI-Unternehmen holt Bosch und SAP an Bord.">
      <meta name="description" content="A second description the page repeats further down">
      <meta itemprop="keywords" content="KI, Finanzierung">
      <meta name="twitter:title" content="Not read by the gate">
    </head><body></body></html>`);
    const s = readPageSignals(doc);
    expect(s.ogTitle).toBe('Aleph Alpha sammelt 500 Millionen Dollar ein');
    expect(s.description).toBe('Das Heidelberger KI-Unternehmen holt Bosch und SAP an Bord.');
    expect(s.keywords).toBe('KI, Finanzierung');
    expect(JSON.stringify(s)).not.toContain('Not read by the gate');
  });

  it('reads meta tags of the head only, not ones a page puts in its body', () => {
    const doc = page(`<html><head><title>Budget municipal</title></head><body>
      <meta property="og:title" content="OpenAI lève 40 milliards de dollars"><p>Le conseil a voté.</p></body></html>`);
    expect(readPageSignals(doc).ogTitle).toBe('');
  });
});
