// A poll placed next to a question in the article: a radiogroup named by the question, real radio
// inputs and an explicit submit button. After voting it shows the reader's answer (to change or
// withdraw), the community results when the reader shares answers (issue 5), their own earlier answers
// on the theme, and the debate's arguments; every outcome is announced in a live region.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { PollDef } from '../core/build-polls';
import { findPollOption } from '../data/polls';
import type { AnswerRecord } from '../state/answer-record';
import type { CommunityView } from '../state/community-results';
import type { EarlierAnswer } from '../state/earlier-answers';
import type { StoreError } from '../state/store-error';
import { CommunityResults } from './CommunityResults';
import { resultRows, resultsSummary } from './community-rows';
import { Debate } from './Debate';
import { useT } from './i18n';
import { themeLabel } from './labels';
import { formatDate, truncate } from './text-utils';
import './theme.css';
import './InlinePoll.css';

export interface InlinePollProps {
  poll: PollDef;
  /** The stored answer for this poll id, if any (it may come from another article for theme polls). */
  answer: AnswerRecord | null;
  /** The reader's earlier answers on the same theme in other articles. */
  earlier: EarlierAnswer[];
  /** This article's canonical URL. */
  url: string;
  error: StoreError | null;
  /** Community results for this poll; null (or absent) while sharing is off. */
  community?: CommunityView | null;
  onVote(optionId: string): Promise<boolean>;
  onWithdraw(): Promise<boolean>;
}

// The poll's name is the article's own question; very long ones are shortened for the label only.
const QUESTION_CHARS = 300;

const HINT_KEYS: Partial<Record<PollDef['scale'], string>> = {
  agreement: 'pollHintAgreement',
  importance: 'pollHintImportance',
};

