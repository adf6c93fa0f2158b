import { describe, expect, it, vi } from 'vitest';
import type { CommunityReply } from '../../../state/community-results';
import { createCommunityStore } from '../../../state/community-store';

const RESULTS = {
  pollId: 'theme:jobs',
  kind: 'theme',
  total: 4,
  minCount: 10,
  enough: false,
  options: null,
  byLang: null,
  note: 'not-representative',
} as const;

function deferred() {
  let resolve: (v: unknown) => void = () => undefined;
  const promise = new Promise<unknown>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('community store (content script)', () => {
  it('asks once per answer state, and again after the answer changes', async () => {
    const ask = vi.fn(async (): Promise<CommunityReply> => ({ state: 'ok', results: { ...RESULTS }, counted: true }));
    const { store } = createCommunityStore(ask);
    store.getState().request('theme:jobs', '2026-11-26T08:00:00.000Z');
    store.getState().request('theme:jobs', '2026-11-26T08:00:00.000Z');
    expect(store.getState().views['theme:jobs']).toEqual({ state: 'loading', key: '2026-11-26T08:00:00.000Z' });
    await vi.waitFor(() => expect(store.getState().views['theme:jobs']?.state).toBe('ok'));
    store.getState().request('theme:jobs', '2026-11-26T08:05:00.000Z');
    expect(ask).toHaveBeenCalledTimes(2);
    // The previous results stay until the new ones come, marked with the answer state they belong to.
    expect(store.getState().views['theme:jobs']?.key).toBe('2026-11-26T08:00:00.000Z');
    await vi.waitFor(() => expect(store.getState().views['theme:jobs']?.key).toBe('2026-11-26T08:05:00.000Z'));
  });

  it('keeps the newest request’s reply when replies arrive out of order', async () => {
    const first = deferred();
    const second = deferred();
    const ask = vi.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { store } = createCommunityStore(ask);
    store.getState().request('theme:jobs', 'a');
    store.getState().request('theme:jobs', 'b');
    second.resolve({ state: 'ok', results: { ...RESULTS, total: 5 }, counted: true });
    await vi.waitFor(() => expect(store.getState().views['theme:jobs']?.key).toBe('b'));
    first.resolve({ state: 'ok', results: { ...RESULTS, total: 4 }, counted: true });
    await new Promise((r) => setTimeout(r, 10));
    const view = store.getState().views['theme:jobs'];
    expect(view?.state === 'ok' && view.results.total).toBe(5);
  });

  it('shows "unreachable" for a reply that is not one, or when the background cannot be asked', async () => {
    const { store } = createCommunityStore(vi.fn().mockResolvedValueOnce({ state: 'ok', results: { pollId: 'theme:jobs' } }).mockRejectedValueOnce(new Error('Extension context invalidated')));
    store.getState().request('theme:jobs', 'a');
    store.getState().request('theme:bubble', 'a');
    await vi.waitFor(() => {
      expect(store.getState().views['theme:jobs']).toEqual({ state: 'unreachable', pending: false, key: 'a' });
      expect(store.getState().views['theme:bubble']).toEqual({ state: 'unreachable', pending: false, key: 'a' });
    });
  });
});
