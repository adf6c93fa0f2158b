// Per-tab status for the popup ("found / not found / not analysed"). An MV3 service worker is stopped
// after ~30 s idle and loses its memory, so the status lives in `storage.session` (memory-only, cleared
// when the browser closes, not readable by content scripts by default); where that area does not exist
// a Map is the best a non-persistent background can do.
import type { ReportedStatus, TabStatus } from '../lib/messages';

/** The part of `storage.session` used here (also what the in-memory fallback implements). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabStatusStore {
  get(tabId: number): Promise<TabStatus | null>;
  set(tabId: number, status: ReportedStatus): Promise<TabStatus>;
  clear(tabId: number): Promise<void>;
}

export function memoryArea(): SessionArea {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

const keyOf = (tabId: number): string => `tab-status:${tabId}`;

export function createTabStatusStore(area: SessionArea, now: () => number = Date.now): TabStatusStore {
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const value = (await area.get(key))[key];
      return value && typeof value === 'object' ? (value as TabStatus) : null;
    },
    async set(tabId, status) {
      const stored: TabStatus = { ...status, at: now() };
      await area.set({ [keyOf(tabId)]: stored });
      return stored;
    },
    async clear(tabId) {
      await area.remove(keyOf(tabId));
    },
  };
}
