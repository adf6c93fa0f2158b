import { MatchPattern } from 'wxt/utils/match-patterns';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../core/types';
import { findNewsSite, NEWS_SITES, newsSiteMatches } from '../../../data/news-sites';

const HOST = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

describe('NEWS_SITES', () => {
  it('lists each outlet once, as a bare lower-case host', () => {
    const hosts = NEWS_SITES.map((s) => s.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) {
      expect(host, host).toMatch(HOST);
      expect(host.startsWith('www.'), host).toBe(false);
    }
  });

  it('covers the five languages with several outlets each, and stays a curated list', () => {
    for (const lang of LANGS) {
      expect(NEWS_SITES.filter((s) => s.lang === lang).length, lang).toBeGreaterThanOrEqual(8);
    }
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(40);
    expect(NEWS_SITES.length).toBeLessThanOrEqual(60);
  });
});

describe('newsSiteMatches', () => {
  const patterns = newsSiteMatches();
  const matches = (url: string) => patterns.some((p) => new MatchPattern(p).includes(url));

  it('produces valid https-only match patterns', () => {
    for (const p of patterns) {
      expect(() => new MatchPattern(p), p).not.toThrow();
      expect(p.startsWith('https://*.'), p).toBe(true);
    }
  });

  it('matches article pages on the outlet, its www and its other subdomains', () => {
    expect(matches('https://www.lemonde.fr/economie/article/2025/03/31/openai-leve-40-milliards_1.html')).toBe(true);
    expect(matches('https://lemonde.fr/')).toBe(true);
    expect(matches('https://investir.lesechos.fr/marches/actualites/x')).toBe(true);
    expect(matches('https://www.bbc.co.uk/news/technology-1')).toBe(true);
    expect(matches('https://cincodias.elpais.com/companias/2025-09-09/mistral.html')).toBe(true);
    expect(matches('https://www.lanacion.com.ar/tecnologia/nota/')).toBe(true);
  });

  it('does not match look-alike hosts, plain http or other sites', () => {
    expect(matches('https://notlemonde.fr/')).toBe(false);
    expect(matches('https://lemonde.fr.example.com/')).toBe(false);
    expect(matches('http://www.lemonde.fr/')).toBe(false);
    expect(matches('https://example.com/lemonde.fr/')).toBe(false);
    expect(matches('https://www.wikipedia.org/')).toBe(false);
  });

  it('drops a host a listed parent already covers', () => {
    expect(patterns).toContain('https://*.elpais.com/*');
    expect(patterns).not.toContain('https://*.cincodias.elpais.com/*');
    expect(new Set(patterns).size).toBe(patterns.length);
    const custom = newsSiteMatches([
      { host: 'b.example.org', lang: 'en', name: 'B' },
      { host: 'example.org', lang: 'en', name: 'A' },
      { host: 'example.org', lang: 'en', name: 'A again' },
    ]);
    expect(custom).toEqual(['https://*.example.org/*']);
  });
});

describe('findNewsSite', () => {
  it('finds the outlet from a page host, the most specific entry first', () => {
    expect(findNewsSite('www.lemonde.fr')?.name).toBe('Le Monde');
    expect(findNewsSite('WWW.SPIEGEL.DE')?.lang).toBe('de');
    expect(findNewsSite('cincodias.elpais.com')?.name).toBe('Cinco Días');
    expect(findNewsSite('elpais.com')?.name).toBe('El País');
    expect(findNewsSite('www.ft.com.')?.name).toBe('Financial Times');
  });

  it('knows nothing of other hosts', () => {
    expect(findNewsSite('notlemonde.fr')).toBeNull();
    expect(findNewsSite('lemonde.fr.evil.example')).toBeNull();
    expect(findNewsSite('')).toBeNull();
  });
});
