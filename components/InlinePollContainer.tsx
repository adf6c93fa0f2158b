// An inline poll wired to the answers store (shared by every poll and the panel of the page), and, when
// the reader shares answers, to the community results of the poll.
import { useMemo } from 'preact/hooks';
import type { PollDef } from '../core/build-polls';
import type { AnswersStore } from '../state/answers-store';
import type { CommunityStore } from '../state/community-store';
import { earlierAnswers } from '../state/earlier-answers';
import type { SettingsStore } from '../state/settings-store';
import { useStore } from '../state/use-store';
import { NO_COMMUNITY, useCommunityView } from './community-view';
import { useLanguagePref } from './i18n';
import { InlinePoll } from './InlinePoll';

export interface InlinePollContainerProps {
  poll: PollDef;
  canonicalUrl: string;
  title: string;
  stores: { answers: AnswersStore; settings: SettingsStore; community?: CommunityStore };
}

export function InlinePollContainer({ poll, canonicalUrl, title, stores }: InlinePollContainerProps) {
  const answers = useStore(stores.answers.store, (s) => s.answers);
  const error = useStore(stores.answers.store, (s) => s.error);
  const uiLanguage = useStore(stores.settings.store, (s) => s.settings.uiLanguage);
  const sharing = useStore(stores.settings.store, (s) => s.settings.sharing.enabled);
  useLanguagePref(uiLanguage);
  const earlier = useMemo(() => earlierAnswers(answers, poll.themeId, canonicalUrl), [answers, poll.themeId, canonicalUrl]);
  const answer = answers[poll.id] ?? null;
  const community = useCommunityView(stores.community ?? NO_COMMUNITY, poll.id, sharing ? answer : null);
  const context = { url: canonicalUrl, title };
  return (
    <InlinePoll
      poll={poll}
      answer={answer}
      earlier={earlier}
      url={canonicalUrl}
      error={error}
      community={community}
      onVote={(optionId) => stores.answers.store.getState().vote(poll, optionId, context)}
      onWithdraw={() => stores.answers.store.getState().withdraw(poll.id, context)}
    />
  );
}
