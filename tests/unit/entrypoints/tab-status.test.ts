import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTabStatusStore, memoryArea, type SessionArea } from '../../../entrypoints/background/tab-status';

const found = {
  state: 'found' as const,
  url: 'https://www.lesechos.fr/tech-medias/mistral',
  by: 'analysis' as const,
  summary: null,
};

describe.each([
  ['storage.session', () => fakeBrowser.storage.session as unknown as SessionArea],
  ['memory fallback', () => memoryArea()],
])('tab status store on %s', (_name, makeArea) => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one status per tab, stamped with the time it was stored', async () => {
    const store = createTabStatusStore(makeArea(), () => 1234);
    await store.set(1, found);
    await store.set(2, { ...found, state: 'not-found', by: 'gate' });
    expect(await store.get(1)).toEqual({ ...found, at: 1234 });
    expect((await store.get(2))?.state).toBe('not-found');
    expect(await store.get(3)).toBeNull();
  });

  it('forgets a tab when cleared and replaces a status on a new report', async () => {
    const store = createTabStatusStore(makeArea());
    await store.set(1, found);
    await store.set(1, { ...found, state: 'not-found' });
    expect((await store.get(1))?.state).toBe('not-found');
    await store.clear(1);
    expect(await store.get(1)).toBeNull();
  });
});

describe('storage.session persistence', () => {
  beforeEach(() => fakeBrowser.reset());

  it('survives a restarted background (a new store over the same area)', async () => {
    const area = fakeBrowser.storage.session as unknown as SessionArea;
    await createTabStatusStore(area).set(7, found);
    expect((await createTabStatusStore(area).get(7))?.url).toBe(found.url);
  });
});
