// Community results as a page's polls and panel show them: one view per poll, fetched through the
// background (the only part of the extension that talks to the results server). A poll asks again when
// the reader's answer changes; until the reply arrives it keeps showing what it had.
import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type CommunityReply, type CommunityView, isCommunityReply } from './community-results';

export interface CommunityState {
  views: Record<string, CommunityView>;
  /**
   * Asks for a poll's results once per `key` (the reader's answer time): a new vote, change or
   * withdrawal gives a new key, so the results that follow include it.
   */
  request(pollId: string, key: string): void;
}

export interface CommunityStore {
  store: StoreApi<CommunityState>;
  dispose(): void;
}

export type AskResults = (pollId: string) => Promise<unknown>;

// The message is spelled out here (entrypoints/lib/messages.ts defines it; state/ does not import upwards).
const askBackground: AskResults = (pollId) => browser.runtime.sendMessage({ type: 'contrepoint:community-results', pollId });

// What a poll shows when the background cannot be asked at all (the extension was reloaded under the page).
const UNAVAILABLE: CommunityReply = { state: 'unreachable', pending: false };

export function createCommunityStore(ask: AskResults = askBackground): CommunityStore {
  const asked = new Map<string, string>();
  let disposed = false;
  const store = createStore<CommunityState>()((set, get) => ({
    views: {},
    request(pollId, key) {
      if (disposed || asked.get(pollId) === key) return;
      asked.set(pollId, key);
      // The previous results stay on screen until the new ones arrive (their key tells them apart).
      if (!get().views[pollId]) set((s) => ({ views: { ...s.views, [pollId]: { state: 'loading', key } } }));
      const settle = (reply: CommunityReply): void => {
        // A newer request for the same poll wins, whatever order the replies arrive in.
        if (disposed || asked.get(pollId) !== key) return;
        set((s) => ({ views: { ...s.views, [pollId]: { ...reply, key } } }));
      };
      ask(pollId).then(
        (reply) => settle(isCommunityReply(reply) ? reply : UNAVAILABLE),
        () => settle(UNAVAILABLE),
      );
    },
  }));
  return {
    store,
    dispose: () => {
      disposed = true;
    },
  };
}
