// The side panel: an <aside> landmark named "Contrepoint…", with the article's key figures, its
// questions, a quiz, the debate's arguments, context figures, a highlights switch, why the article was
// picked, and an honest footer. Props in, callbacks out; PanelContainer wires it to the stores.
// The panel's first frame holds what is in view when it opens (heading, key figures, questions); the
// rest follows in the next frame, and a folded debate is built when the reader opens it: that first
// frame is what the reader waits for on every AI-funding page.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { PollDef } from '../core/build-polls';
import type { QuizQuestion } from '../core/build-quiz';
import type { Analysis, Figure, Question, Span, ThemeId } from '../core/types';
import type { PanelSide } from '../state/settings';
import type { StoreError } from '../state/store-error';
import { AfterFirstPaint } from './AfterFirstPaint';
import { CommunityResults } from './CommunityResults';
import type { PollCommunity } from './community-view';
import { ContextChart } from './ContextChart';
import { Debate } from './Debate';
import { useT } from './i18n';
import { KeyFigures } from './KeyFigures';
import { LazyDetails } from './LazyDetails';
import { themeLabel } from './labels';
import { QuestionList } from './QuestionList';
import { Quiz, type QuizScoreSummary } from './Quiz';
import { Switch } from './Switch';
import { truncate } from './text-utils';
import { WhyThisArticle } from './WhyThisArticle';
import './theme.css';
import './Panel.css';

export interface PanelProps {
  /** Null when the reader asked for the panel on a page that could not be read. */
  analysis: Analysis | null;
  /** False when the reader asked for the panel and the page is not an AI-funding article. */
  found: boolean;
  polls: PollDef[];
  quiz: QuizQuestion[];
  /** Themes the reader has answered a poll on (their debate opens by itself). */
  answeredThemes: readonly ThemeId[];
  previousQuiz: QuizScoreSummary | null;
  highlights: boolean;
  side: PanelSide;
  error: StoreError | null;
  /** Community results of the polls the reader answered, when sharing is on (issue 5). */
  community?: readonly PollCommunity[];
  onToggleHighlights(on: boolean): void;
  onShowFigure(figure: Figure): void;
  onShowQuestion(question: Question): void;
  onShowSource(span: Span): void;
  onQuizFinished(score: QuizScoreSummary): void;
  onDismissError(): void;
  onClose(): void;
}

// The question names each poll's results in the panel; its start is enough to recognise it.
const QUESTION_TITLE_CHARS = 120;

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="cp-panel__section" aria-labelledby={id}>
      <h3 id={id} class="cp-panel__section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The sections under the key figures and the questions: community results, quiz, debate, context. */
function BelowTheFold(props: PanelProps & { analysis: Analysis }) {
  const { t, lang } = useT();
  const { analysis } = props;
  const themes = analysis.themes;
  return (
    <>
      {props.community && props.community.length > 0 && (
        <Section title={t('communityTitle')}>
          {props.community.map((entry) => (
            <CommunityResults
              key={entry.poll.id}
              view={entry.view}
              options={entry.poll.options}
              ownOptionId={entry.ownOptionId}
              title={truncate(entry.poll.question, QUESTION_TITLE_CHARS)}
              headingLevel={4}
            />
          ))}
        </Section>
      )}
      {props.quiz.length > 0 && (
        <Section title={t('sectionQuiz')}>
          <Quiz
            questions={props.quiz}
            previous={props.previousQuiz}
            onShowSource={props.onShowSource}
            onFinish={props.onQuizFinished}
          />
        </Section>
      )}
      {themes.length > 0 && (
        <Section title={t('sectionDebate')}>
          {themes.map((theme) => (
            <LazyDetails
              key={theme}
              class="cp-panel__debate"
              open={props.answeredThemes.includes(theme)}
              summary={themeLabel(theme, lang)}
            >
              {() => <Debate themeId={theme} headingLevel={4} />}
            </LazyDetails>
          ))}
          <p class="cp-muted">{t('debateHint')}</p>
        </Section>
      )}
      <Section title={t('sectionContext')}>
        <ContextChart amount={analysis.amount} company={analysis.company} />
      </Section>
      <Section title={t('sectionSettings')}>
        <Switch checked={props.highlights} label={t('highlightsSwitch')} onChange={props.onToggleHighlights} />
      </Section>
      <WhyThisArticle analysis={analysis} />
    </>
  );
}

export function Panel(props: PanelProps) {
  const { t, lang } = useT();
  const { analysis, found } = props;
  const headingId = useId();

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    }
  };

  return (
    <aside
      class={`cp-root cp-panel cp-panel--${props.side}`}
      aria-label={t('panelLabel')}
      lang={lang}
      onKeyDown={onKeyDown}
    >
      <header class="cp-panel__header">
        <h2 id={headingId} class="cp-panel__title">
          {t('panelTitle')}
        </h2>
        <button type="button" class="cp-panel__close" aria-label={t('panelClose')} onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>

      {props.error && (
        <div role="alert" class="cp-alert">
          <p>{t(props.error.messageKey)}</p>
          <button type="button" class="cp-link-button" onClick={props.onDismissError}>
            {t('errorDismiss')}
          </button>
        </div>
      )}

      {!found || !analysis ? (
        <div class="cp-panel__body">
          <p>{analysis ? t('panelNotFound') : t('panelNoArticle')}</p>
          {analysis && <WhyThisArticle analysis={analysis} />}
        </div>
      ) : (
        <div class="cp-panel__body">
          <p class="cp-panel__article" lang={analysis.lang}>
            {analysis.title}
          </p>
          <Section title={t('sectionFigures')}>
            <KeyFigures analysis={analysis} onShowFigure={props.onShowFigure} onShowSpan={props.onShowSource} />
          </Section>
          <Section title={t('sectionQuestions')}>
            <QuestionList questions={analysis.questions} polls={props.polls} onShowQuestion={props.onShowQuestion} />
          </Section>
          {/* Below the fold when the panel opens: built right after its first frame, not before it. */}
          <AfterFirstPaint>{() => <BelowTheFold {...props} analysis={analysis} />}</AfterFirstPaint>
        </div>
      )}

      <footer class="cp-panel__footer cp-muted">{t('panelFooter')}</footer>
    </aside>
  );
}
