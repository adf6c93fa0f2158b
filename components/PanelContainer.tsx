// The panel wired to the stores: answers (to open the debates already voted on), settings (highlights,
// side, language) and quiz scores. Polls and quiz are derived once per analysis.
import { useMemo } from 'preact/hooks';
import { buildPolls, type PollDef } from '../core/build-polls';
import { buildQuiz } from '../core/build-quiz';
import { hashText } from '../core/hash-text';
import type { Analysis, Figure, Question, Span, ThemeId } from '../core/types';
import type { AnswersStore } from '../state/answers-store';
import type { CommunityStore } from '../state/community-store';
import type { QuizStore } from '../state/quiz-store';
import type { SettingsStore } from '../state/settings-store';
import { useStore } from '../state/use-store';
import { useAfterFirstPaint } from './AfterFirstPaint';
import { NO_COMMUNITY, useCommunityViews } from './community-view';
import { useLanguagePref } from './i18n';
import { Panel } from './Panel';
import type { QuizScoreSummary } from './Quiz';

export interface PanelContainerProps {
  analysis: Analysis | null;
  found: boolean;
  canonicalUrl: string;
  title: string;
  /** The analysed text, for exact poll quotes (optional: rebuilt from the sentences without it). */
  text?: string;
  /** The polls the page shows inline, when the caller already built them (same ids either way). */
  polls?: PollDef[];
  /** Investor names for the quiz's wrong answers (e.g. from the gazetteer). */
  investorPool?: readonly string[];
  stores: { answers: AnswersStore; settings: SettingsStore; quiz: QuizStore; community?: CommunityStore };
  onShowFigure(figure: Figure): void;
  onShowQuestion(question: Question): void;
  onShowSource(span: Span): void;
  onHighlightsChange?(on: boolean): void;
  onClose(): void;
}

/** The quiz's storage id: one per article. */
export const quizIdFor = (canonicalUrl: string): string => hashText(canonicalUrl);

export function PanelContainer(props: PanelContainerProps) {
  const { analysis, canonicalUrl, stores } = props;
  const answers = useStore(stores.answers.store, (s) => s.answers);
  const answersError = useStore(stores.answers.store, (s) => s.error);
  const settings = useStore(stores.settings.store, (s) => s.settings);
  const settingsError = useStore(stores.settings.store, (s) => s.error);
  const quizId = quizIdFor(canonicalUrl);
  const previous = useStore(stores.quiz.store, (s) => s.scores[quizId] ?? null);
  const quizError = useStore(stores.quiz.store, (s) => s.error);
  useLanguagePref(settings.uiLanguage);

  const polls = useMemo(
    () => props.polls ?? (analysis ? buildPolls(analysis, canonicalUrl, props.text) : []),
    [props.polls, analysis, canonicalUrl, props.text],
  );
  // The quiz sits below the fold (Panel renders it after its first frame): built then too.
  const painted = useAfterFirstPaint();
  const quiz = useMemo(
    () =>
      analysis && painted ? buildQuiz(analysis, { seed: canonicalUrl, investorPool: props.investorPool ?? [] }) : [],
    [analysis, painted, canonicalUrl, props.investorPool],
  );
  const community = useCommunityViews(stores.community ?? NO_COMMUNITY, polls, settings.sharing.enabled ? answers : null);
  const answeredThemes = useMemo(() => {
    const themes = new Set<ThemeId>();
    for (const record of Object.values(answers)) if (record.themeId && record.optionId) themes.add(record.themeId);
    return [...themes];
  }, [answers]);

  const onQuizFinished = (score: QuizScoreSummary): void => {
    void stores.quiz.store.getState().record(quizId, {
      ...score,
      at: new Date().toISOString(),
      url: canonicalUrl,
      title: props.title,
    });
  };

  return (
    <Panel
      analysis={analysis}
      found={props.found}
      polls={polls}
      quiz={quiz}
      answeredThemes={answeredThemes}
      previousQuiz={previous ? { correct: previous.correct, total: previous.total } : null}
      highlights={settings.highlights}
      side={settings.panelSide}
      error={answersError ?? settingsError ?? quizError}
      community={community}
      onToggleHighlights={(on) => {
        // The page follows the setting only once it is saved: a failed write leaves the switch as it was,
        // and the page's highlights must agree with the switch.
        void stores.settings.store
          .getState()
          .update({ highlights: on })
          .then((saved) => {
            if (saved) props.onHighlightsChange?.(on);
          });
      }}
      onShowFigure={props.onShowFigure}
      onShowQuestion={props.onShowQuestion}
      onShowSource={props.onShowSource}
      onQuizFinished={onQuizFinished}
      onDismissError={() => {
        stores.answers.store.getState().clearError();
        stores.settings.store.getState().clearError();
      }}
      onClose={props.onClose}
    />
  );
}
