import { describe, expect, it } from 'vitest';
import { lazy, lazyPerLang } from '../../../core/lazy';
import type { Lang } from '../../../core/types';

describe('lazy', () => {
  it('builds on the first call only, and not before', () => {
    let builds = 0;
    const table = lazy(() => {
      builds++;
      return new Map([['openai', 'OpenAI']]);
    });
    expect(builds).toBe(0);
    const first = table();
    expect(table()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps a built value that is falsy', () => {
    let builds = 0;
    const empty = lazy(() => {
      builds++;
      return '';
    });
    expect([empty(), empty()]).toEqual(['', '']);
    expect(builds).toBe(1);
  });

  it('builds again after a failed build', () => {
    let attempts = 0;
    const flaky = lazy(() => {
      attempts++;
      if (attempts === 1) throw new Error('not yet');
      return attempts;
    });
    expect(() => flaky()).toThrow('not yet');
    expect(flaky()).toBe(2);
    expect(flaky()).toBe(2);
  });
});

describe('lazyPerLang', () => {
  it('builds each language once, on its first use, and keeps languages apart', () => {
    const built: Lang[] = [];
    const rules = lazyPerLang((lang) => {
      built.push(lang);
      return { lang, words: lang === 'de' ? ['Finanzierungsrunde'] : ['levée de fonds'] };
    });
    expect(built).toEqual([]);
    const de = rules('de');
    expect(rules('fr').words).toEqual(['levée de fonds']);
    expect(rules('de')).toBe(de);
    expect(built).toEqual(['de', 'fr']);
  });

  it('keeps an undefined result without building it again', () => {
    let builds = 0;
    const nothing = lazyPerLang(() => {
      builds++;
      return undefined;
    });
    nothing('it');
    nothing('it');
    expect(builds).toBe(1);
  });
});
