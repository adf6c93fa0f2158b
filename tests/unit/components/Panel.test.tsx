import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPolls } from '../../../core/build-polls';
import { buildQuiz } from '../../../core/build-quiz';
import type { Analysis } from '../../../core/types';
import { Panel, type PanelProps } from '../../../components/Panel';
import { bareArticle, OPENAI_URL, openAiArticle } from './fixtures/articles';
import { makeAnalysis } from './fixtures/make-analysis';

function renderPanel(analysis: Analysis | null, overrides: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    analysis,
    found: analysis?.isAiFunding ?? false,
    polls: analysis ? buildPolls(analysis, OPENAI_URL) : [],
    quiz: analysis ? buildQuiz(analysis, { seed: OPENAI_URL }) : [],
    answeredThemes: [],
    previousQuiz: null,
    highlights: true,
    side: 'right',
    error: null,
    onToggleHighlights: vi.fn(),
    onShowFigure: vi.fn(),
    onShowQuestion: vi.fn(),
    onShowSource: vi.fn(),
    onQuizFinished: vi.fn(),
    onDismissError: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<Panel {...props} />);
  return props;
}

describe('Panel', () => {
  afterEach(cleanup);

  it('is a complementary landmark named "Contrepoint…" with a heading and a close button', () => {
    const props = renderPanel(openAiArticle().analysis);
    const panel = screen.getByRole('complementary');
    expect(panel.getAttribute('aria-label')).toMatch(/^Contrepoint/);
    expect(within(panel).getByRole('heading', { level: 2, name: 'Contrepoint' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close the Contrepoint panel' }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape from anywhere inside it', () => {
    const props = renderPanel(openAiArticle().analysis);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Go to the question: Can Europe still catch up when such sums are on the table?' }), {
      key: 'Escape',
    });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('complementary'), { key: 'Enter' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the key facts and figures formatted, each with its sentence and a button to find it', () => {
    const { analysis } = openAiArticle();
    const props = renderPanel(analysis);
    const figures = within(screen.getByRole('region', { name: 'Key figures' }));
    expect(figures.getByText('OpenAI')).toBeTruthy();
    expect(figures.getByText('Funding round')).toBeTruthy();
    expect(figures.getByText('SoftBank')).toBeTruthy();
    expect(figures.getByText('Microsoft, Coatue, Altimeter, Thrive Capital')).toBeTruthy();
    expect(figures.getByText('$40B')).toBeTruthy();
    expect(figures.getByText('$300B')).toBeTruthy();
    expect(figures.getByText('500M')).toBeTruthy();
    fireEvent.click(figures.getByRole('button', { name: /^Show in the article\s?: \$40 billion$/ }));
    expect(props.onShowFigure).toHaveBeenCalledWith(analysis.figures[0]);
    fireEvent.click(figures.getByRole('button', { name: /^Show in the article\s?: OpenAI$/ }));
    expect(props.onShowSource).toHaveBeenCalledWith({ start: 0, end: 6 });
  });

  it('lists the open questions with their themes and jumps to them', () => {
    const { analysis } = openAiArticle();
    const props = renderPanel(analysis);
    const list = within(screen.getByRole('region', { name: 'Open questions' }));
    expect(list.getAllByRole('listitem')).toHaveLength(6);
    expect(list.getByText(/Raised by the article · An investment bubble\? · poll next to it/)).toBeTruthy();
    fireEvent.click(list.getByRole('button', { name: /Go to the question: Who will pay/ }));
    expect(props.onShowQuestion).toHaveBeenCalledWith(analysis.questions[4]);
  });

  it('opens the debate of themes already voted on, and keeps the others folded', () => {
    renderPanel(openAiArticle().analysis, { answeredThemes: ['bubble'] });
    const debate = screen.getByRole('region', { name: 'The debate' });
    const details = [...debate.querySelectorAll('details')];
    expect(details.map((d) => d.querySelector('summary')?.textContent)).toEqual([
      'Can Europe catch up?',
      'Power in a few hands',
      'An investment bubble?',
      'Open or closed models',
    ]);
    expect(details.map((d) => d.open)).toEqual([false, false, true, false]);
  });

  it('flips the highlights switch', () => {
    const props = renderPanel(openAiArticle().analysis);
    const toggle = screen.getByRole('switch', { name: 'Highlight figures and questions in the article' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(props.onToggleHighlights).toHaveBeenCalledWith(false);
  });

  it('explains why the article was picked, in plain words', () => {
    renderPanel(openAiArticle().analysis);
    expect(screen.getByText('Why this article?')).toBeTruthy();
    expect(screen.getByText('It talks about AI: “openai”')).toBeTruthy();
    expect(screen.getByText('It uses a funding word: “raised”')).toBeTruthy();
    expect(screen.getByText('It gives a key figure early on: Amount raised')).toBeTruthy();
    expect(screen.getByText('One sentence of the headline or opening names AI, a deal and an amount together')).toBeTruthy();
    expect(screen.getByText('Counted against: company results and share prices')).toBeTruthy();
    expect(screen.getByText('Other signal: something-new')).toBeTruthy();
    expect(screen.getByText(/confidence: 90%/)).toBeTruthy();
    expect(screen.getByText('Analysis ran on your device. Nothing was sent anywhere.')).toBeTruthy();
  });

  it('handles an article with no company, no figures and no questions', () => {
    renderPanel(bareArticle().analysis, { found: true });
    expect(screen.getAllByText('Not identified')).toHaveLength(2);
    expect(screen.getByText('The analysis found no figures in this article.')).toBeTruthy();
    expect(screen.getByText('The article asks no open question.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Quiz on the figures' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'The debate' })).toBeNull();
    expect(screen.getByText('The article gives no amount; here are the reference figures alone.')).toBeTruthy();
  });

  it('says so when the page is not an AI-funding article, or could not be read', () => {
    const { analysis } = bareArticle();
    renderPanel({ ...analysis, isAiFunding: false, score: 0.1 }, { found: false });
    expect(screen.getByText('This page does not look like an article about money flowing into AI.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Key figures' })).toBeNull();
    cleanup();
    renderPanel(null, { found: false });
    expect(screen.getByText('No article text could be read on this page.')).toBeTruthy();
    expect(screen.getByRole('complementary').getAttribute('aria-label')).toMatch(/^Contrepoint/);
  });

  it('keeps very long questions and many figures in check', () => {
    const long = `Will ${'the money keep flowing and '.repeat(200)}who pays?`;
    const figures = Array.from({ length: 20 }, (_, i) => ({
      kind: 'other' as const,
      text: `${i + 1} %`,
      value: i + 1,
      unit: '%',
      sentence: 1,
    }));
    const { analysis } = makeAnalysis({
      title: 'A very long article',
      lang: 'en',
      sentences: [long, figures.map((f) => f.text).join(', ')],
      questions: [{ sentence: 0 }],
      figures,
    });
    renderPanel(analysis, { found: true });
    const item = within(screen.getByRole('region', { name: 'Open questions' })).getByRole('listitem');
    expect(item.textContent?.length).toBeLessThan(500);
    const list = within(screen.getByRole('region', { name: 'Key figures' }));
    expect(list.getAllByRole('button', { name: /^Show in the article\s?: / })).toHaveLength(8);
    fireEvent.click(list.getByRole('button', { name: 'Show all other figures (20)' }));
    expect(list.getAllByRole('button', { name: /^Show in the article\s?: / })).toHaveLength(20);
  });

  it('lists a figure repeated by the article once', () => {
    const figures = [
      { kind: 'valuation' as const, text: '$300 billion', value: 300e9, unit: 'USD', sentence: 0 },
      { kind: 'valuation' as const, text: '300 billion dollars', value: 300e9, unit: 'USD', sentence: 1 },
      { kind: 'users' as const, text: '500 million users', value: 500e6, unit: 'users', sentence: 1 },
    ];
    const { analysis } = makeAnalysis({
      title: 'OpenAI is now valued at $300 billion',
      lang: 'en',
      sentences: ['OpenAI is now valued at $300 billion.', 'The 300 billion dollars valuation counts 500 million users.'],
      figures,
    });
    renderPanel(analysis, { found: true });
    const list = within(screen.getByRole('region', { name: 'Key figures' }));
    expect(list.getAllByRole('button', { name: /^Show in the article\s?: / })).toHaveLength(2);
  });

  it('shows a storage error as an alert that can be dismissed', () => {
    const props = renderPanel(openAiArticle().analysis, {
      error: { kind: 'quota', messageKey: 'errorStorageFull', detail: 'QUOTA_BYTES quota exceeded' },
    });
    expect(screen.getByRole('alert').textContent).toContain('storage for Contrepoint is full');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(props.onDismissError).toHaveBeenCalled();
  });
});
