import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/types';
import type { TallyRow } from '../../server/db/store';
import { shapeResults } from '../../server/results';

const row = (option: string, lang: Lang, count: number): TallyRow => ({ option, lang, count });

describe('shapeResults', () => {
  it('shows only the total below the minimum, and always says it is not representative', () => {
    const results = shapeResults('theme:bubble', [row('bub-will-burst', 'en', 4), row('bub-partly', 'de', 5)], 10);
    expect(results).toEqual({
      pollId: 'theme:bubble',
      kind: 'theme',
      total: 9,
      minCount: 10,
      enough: false,
      options: null,
      byLang: null,
      representative: false,
      note: 'not-representative',
    });
  });

  it('adds options across languages, most chosen first', () => {
    const results = shapeResults(
      'theme:bubble',
      [row('bub-partly', 'fr', 6), row('bub-will-burst', 'en', 4), row('bub-will-burst', 'fr', 5)],
      10,
    );
    expect(results.enough).toBe(true);
    expect(results.options).toEqual([
      { id: 'bub-will-burst', count: 9 },
      { id: 'bub-partly', count: 6 },
    ]);
  });

  it('splits theme polls by language, for languages that reach the minimum on their own', () => {
    const results = shapeResults(
      'theme:jobs',
      [
        row('jobs-transform', 'fr', 7),
        row('jobs-net-loss', 'fr', 5),
        row('jobs-transform', 'de', 10),
        row('jobs-net-gain', 'it', 3),
        row('jobs-net-loss', 'it', 8),
      ],
      10,
    );
    expect(results.byLang).toEqual([
      { lang: 'fr', total: 12, options: [{ id: 'jobs-transform', count: 7 }, { id: 'jobs-net-loss', count: 5 }] },
      { lang: 'it', total: 11, options: [{ id: 'jobs-net-loss', count: 8 }, { id: 'jobs-net-gain', count: 3 }] },
      { lang: 'de', total: 10, options: [{ id: 'jobs-transform', count: 10 }] },
    ]);
  });

  it('hides languages whose omission would reveal a small remainder by subtraction', () => {
    // 12 French and 2 Spanish answers: showing French alone would give away the 2 Spanish ones as
    // (overall − French). French must be hidden too.
    const rows = [row('reg-too-much', 'fr', 6), row('reg-too-little', 'fr', 6), row('reg-too-much', 'es', 2)];
    const results = shapeResults('theme:regulation', rows, 10);
    expect(results.options).toEqual([
      { id: 'reg-too-much', count: 8 },
      { id: 'reg-too-little', count: 6 },
    ]);
    expect(results.byLang).toEqual([]);
  });

  it('drops the smallest shown language first, keeping the others', () => {
    // fr 30, de 11, es 3: hiding es alone leaves 3 out; adding de to the hidden group makes it 14.
    const rows = [row('a', 'fr', 30), row('a', 'de', 11), row('b', 'es', 3)];
    const results = shapeResults('theme:ethics', rows, 10);
    expect(results.byLang?.map((entry) => entry.lang)).toEqual(['fr']);
    // The hidden remainder (44 − 30 = 14) is itself above the minimum.
    expect((results.total ?? 0) - (results.byLang?.[0]?.total ?? 0)).toBeGreaterThanOrEqual(10);
  });

  it('gives article polls no language split', () => {
    const results = shapeResults('q:00112233aabbccdd', [row('yes', 'it', 20), row('no', 'it', 11)], 10);
    expect(results.kind).toBe('article');
    expect(results.byLang).toBeNull();
    expect(results.total).toBe(31);
  });

  it('reaches "enough" exactly at the minimum', () => {
    expect(shapeResults('q:00112233aabbccdd', [row('yes', 'en', 2)], 3).enough).toBe(false);
    expect(shapeResults('q:00112233aabbccdd', [row('yes', 'en', 3)], 3).enough).toBe(true);
  });
});
