// Quiz scores by article, as a zustand vanilla store over one versioned storage item.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { queuedItemWriter } from './queued-item-writer';
import { defineQuizScoresItem, type QuizScore, type QuizScores } from './storage-items';
import { type StoreError, toStoreError } from './store-error';

export interface QuizState {
  scores: QuizScores;
  ready: boolean;
  error: StoreError | null;
  record(quizId: string, score: QuizScore): Promise<boolean>;
  eraseAll(): Promise<boolean>;
}

export interface QuizStore {
  store: StoreApi<QuizState>;
  ready: Promise<void>;
  dispose(): void;
}

export function createQuizStore(): QuizStore {
  const item = defineQuizScoresItem();

  const store = createStore<QuizState>()((set) => {
    // Two tabs finishing a quiz in the same millisecond could still drop one score; a score is cheap to
    // redo, unlike an answer's history.
    const write = queuedItemWriter(
      async (): Promise<QuizScores> => (await item.getValue()) ?? {},
      (next) => item.setValue(next),
      { saved: (scores) => set({ scores, error: null }), failed: (error) => set({ error: toStoreError(error) }) },
    );
    return {
      scores: {},
      ready: false,
      error: null,
      record: (quizId, score) => write((current) => ({ ...current, [quizId]: score })),
      eraseAll: () => write(() => ({})),
    };
  });

  const unwatch = item.watch((value) => store.setState({ scores: value ?? {} }));
  const ready = item
    .getValue()
    .then((value) => store.setState({ scores: value ?? {}, ready: true }))
    .catch((error: unknown) => store.setState({ ready: true, error: toStoreError(error) }));

  return { store, ready, dispose: unwatch };
}