export function InlinePoll({ poll, answer, earlier, url, error, community = null, onVote, onWithdraw }: InlinePollProps) {
  const { t, lang } = useT();
  const questionId = useId();
  const groupName = useId();
  const [editing, setEditing] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [missingChoice, setMissingChoice] = useState(false);
  // Voting, changing and withdrawing swap the form for the answer (and back): focus follows, so that a
  // keyboard user is not dropped at the top of the page when the focused button disappears.
  const [focusNext, setFocusNext] = useState<'answer' | 'form' | null>(null);
  const answerRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focusNext === 'answer') answerRef.current?.focus();
    if (focusNext === 'form') {
      const form = formRef.current;
      (form?.querySelector<HTMLInputElement>('input:checked') ?? form?.querySelector<HTMLInputElement>('input'))?.focus();
    }
    if (focusNext) setFocusNext(null);
  }, [focusNext]);

  const labelOf = (optionId: string): string => {
    const option = poll.options.find((o) => o.id === optionId) ?? findPollOption(optionId);
    return option ? option.label[lang] || option.label.en : optionId;
  };

  // Results that arrive after a vote made here are announced, once they are the results for that very
  // answer (their key is its time); those shown on page load are not, or every poll of a page would talk.
  const [awaitingResults, setAwaitingResults] = useState(false);
  const fresh = community !== null && community.state !== 'loading' && community.key === answer?.answeredAt;
  const summary =
    fresh && community?.state === 'ok'
      ? resultsSummary(community.results, resultRows(community.results, poll.options, answer?.optionId ?? null, lang), t, lang)
      : '';
  useEffect(() => {
    if (!awaitingResults || !fresh) return;
    setAwaitingResults(false);
    if (summary) setAnnouncement(summary);
  }, [awaitingResults, fresh, summary]);

  const votedHere = answer !== null && answer.optionId !== null && answer.url === url;
  const showForm = !votedHere || editing;
  const current = selected ?? (editing && answer?.optionId ? answer.optionId : null);
  const hintKey = HINT_KEYS[poll.scale];

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!current) {
      setMissingChoice(true);
      setAnnouncement(t('pollChooseFirst'));
      return;
    }
    setBusy(true);
    const ok = await onVote(current);
    setBusy(false);
    if (ok) {
      setEditing(false);
      setSelected(null);
      setMissingChoice(false);
      setAnnouncement(t('pollSaved', labelOf(current)));
      setFocusNext('answer');
      setAwaitingResults(true);
    } else {
      setAnnouncement(t('pollNotSaved'));
    }
  };

  const withdraw = async (): Promise<void> => {
    setBusy(true);
    const ok = await onWithdraw();
    setBusy(false);
    setAnnouncement(ok ? t('pollWithdrawn') : t('pollNotSaved'));
    if (ok) {
      setEditing(false);
      setFocusNext('form');
    }
  };

  return (
    <div class="cp-root cp-poll" lang={lang}>
      <p class="cp-poll__kicker">
        {poll.themeId ? t('pollKickerTheme', themeLabel(poll.themeId, lang)) : t('pollKicker')}
      </p>
      <p class="cp-poll__question" id={questionId} lang={poll.lang}>
        {truncate(poll.question, QUESTION_CHARS)}
      </p>
      {poll.themeQuestion && (
        <p class="cp-poll__theme-question cp-muted">
          {t('pollThemeQuestion', poll.themeQuestion[lang] || poll.themeQuestion.en)}
        </p>
      )}

      {showForm ? (
        <form class="cp-poll__form" onSubmit={submit} ref={formRef}>
          {hintKey && <p class="cp-muted cp-poll__hint">{t(hintKey)}</p>}
          <div
            role="radiogroup"
            aria-labelledby={questionId}
            aria-invalid={missingChoice ? 'true' : undefined}
            class="cp-poll__options"
          >
            {poll.options.map((option) => (
              <label key={option.id} class="cp-poll__option">
                <input
                  type="radio"
                  name={groupName}
                  value={option.id}
                  checked={current === option.id}
                  onChange={() => {
                    setSelected(option.id);
                    setMissingChoice(false);
                  }}
                />{' '}
                {option.label[lang] || option.label.en}
              </label>
            ))}
          </div>
          {!votedHere && answer?.optionId && (
            <p class="cp-muted cp-poll__last">
              {t('pollLastTime', labelOf(answer.optionId), answer.title || answer.url, formatDate(answer.answeredAt, lang))}
            </p>
          )}
          <div class="cp-poll__actions">
            <button type="submit" class="cp-button" disabled={busy}>
              {editing ? t('pollSubmitChange') : t('pollSubmit')}
            </button>
            {editing && (
              <button
                type="button"
                class="cp-button cp-button--quiet"
                onClick={() => {
                  setEditing(false);
                  setFocusNext('answer');
                }}
              >
                {t('pollCancel')}
              </button>
            )}
          </div>
        </form>
      ) : (
        <div class="cp-poll__voted">
          <p class="cp-poll__your-answer" tabIndex={-1} ref={answerRef}>
            {t('pollYourAnswer', labelOf(answer?.optionId ?? ''))}
          </p>
          <div class="cp-poll__actions">
            <button
              type="button"
              class="cp-button cp-button--quiet"
              disabled={busy}
              onClick={() => {
                setEditing(true);
                setFocusNext('form');
              }}
            >
              {t('pollChange')}
            </button>
            <button type="button" class="cp-button cp-button--quiet" disabled={busy} onClick={withdraw}>
              {t('pollWithdraw')}
            </button>
          </div>
          {community && (
            <CommunityResults view={community} options={poll.options} ownOptionId={answer?.optionId ?? null} headingLevel={4} />
          )}
          {poll.themeId && (
            <div class="cp-poll__earlier">
              <p class="cp-poll__earlier-title">{t('pollEarlierTitle')}</p>
              {earlier.length === 0 ? (
                <p class="cp-muted">{t('pollEarlierNone')}</p>
              ) : (
                <ul>
                  {earlier.map((entry) => (
                    <li key={`${entry.url}-${entry.at}`}>
                      {t('pollEarlierEntry', labelOf(entry.optionId), entry.title || entry.url, formatDate(entry.at, lang))}
                    </li>
                  ))}
                </ul>
              )}
              <p class="cp-muted cp-poll__private">{t('pollPrivate')}</p>
            </div>
          )}
          {poll.themeId && (
            <details class="cp-poll__debate" open>
              <summary>{t('pollDebateSummary')}</summary>
              <Debate themeId={poll.themeId} headingLevel={4} />
            </details>
          )}
        </div>
      )}

      {error && (
        <p role="alert" class="cp-alert">
          {t(error.messageKey)}
        </p>
      )}
      <p role="status" aria-live="polite" class="cp-visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
