// A short quiz on the article's figures. Each answer, right or wrong, is revealed with the sentence it
// comes from, so the quiz sends the reader back to the text rather than testing memory for its own sake.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { QuizChoice, QuizQuestion } from '../core/build-quiz';
import { formatCount, formatMoney, formatPercent } from '../core/format-figure';
import type { Lang, Span } from '../core/types';
import { useT } from './i18n';
import { truncate } from './text-utils';
import './Quiz.css';

export interface QuizScoreSummary {
  correct: number;
  total: number;
}

export interface QuizProps {
  questions: QuizQuestion[];
  /** The reader's score the last time they took this article's quiz. */
  previous?: QuizScoreSummary | null;
  onShowSource(span: Span): void;
  onFinish?(score: QuizScoreSummary): void;
}

export function choiceText(choice: QuizChoice, lang: Lang): string {
  switch (choice.kind) {
    case 'money':
      return formatMoney(choice.value, choice.currency, lang);
    case 'count':
      return formatCount(choice.value, lang);
    case 'percent':
      return formatPercent(choice.value, lang);
    case 'text':
      return choice.text;
  }
}

interface Attempt {
  choice: number | null;
  checked: boolean;
}

function QuizItem({
  question,
  attempt,
  onChoose,
  onCheck,
  onShowSource,
}: {
  question: QuizQuestion;
  attempt: Attempt;
  onChoose(choice: number): void;
  onCheck(): void;
  onShowSource(span: Span): void;
}) {
  const { t, lang } = useT();
  const name = useId();
  const right = question.choices[question.answer];
  const correct = attempt.checked && attempt.choice === question.answer;
  // The Check button disappears once used: focus moves to the verdict that replaces it.
  const resultRef = useRef<HTMLParagraphElement>(null);
  const wasChecked = useRef(attempt.checked);
  useEffect(() => {
    if (attempt.checked && !wasChecked.current) resultRef.current?.focus();
    wasChecked.current = attempt.checked;
  }, [attempt.checked]);
  return (
    <li class="cp-quiz__item">
      <fieldset class="cp-quiz__fieldset" disabled={attempt.checked}>
        <legend class="cp-quiz__prompt">{t(question.prompt.key, ...question.prompt.subs)}</legend>
        {question.choices.map((choice, i) => (
          <label key={`${question.id}-${i}`} class="cp-quiz__choice">
            <input
              type="radio"
              name={name}
              value={String(i)}
              checked={attempt.choice === i}
              onChange={() => onChoose(i)}
            />{' '}
            {choiceText(choice, lang)}
          </label>
        ))}
      </fieldset>
      {!attempt.checked ? (
        <button type="button" class="cp-button" disabled={attempt.choice === null} onClick={onCheck}>
          {t('quizCheck')}
        </button>
      ) : (
        <div class={correct ? 'cp-quiz__result cp-quiz__result--right' : 'cp-quiz__result cp-quiz__result--wrong'}>
          <p tabIndex={-1} ref={resultRef}>
            {correct ? t('quizRight') : t('quizWrong', right ? choiceText(right, lang) : '')}
          </p>
          {question.source.sentence && (
            <blockquote class="cp-quote">{truncate(question.source.sentence, 240)}</blockquote>
          )}
          <button
            type="button"
            class="cp-link-button"
            onClick={() => onShowSource({ start: question.source.start, end: question.source.end })}
          >
            {t('showInArticle')}
          </button>
        </div>
      )}
    </li>
  );
}

export function Quiz({ questions, previous, onShowSource, onFinish }: QuizProps) {
  const { t } = useT();
  const fresh = (): Attempt[] => questions.map(() => ({ choice: null, checked: false }));
  const [attempts, setAttempts] = useState<Attempt[]>(fresh);
  const [announcement, setAnnouncement] = useState('');
  const reported = useRef(false);

  const checkedCount = attempts.filter((a) => a.checked).length;
  const correctCount = attempts.filter((a, i) => a.checked && a.choice === questions[i]?.answer).length;
  const finished = questions.length > 0 && checkedCount === questions.length;

  useEffect(() => {
    if (finished && !reported.current) {
      reported.current = true;
      onFinish?.({ correct: correctCount, total: questions.length });
    }
  }, [finished, correctCount, questions.length, onFinish]);

  if (questions.length === 0) return null;

  const update = (index: number, change: Partial<Attempt>): void =>
    setAttempts((current) => current.map((a, i) => (i === index ? { ...a, ...change } : a)));

  return (
    <div class="cp-quiz">
      {previous && <p class="cp-muted">{t('quizPrevious', previous.correct, previous.total)}</p>}
      <ol class="cp-quiz__list">
        {questions.map((question, index) => (
          <QuizItem
            key={question.id}
            question={question}
            attempt={attempts[index] ?? { choice: null, checked: false }}
            onChoose={(choice) => update(index, { choice })}
            onCheck={() => {
              const attempt = attempts[index];
              update(index, { checked: true });
              const right = attempt?.choice === question.answer;
              setAnnouncement(right ? t('quizRight') : t('quizWrongShort'));
            }}
            onShowSource={onShowSource}
          />
        ))}
      </ol>
      <p role="status" class="cp-quiz__status">
        {finished ? t('quizScore', correctCount, questions.length) : announcement}
      </p>
      {finished && (
        <button
          type="button"
          class="cp-button cp-button--quiet"
          onClick={() => {
            reported.current = false;
            setAttempts(fresh());
            setAnnouncement('');
          }}
        >
          {t('quizRetry')}
        </button>
      )}
    </div>
  );
}
