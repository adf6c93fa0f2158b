import { describe, expect, it } from 'vitest';
import { isCommunityReply, isSharablePollId, parsePollResults } from '../../../state/community-results';

const VALID = {
  pollId: 'theme:europe-catch-up',
  kind: 'theme',
  total: 57,
  minCount: 10,
  enough: true,
  options: [{ id: 'eu-joint-investment', count: 25 }],
  byLang: [
    { lang: 'fr', total: 31, options: [{ id: 'eu-joint-investment', count: 16 }] },
    { lang: 'pt', total: 4, options: [] },
  ],
  representative: false,
  note: 'not-representative',
};

describe('community results from the server', () => {
  it('keeps what the API documents and skips languages it does not know', () => {
    const parsed = parsePollResults(VALID, 'theme:europe-catch-up');
    expect(parsed?.byLang?.map((l) => l.lang)).toEqual(['fr']);
    expect(parsed?.options).toEqual([{ id: 'eu-joint-investment', count: 25 }]);
  });

  it('refuses replies that do not add up or are about another poll', () => {
    expect(parsePollResults(VALID, 'theme:bubble')).toBeNull();
    expect(parsePollResults({ ...VALID, total: -1 }, VALID.pollId)).toBeNull();
    expect(parsePollResults({ ...VALID, total: 1.5 }, VALID.pollId)).toBeNull();
    expect(parsePollResults({ ...VALID, options: null }, VALID.pollId)).toBeNull();
    expect(parsePollResults({ ...VALID, options: [{ id: 'x', count: '3' }] }, VALID.pollId)).toBeNull();
    expect(parsePollResults('<html>', VALID.pollId)).toBeNull();
  });

  it('hides counts below the minimum even if a server sent them', () => {
    const parsed = parsePollResults({ ...VALID, enough: false }, VALID.pollId);
    expect(parsed).toMatchObject({ enough: false, options: null, byLang: null, total: 57 });
  });

  it('accepts only poll ids the server can hold', () => {
    for (const good of ['theme:europe-catch-up', 'theme:open-source', 'q:0123456789abcdef']) expect(isSharablePollId(good), good).toBe(true);
    for (const bad of ['theme:', 'theme:Europe', 'q:0123456789ABCDEF', 'q:0123456789abcde', 'q:0123456789abcdef0', 'theme:jobs/../x', 'theme:jobs?x']) {
      expect(isSharablePollId(bad), bad).toBe(false);
    }
  });

  it('checks replies that crossed a message boundary', () => {
    expect(isCommunityReply({ state: 'ok', results: VALID, counted: true })).toBe(true);
    expect(isCommunityReply({ state: 'ok', results: VALID })).toBe(false);
    expect(isCommunityReply({ state: 'unreachable' })).toBe(false);
    expect(isCommunityReply({ state: 'off' })).toBe(true);
    expect(isCommunityReply(null)).toBe(false);
  });
});
