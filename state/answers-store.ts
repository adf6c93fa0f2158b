// The reader's poll answers: a zustand vanilla store over one storage key per poll.
// - Writes go to storage first; the in-memory state changes only once the write succeeded, so a failing
//   write (storage full) leaves both storage and the UI with the earlier answer, plus an error to show.
// - Each write reads the poll's latest stored value just before writing (another tab may have answered),
//   and writes to one tab's poll are queued, so quick successive changes keep their whole history.
// - Other tabs' changes arrive through storage.onChanged and are merged into the state.
import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PollDef } from '../core/build-polls';
import { type AnswerRecord, appendChange, isAnswerRecord, mergeAnswerRecords } from './answer-record';
import { ANSWER_KEY_PREFIX, defineAnswerItem, isAnswerStorageKey } from './storage-items';
import { type StoreError, toStoreError } from './store-error';

export interface AnswerContext {
  url: string;
  title: string;
}

export interface ImportResult {
  added: number;
  updated: number;
}

export interface AnswersState {
  answers: Record<string, AnswerRecord>;
  /** False until the stored answers have been read. */
  ready: boolean;
  error: StoreError | null;
  vote(poll: PollDef, optionId: string, context: AnswerContext): Promise<boolean>;
  withdraw(pollId: string, context: AnswerContext): Promise<boolean>;
  /** Changes an existing answer from outside its article (the options page). */
  change(pollId: string, optionId: string): Promise<boolean>;
  /** Deletes one poll's answer and its history. */
  forget(pollId: string): Promise<boolean>;
  importAnswers(records: readonly AnswerRecord[]): Promise<ImportResult | null>;
  eraseAll(): Promise<boolean>;
  clearError(): void;
}

export interface AnswersStore {
  store: StoreApi<AnswersState>;
  /** Resolves once the stored answers are in the state. */
  ready: Promise<void>;
  dispose(): void;
}

export interface AnswersStoreOptions {
  /** For tests: the current time in epoch ms. */
  now?: () => number;
}

type ItemFor = ReturnType<typeof defineAnswerItem>;

