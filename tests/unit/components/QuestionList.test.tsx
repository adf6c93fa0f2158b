import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionList } from '../../../components/QuestionList';
import { setUiLanguage } from '../../../components/i18n';
import { buildPolls, type PollDef } from '../../../core/build-polls';
import type { Question } from '../../../core/types';
import { makeAnalysis } from './fixtures/make-analysis';
import { MISTRAL_URL, mistralArticle, OPENAI_URL, openAiArticle } from './fixtures/articles';

/** The polls of the OpenAI article that sit next to the given questions only. */
function pollsFor(questionIndexes: number[]): PollDef[] {
  const { analysis, text } = openAiArticle();
  const polls = buildPolls(analysis, OPENAI_URL, text).filter((poll) => questionIndexes.includes(poll.questionIndex));
  expect(polls.map((poll) => poll.questionIndex).sort()).toEqual([...questionIndexes].sort());
  return polls;
}

function item(name: RegExp): HTMLElement {
  const button = screen.getByRole('button', { name });
  return button.closest('li') as HTMLElement;
}

describe('QuestionList', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('lists every question in article order as an ordered list', () => {
    const { analysis } = openAiArticle();
    render(<QuestionList questions={analysis.questions} polls={[]} onShowQuestion={vi.fn()} />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const texts = within(list)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.cp-question__text')?.textContent);
    expect(texts).toEqual(analysis.questions.map((q) => q.text));
  });

  it('says how each question came up, its themes, and whether a poll sits next to it', () => {
    const { analysis } = openAiArticle();
    render(<QuestionList questions={analysis.questions} polls={pollsFor([3])} onShowQuestion={vi.fn()} />);
    expect(within(item(/Could Europe close the gap/)).getByText('Asked in the article · Can Europe catch up? · Open or closed models · poll next to it')).toBeTruthy();
    expect(within(item(/Some investors fear/)).getByText('Raised by the article · An investment bubble?')).toBeTruthy();
    // A question without a theme gets no dangling separator.
    expect(within(item(/Who will pay for the electricity/)).getByText('Asked in the article')).toBeTruthy();
  });

  it('jumps to the question that was clicked, with that question', () => {
    const { analysis } = openAiArticle();
    const onShowQuestion = vi.fn();
    render(<QuestionList questions={analysis.questions} polls={[]} onShowQuestion={onShowQuestion} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.every((b) => b.textContent === 'Go to the question' && b.getAttribute('type') === 'button')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Go to the question: Is it healthy that so much money flows to a single company?' }));
    expect(onShowQuestion).toHaveBeenCalledTimes(1);
    expect(onShowQuestion).toHaveBeenCalledWith(analysis.questions[1]);
  });

  it('tells two identical-looking buttons apart by their accessible names', () => {
    const { analysis } = openAiArticle();
    render(<QuestionList questions={analysis.questions} polls={[]} onShowQuestion={vi.fn()} />);
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(analysis.questions.length);
  });

  it('says so when the article asks nothing', () => {
    render(<QuestionList questions={[]} polls={[]} onShowQuestion={vi.fn()} />);
    expect(screen.getByText('The article asks no open question.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('cuts a paragraph-long question at a word boundary, in the list and in the button name', () => {
    const long = `Will ${'the state keep pouring public money into data centres and '.repeat(12)}who decides?`;
    const { analysis } = makeAnalysis({ title: 'Long', lang: 'en', sentences: [long], questions: [{ sentence: 0, themes: [] }] });
    const onShowQuestion = vi.fn();
    render(<QuestionList questions={analysis.questions} polls={[]} onShowQuestion={onShowQuestion} />);
    const shown = document.querySelector('.cp-question__text')?.textContent ?? '';
    expect(long.length).toBeGreaterThan(700);
    expect(shown.length).toBeLessThanOrEqual(281);
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shown).not.toContain('who decides?');
    const button = screen.getByRole('button');
    const name = button.getAttribute('aria-label') ?? '';
    expect(name.startsWith('Go to the question: Will the state keep')).toBe(true);
    expect(name.length).toBeLessThan(120);
    fireEvent.click(button);
    // The full question goes back to the page, not the shortened one.
    const sent = onShowQuestion.mock.calls[0] as [Question] | undefined;
    expect(sent?.[0].text).toBe(long);
  });

  it('speaks French, with French theme names', () => {
    setUiLanguage('fr');
    const { analysis, text } = mistralArticle();
    const polls = buildPolls(analysis, MISTRAL_URL, text);
    render(<QuestionList questions={analysis.questions} polls={polls} onShowQuestion={vi.fn()} />);
    expect(screen.getByText('Posée dans l’article · Souveraineté technologique · sondage à côté')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Aller à la question : Cette alliance peut-elle garantir une IA européenne souveraine ?' }).textContent,
    ).toBe('Aller à la question');
  });
});
