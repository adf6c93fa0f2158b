import { describe, expect, it } from 'vitest';
import { languagesInOrder, otherLanguagesCount, resultRows, resultsSummary } from '../../../components/community-rows';
import { translate } from '../../../components/i18n';
import { SCALES } from '../../../data/polls';
import type { PollResults } from '../../../state/community-results';

const YES_NO = SCALES['yes-no'];
const t = (key: string, ...subs: (string | number)[]) => translate('en', key, subs);

function results(overrides: Partial<PollResults>): PollResults {
  return {
    pollId: 'theme:regulation',
    kind: 'theme',
    total: 20,
    minCount: 10,
    enough: true,
    options: [],
    byLang: null,
    note: 'not-representative',
    ...overrides,
  };
}

describe('community result rows', () => {
  it('follows the poll’s options, counts retired options in the total only', () => {
    const ids = YES_NO.map((o) => o.id);
    const r = results({ total: 20, options: [{ id: ids[0] as string, count: 12 }, { id: 'an-option-since-retired', count: 8 }] });
    const rows = resultRows(r, YES_NO, ids[0] as string, 'en');
    expect(rows.map((row) => row.id)).toEqual(ids);
    expect(rows[0]).toMatchObject({ count: 12, share: 0.6, own: true });
    expect(rows.slice(1).every((row) => row.count === 0 && row.share === 0 && !row.own)).toBe(true);
  });

  it('puts languages in one fixed order whatever the server sends, and counts the ones left out', () => {
    const r = results({
      total: 40,
      byLang: [
        { lang: 'it', total: 12, options: [] },
        { lang: 'de', total: 10, options: [] },
        { lang: 'en', total: 11, options: [] },
      ],
    });
    expect(languagesInOrder(r).map((l) => l.lang)).toEqual(['en', 'de', 'it']);
    expect(otherLanguagesCount(r)).toBe(7);
    expect(otherLanguagesCount(results({ byLang: [] }))).toBe(0);
  });

  it('computes each language’s share among that language’s readers, and survives an empty language', () => {
    const id = YES_NO[0]?.id as string;
    const r = results({
      byLang: [
        { lang: 'fr', total: 4, options: [{ id, count: 3 }] },
        { lang: 'es', total: 0, options: [] },
      ],
    });
    expect(resultRows(r, YES_NO, null, 'en')[0]?.byLang).toEqual([
      { lang: 'fr', share: 0.75 },
      { lang: 'es', share: 0 },
    ]);
  });

  it('summarises for the live region, and says "not enough" below the minimum', () => {
    expect(resultsSummary(results({ total: 4, enough: false, options: null }), [], t, 'en')).toBe(
      'Not enough answers yet (4 so far; results are shown from 10).',
    );
  });
});
