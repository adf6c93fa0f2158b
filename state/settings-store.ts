// Reader preferences as a zustand vanilla store, kept in step with storage (and so with other tabs and
// the options page) through the item's watch.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { queuedItemWriter } from './queued-item-writer';
import { normaliseSettings, type Settings } from './settings';
import { defineSettingsItem } from './storage-items';
import { type StoreError, toStoreError } from './store-error';

export interface SettingsState {
  settings: Settings;
  ready: boolean;
  error: StoreError | null;
  update(patch: Partial<Settings>): Promise<boolean>;
  setSite(host: string, enabled: boolean | null): Promise<boolean>;
  clearError(): void;
}

export interface SettingsStore {
  store: StoreApi<SettingsState>;
  ready: Promise<void>;
  dispose(): void;
}

export function createSettingsStore(): SettingsStore {
  const item = defineSettingsItem();

  const store = createStore<SettingsState>()((set, get) => {
    const write = queuedItemWriter(
      async () => normaliseSettings(await item.getValue()),
      (next) => item.setValue(next),
      { saved: (settings) => set({ settings, error: null }), failed: (error) => set({ error: toStoreError(error) }) },
    );
    return {
      settings: normaliseSettings(item.fallback),
      ready: false,
      error: null,
      update: (patch) => write((current) => ({ ...current, ...patch })),
      setSite: (host, enabled) =>
        write((current) => {
          const sites = { ...current.sites };
          if (enabled === null) delete sites[host];
          else sites[host] = enabled;
          return { ...current, sites };
        }),
      clearError: () => {
        if (get().error) set({ error: null });
      },
    };
  });

  const unwatch = item.watch((value) => store.setState({ settings: normaliseSettings(value) }));
  const ready = item
    .getValue()
    .then((value) => store.setState({ settings: normaliseSettings(value), ready: true }))
    .catch((error: unknown) => store.setState({ ready: true, error: toStoreError(error) }));

  return { store, ready, dispose: unwatch };
}
