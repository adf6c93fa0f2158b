import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Quiz } from '../../../components/Quiz';
import { setUiLanguage } from '../../../components/i18n';
import { buildQuiz, type QuizQuestion } from '../../../core/build-quiz';
import { mistralArticle, OPENAI_URL, openAiArticle } from './fixtures/articles';

const quizFor = (max: number): QuizQuestion[] => buildQuiz(openAiArticle().analysis, { seed: OPENAI_URL, max });

function answer(question: QuizQuestion, index: number, pick: 'right' | 'wrong') {
  const item = screen.getAllByRole('listitem')[index] as HTMLElement;
  const radios = within(item).getAllByRole('radio');
  const target = pick === 'right' ? question.answer : (question.answer + 1) % question.choices.length;
  fireEvent.click(radios[target] as HTMLElement);
  fireEvent.click(within(item).getByRole('button', { name: 'Check' }));
  return item;
}

describe('Quiz', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('asks each question with four real choices, formatted for the reader', () => {
    const quiz = quizFor(2);
    render(<Quiz questions={quiz} onShowSource={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'How much did OpenAI raise?' });
    const labels = within(group)
      .getAllByRole('radio')
      .map((r) => r.parentElement?.textContent?.trim());
    expect(labels).toHaveLength(4);
    expect(labels).toContain('$40B');
    expect(screen.getAllByRole('button', { name: 'Check' })).toHaveLength(2);
  });

  it('reveals the answer with its source sentence, and jumps to it', () => {
    const quiz = quizFor(2);
    const onShowSource = vi.fn();
    render(<Quiz questions={quiz} onShowSource={onShowSource} />);
    const item = answer(quiz[0] as QuizQuestion, 0, 'wrong');
    expect(within(item).getByText('Not quite: the answer is $40B.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Not quite: the answer is $40B.');
    expect(within(item).getByText(/OpenAI has raised \$40 billion in a round led by SoftBank/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Not quite.');
    fireEvent.click(within(item).getByRole('button', { name: 'Show in the article' }));
    const source = (quiz[0] as QuizQuestion).source;
    expect(onShowSource).toHaveBeenCalledWith({ start: source.start, end: source.end });
  });

  it('announces the score at the end, reports it once, and can start over', () => {
    const quiz = quizFor(3);
    const onFinish = vi.fn();
    render(<Quiz questions={quiz} previous={{ correct: 1, total: 3 }} onShowSource={vi.fn()} onFinish={onFinish} />);
    expect(screen.getByText('Last time: 1 of 3.')).toBeTruthy();
    answer(quiz[0] as QuizQuestion, 0, 'right');
    answer(quiz[1] as QuizQuestion, 1, 'wrong');
    answer(quiz[2] as QuizQuestion, 2, 'right');
    expect(screen.getByRole('status').textContent).toBe('You got 2 of 3 right.');
    expect(onFinish).toHaveBeenCalledTimes(1);
    expect(onFinish).toHaveBeenCalledWith({ correct: 2, total: 3 });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getAllByRole('button', { name: 'Check' })).toHaveLength(3);
  });

  it('renders nothing without questions', () => {
    const { container } = render(<Quiz questions={[]} onShowSource={vi.fn()} />);
    expect(container.textContent).toBe('');
  });

  it('words prompts and numbers in the UI language', () => {
    setUiLanguage('fr');
    render(<Quiz questions={buildQuiz(mistralArticle().analysis, { seed: 'm', max: 1 })} onShowSource={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Combien Mistral AI a-t-elle levé ?' });
    expect(within(group).getByText('1,7 Md €')).toBeTruthy();
  });
});