export function createAnswersStore(options: AnswersStoreOptions = {}): AnswersStore {
  const now = options.now ?? Date.now;
  const items = new Map<string, ItemFor>();
  const queues = new Map<string, Promise<unknown>>();
  let disposed = false;

  const itemFor = (pollId: string): ItemFor => {
    let item = items.get(pollId);
    if (!item) {
      item = defineAnswerItem(pollId);
      items.set(pollId, item);
    }
    return item;
  };

  /** Runs one poll's writes one after the other. */
  const queued = <T>(pollId: string, task: () => Promise<T>): Promise<T> => {
    const previous = queues.get(pollId) ?? Promise.resolve();
    const next = previous.then(task, task);
    queues.set(
      pollId,
      next.catch(() => undefined),
    );
    return next;
  };

  const store = createStore<AnswersState>()((set, get) => {
    const fail = (error: unknown): false => {
      set({ error: toStoreError(error) });
      return false;
    };

    const write = (pollId: string, build: (previous: AnswerRecord | null) => AnswerRecord): Promise<boolean> =>
      queued(pollId, async () => {
        try {
          const item = itemFor(pollId);
          const stored = await item.getValue();
          const previous = stored ?? get().answers[pollId] ?? null;
          const record = build(previous);
          await item.setValue(record);
          set((state) => ({ answers: { ...state.answers, [pollId]: record }, error: null }));
          return true;
        } catch (error) {
          return fail(error);
        }
      });

    return {
      answers: {},
      ready: false,
      error: null,

      vote: (poll, optionId, context) =>
        write(poll.id, (previous) => {
          const at = new Date(now()).toISOString();
          return {
            pollId: poll.id,
            kind: poll.kind,
            themeId: poll.themeId,
            optionId,
            question: poll.question,
            quote: poll.quote,
            url: context.url,
            title: context.title,
            lang: poll.lang,
            answeredAt: at,
            history: appendChange(previous?.history ?? [], {
              optionId,
              at,
              url: context.url,
              title: context.title,
            }),
          };
        }),

      withdraw: async (pollId, context) => {
        if (!get().answers[pollId]) return false;
        return write(pollId, (previous) => {
          const at = new Date(now()).toISOString();
          const base = previous ?? (get().answers[pollId] as AnswerRecord);
          return {
            ...base,
            optionId: null,
            answeredAt: at,
            history: appendChange(base.history, { optionId: null, at, url: context.url, title: context.title }),
          };
        });
      },

      change: async (pollId, optionId) => {
        if (!get().answers[pollId]) return false;
        return write(pollId, (previous) => {
          const at = new Date(now()).toISOString();
          const base = previous ?? (get().answers[pollId] as AnswerRecord);
          return {
            ...base,
            optionId,
            answeredAt: at,
            history: appendChange(base.history, { optionId, at, url: base.url, title: base.title }),
          };
        });
      },

      forget: (pollId) =>
        queued(pollId, async () => {
          try {
            await itemFor(pollId).removeValue({ removeMeta: true });
            // A later vote defines the item afresh, so that WXT records the version with the new value.
            items.delete(pollId);
            set((state) => {
              const { [pollId]: _removed, ...rest } = state.answers;
              return { answers: rest, error: null };
            });
            return true;
          } catch (error) {
            return fail(error);
          }
        }),

      importAnswers: async (records) => {
        let added = 0;
        let updated = 0;
        for (const incoming of records) {
          const ok = await write(incoming.pollId, (previous) => {
            if (previous) updated++;
            else added++;
            return previous ? mergeAnswerRecords(previous, incoming) : incoming;
          });
          if (!ok) return null;
        }
        return { added, updated };
      },

      eraseAll: async () => {
        try {
          const all = await browser.storage.local.get(null);
          const keys = Object.keys(all).filter((key) => key.startsWith(ANSWER_KEY_PREFIX));
          if (keys.length > 0) await browser.storage.local.remove(keys);
          items.clear();
          set({ answers: {}, error: null });
          return true;
        } catch (error) {
          return fail(error);
        }
      },

      clearError: () => set({ error: null }),
    };
  });

  const onChanged = (changes: Record<string, { newValue?: unknown }>): void => {
    if (disposed) return;
    let next: Record<string, AnswerRecord> | null = null;
    for (const [key, change] of Object.entries(changes)) {
      if (!isAnswerStorageKey(key)) continue;
      const pollId = key.slice(ANSWER_KEY_PREFIX.length);
      next ??= { ...store.getState().answers };
      if (change.newValue == null) delete next[pollId];
      // A shape this version does not know (a newer version's, mid-update) is left for the next load.
      else if (isAnswerRecord(change.newValue)) next[pollId] = change.newValue;
    }
    if (next) store.setState({ answers: next });
  };
  browser.storage.local.onChanged.addListener(onChanged);

  const ready = (async () => {
    try {
      const all = await browser.storage.local.get(null);
      const pollIds = Object.keys(all)
        .filter(isAnswerStorageKey)
        .map((key) => key.slice(ANSWER_KEY_PREFIX.length));
      // Going through each item runs its migrations (version 1 → current) before the value is read.
      const records = await Promise.all(pollIds.map((id) => itemFor(id).getValue()));
      const answers: Record<string, AnswerRecord> = {};
      records.forEach((record, i) => {
        const id = pollIds[i];
        if (id !== undefined && isAnswerRecord(record)) answers[id] = record;
      });
      // Answers written by this tab while loading are newer than the snapshot: they win.
      store.setState((state) => ({ answers: { ...answers, ...state.answers }, ready: true }));
    } catch (error) {
      store.setState({ ready: true, error: toStoreError(error) });
    }
  })();

  return {
    store,
    ready,
    dispose: () => {
      disposed = true;
      browser.storage.local.onChanged.removeListener(onChanged);
    },
  };
}
