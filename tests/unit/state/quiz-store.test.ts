import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQuizStore, type QuizStore } from '../../../state/quiz-store';

const open: QuizStore[] = [];
async function openStore(): Promise<QuizStore> {
  const store = createQuizStore();
  open.push(store);
  await store.ready;
  return store;
}

const score = (correct: number) => ({
  correct,
  total: 4,
  at: '2025-04-02T09:30:00.000Z',
  url: 'https://news.example.org/tech/openai-raises-40-billion',
  title: 'OpenAI raises $40 billion',
});

describe('quiz store', () => {
  beforeEach(() => {
    for (const store of open.splice(0)) store.dispose();
    fakeBrowser.reset();
  });

  it('records a score per article that survives a reload and reaches other tabs', async () => {
    const tab = await openStore();
    const other = await openStore();
    expect(await tab.store.getState().record('q1', score(3))).toBe(true);
    expect(other.store.getState().scores.q1?.correct).toBe(3);
    await tab.store.getState().record('q1', score(4));
    await tab.store.getState().record('q2', score(1));
    const reloaded = await openStore();
    expect(reloaded.store.getState().scores).toMatchObject({ q1: { correct: 4 }, q2: { correct: 1 } });
  });

  it('erases all scores', async () => {
    const tab = await openStore();
    await tab.store.getState().record('q1', score(2));
    await tab.store.getState().eraseAll();
    const reloaded = await openStore();
    expect(reloaded.store.getState().scores).toEqual({});
  });
});
