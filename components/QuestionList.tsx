// The article's open questions, each with a button that scrolls the article to it (and its poll).
import type { PollDef } from '../core/build-polls';
import type { Question } from '../core/types';
import { useT } from './i18n';
import { themeLabel } from './labels';
import { truncate } from './text-utils';

export interface QuestionListProps {
  questions: Question[];
  polls: PollDef[];
  onShowQuestion(question: Question): void;
}

// Some "questions" are whole paragraphs; the list shows their start, the article has the rest.
const QUESTION_CHARS = 280;

export function QuestionList({ questions, polls, onShowQuestion }: QuestionListProps) {
  const { t, lang } = useT();
  if (questions.length === 0) return <p class="cp-muted">{t('questionsNone')}</p>;
  return (
    <ol class="cp-questions">
      {questions.map((question, index) => {
        const hasPoll = polls.some((poll) => poll.questionIndex === index);
        const text = truncate(question.text, QUESTION_CHARS);
        return (
          <li key={`${question.inTitle ? 't' : ''}${question.start}`} class="cp-question">
            <span class="cp-question__text">{text}</span>
            <span class="cp-question__meta cp-muted">
              {t(question.kind === 'explicit' ? 'questionExplicit' : 'questionImplicit')}
              {question.themes.map((theme) => ` · ${themeLabel(theme, lang)}`).join('')}
              {hasPoll ? ` · ${t('questionHasPoll')}` : ''}
            </span>
            {/* A headline question given apart from the text has no place in the article to go to. */}
            {!question.inTitle && (
              <button
                type="button"
                class="cp-link-button"
                aria-label={t('goToQuestionLabel', truncate(question.text, 80))}
                onClick={() => onShowQuestion(question)}
              >
                {t('goToQuestion')}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
