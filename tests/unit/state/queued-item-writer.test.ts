import { describe, expect, it } from 'vitest';
import { queuedItemWriter } from '../../../state/queued-item-writer';

// A storage item whose reads and writes take a turn of the event loop, as browser storage does.
function slowItem(initial: string[]) {
  let stored = initial;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    read: async () => {
      await tick();
      return stored;
    },
    save: async (value: string[]) => {
      await tick();
      if (value.includes('too big')) throw new Error('QUOTA_BYTES quota exceeded');
      stored = value;
    },
    get stored() {
      return stored;
    },
  };
}

describe('queuedItemWriter', () => {
  it('applies quick successive changes one after another: none is lost', async () => {
    const item = slowItem([]);
    const saved: string[][] = [];
    const write = queuedItemWriter(item.read, item.save, { saved: (v) => saved.push(v), failed: () => undefined });
    const results = await Promise.all(['a', 'b', 'c'].map((x) => write((current) => [...current, x])));
    expect(results).toEqual([true, true, true]);
    expect(item.stored).toEqual(['a', 'b', 'c']);
    expect(saved).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']]);
  });

  it('reports a failed write, keeps what was stored, and goes on with the next change', async () => {
    const item = slowItem(['kept']);
    const failures: unknown[] = [];
    const write = queuedItemWriter(item.read, item.save, { saved: () => undefined, failed: (e) => failures.push(e) });
    const [bad, good] = await Promise.all([write((c) => [...c, 'too big']), write((c) => [...c, 'next'])]);
    expect(bad).toBe(false);
    expect(good).toBe(true);
    expect(String(failures[0])).toContain('QUOTA_BYTES');
    expect(item.stored).toEqual(['kept', 'next']);
  });

  it('turns a change that throws into a failed write, not a rejected promise', async () => {
    const item = slowItem(['kept']);
    const write = queuedItemWriter(item.read, item.save, { saved: () => undefined, failed: () => undefined });
    await expect(
      write(() => {
        throw new TypeError('bad change');
      }),
    ).resolves.toBe(false);
    expect(item.stored).toEqual(['kept']);
  });
});
