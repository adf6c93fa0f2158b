// The community results of one poll for a container: asked for once the reader has an answer (and again
// whenever it changes), read from the page's community store. Null while there is nothing to show:
// sharing off (the container passes no answer then), or no answer yet.
import { useEffect } from 'preact/hooks';
import { createStore } from 'zustand/vanilla';
import type { PollDef } from '../core/build-polls';
import type { AnswerRecord } from '../state/answer-record';
import type { CommunityView } from '../state/community-results';
import type { CommunityState, CommunityStore } from '../state/community-store';
import { useStore } from '../state/use-store';

/** A store that never asks anyone: for containers mounted without community results (tests, popup). */
export const NO_COMMUNITY: CommunityStore = {
  store: createStore<CommunityState>()(() => ({ views: {}, request: () => undefined })),
  dispose: () => undefined,
};

export function useCommunityView(community: CommunityStore, pollId: string, answer: AnswerRecord | null): CommunityView | null {
  const key = answer?.optionId ? answer.answeredAt : null;
  useEffect(() => {
    if (key !== null) community.store.getState().request(pollId, key);
  }, [community, pollId, key]);
  const view = useStore(community.store, (s) => s.views[pollId] ?? null);
  if (key === null || community === NO_COMMUNITY) return null;
  return view ?? { state: 'loading', key };
}

export interface PollCommunity {
  poll: PollDef;
  ownOptionId: string | null;
  view: CommunityView;
}

/** The same for every poll of an article the reader has answered (the panel's list). */
export function useCommunityViews(
  community: CommunityStore,
  polls: readonly PollDef[],
  answers: Readonly<Record<string, AnswerRecord>> | null,
): PollCommunity[] {
  const answered = polls.flatMap((poll) => {
    const answer = answers?.[poll.id];
    return answer?.optionId ? [{ poll, ownOptionId: answer.optionId, key: answer.answeredAt }] : [];
  });
  // `signature` stands for `answered` (a new array on every render) in the effect's dependencies.
  const signature = answered.map((a) => `${a.poll.id}@${a.key}`).join('|');
  useEffect(() => {
    for (const a of answered) community.store.getState().request(a.poll.id, a.key);
  }, [community, signature]);
  const views = useStore(community.store, (s) => s.views);
  if (community === NO_COMMUNITY) return [];
  return answered.map((a) => ({ poll: a.poll, ownOptionId: a.ownOptionId, view: views[a.poll.id] ?? { state: 'loading', key: a.key } }));
}
