import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyFigures } from '../../../components/KeyFigures';
import { setUiLanguage } from '../../../components/i18n';
import type { Analysis, Figure } from '../../../core/types';
import { bareArticle, mistralArticle, openAiArticle } from './fixtures/articles';
import { makeAnalysis } from './fixtures/make-analysis';

function renderFigures(analysis: Analysis) {
  const onShowFigure = vi.fn();
  const onShowSpan = vi.fn();
  render(<KeyFigures analysis={analysis} onShowFigure={onShowFigure} onShowSpan={onShowSpan} />);
  return { onShowFigure, onShowSpan };
}

/** The definition list as label → value pairs. */
function facts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of document.querySelectorAll('dt')) out[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? '';
  return out;
}

/** Each figure line as "label value". */
function figureLines(): string[] {
  return [...document.querySelectorAll('.cp-figure')].map(
    (li) => `${li.querySelector('.cp-figure__label')?.textContent} ${li.querySelector('.cp-figure__value')?.textContent}`,
  );
}

describe('KeyFigures', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('sums up the deal: company, kind, lead investor and the other investors (lead not repeated)', () => {
    renderFigures(openAiArticle().analysis);
    expect(facts()).toEqual({
      Company: 'OpenAI Show in the article: OpenAI',
      Deal: 'Funding round',
      'Lead investor': 'SoftBank',
      'Other investors': 'Microsoft, Coatue, Altimeter, Thrive Capital',
    });
  });

  it('lists amount and valuation first, then the other figures, formatted and with their sentence', () => {
    renderFigures(openAiArticle().analysis);
    expect(figureLines()).toEqual([
      'Amount raised $40B',
      'Valuation $300B',
      'Other figure $30B',
      'Users 500M',
      'Previous valuation $157B',
    ]);
    const users = screen.getByText('500M').closest('li') as HTMLElement;
    expect(within(users).getByText(/^The ChatGPT maker, which says 500 million people use its chatbot/)).toBeTruthy();
  });

  it('sends the clicked figure, or the company’s span, back to the page', () => {
    const { analysis } = openAiArticle();
    const { onShowFigure, onShowSpan } = renderFigures(analysis);
    fireEvent.click(screen.getByRole('button', { name: /^Show in the article\s?: 500 million$/ }));
    expect(onShowFigure).toHaveBeenCalledWith(analysis.figures[3]);
    fireEvent.click(screen.getByRole('button', { name: /^Show in the article\s?: OpenAI$/ }));
    expect(onShowSpan).toHaveBeenCalledWith({ start: 0, end: 'OpenAI'.length });
    expect(onShowFigure).toHaveBeenCalledTimes(1);
    // Every "show" button's accessible name starts with its visible words (label in name).
    for (const button of screen.getAllByRole('button')) expect(button.textContent?.startsWith('Show in the article')).toBe(true);
  });

  it('lists a repeated figure once', () => {
    const { analysis } = makeAnalysis({
      title: 'Anthropic valued at $61.5 billion',
      lang: 'en',
      company: 'Anthropic',
      sentences: [
        'Anthropic raised $3.5 billion at a valuation of $61.5 billion.',
        'The new round values the Claude maker at $61.5 billion, the company said.',
        'It now employs 1,000 people, up from 300 a year ago.',
      ],
      figures: [
        { kind: 'amount', text: '$3.5 billion', value: 3.5e9, unit: 'USD', sentence: 0 },
        { kind: 'valuation', text: '$61.5 billion', value: 61.5e9, unit: 'USD', sentence: 0 },
        { kind: 'valuation', text: '$61.5 billion', value: 61.5e9, unit: 'USD', sentence: 1 },
        { kind: 'employees', text: '1,000', value: 1000, unit: 'employees', sentence: 2 },
        { kind: 'employees', text: '300', value: 300, unit: 'employees', sentence: 2 },
      ],
    });
    renderFigures(analysis);
    expect(figureLines()).toEqual(['Amount raised $3.5B', 'Valuation $61.5B', 'Employees 1K', 'Employees 300']);
  });

  it('shows a headline amount the figure list lacks, tied to its sentence', () => {
    const { analysis } = openAiArticle();
    const amount = analysis.figures[0] as Figure;
    const { onShowFigure } = renderFigures({ ...analysis, figures: analysis.figures.slice(1) });
    expect(figureLines()[0]).toBe('Amount raised $40B');
    fireEvent.click(screen.getByRole('button', { name: /^Show in the article\s?: \$40 billion$/ }));
    expect(onShowFigure).toHaveBeenCalledWith({ ...amount });
  });

  it('folds figures beyond the first eight behind a button that says how many and whether it is open', () => {
    const shares = Array.from({ length: 11 }, (_, i) => `${i + 2} %`);
    const { analysis } = makeAnalysis({
      title: 'Who owns what',
      lang: 'en',
      sentences: [`After the round the founders, staff and funds hold ${shares.join(', ')} of the shares.`],
      figures: shares.map((text, i) => ({ kind: 'stake' as const, text, value: i + 2, unit: '%', sentence: 0 })),
    });
    renderFigures(analysis);
    expect(figureLines()).toHaveLength(8);
    const more = screen.getByRole('button', { name: 'Show all other figures (11)' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(figureLines()).toHaveLength(11);
    expect(figureLines()[10]).toBe('Stake 12%');
    const fewer = screen.getByRole('button', { name: 'Show fewer figures' });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(fewer);
    expect(figureLines()).toHaveLength(8);
  });

  it('keeps exactly eight figures without a button', () => {
    const shares = Array.from({ length: 8 }, (_, i) => `${i + 2} %`);
    const { analysis } = makeAnalysis({
      title: 'Eight stakes',
      lang: 'en',
      sentences: [`The funds hold ${shares.join(', ')} of the shares.`],
      figures: shares.map((text, i) => ({ kind: 'stake' as const, text, value: i + 2, unit: '%', sentence: 0 })),
    });
    renderFigures(analysis);
    expect(figureLines()).toHaveLength(8);
    expect(screen.queryByRole('button', { name: /Show all other figures/ })).toBeNull();
  });

  it('handles an article with no company, no deal kind and no figures', () => {
    renderFigures(bareArticle().analysis);
    expect(facts()).toEqual({ Company: 'Not identified', Deal: 'Not identified' });
    expect(screen.getByText('The analysis found no figures in this article.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('prints a currency the formatter does not know as number and code, never blank', () => {
    const { analysis } = makeAnalysis({
      title: 'A token sale',
      lang: 'en',
      sentences: ['The lab sold 2 million tokens worth 40 million ZZX to early backers.'],
      figures: [
        { kind: 'amount', text: '40 million ZZX', value: 40e6, unit: 'ZZX', sentence: 0 },
        { kind: 'other', text: '2 million tokens', value: 2e6, unit: 'tokens', sentence: 0 },
      ],
    });
    renderFigures(analysis);
    const [amount, tokens] = figureLines();
    expect(amount).toMatch(/^Amount raised .*40M/);
    expect(amount).toContain('ZZX');
    expect(tokens).toBe('Other figure 2M');
  });

  it('cuts a very long source sentence, but not the figure', () => {
    const long = `The fund, ${'which also backs chip makers, cloud providers and robotics firms across Europe, '.repeat(5)}put in €500 million.`;
    const { analysis } = makeAnalysis({
      title: 'Long',
      lang: 'en',
      sentences: [long],
      figures: [{ kind: 'amount', text: '€500 million', value: 500e6, unit: 'EUR', sentence: 0 }],
    });
    renderFigures(analysis);
    const quote = document.querySelector('blockquote')?.textContent ?? '';
    expect(quote.length).toBeLessThanOrEqual(221);
    expect(quote.endsWith('…')).toBe(true);
    expect(screen.getByText('€500M')).toBeTruthy();
  });

  it('speaks French: labels, round and French number formats', () => {
    setUiLanguage('fr');
    const { analysis } = mistralArticle();
    const { onShowFigure } = renderFigures(analysis);
    expect(facts()).toMatchObject({
      Opération: 'Levée de fonds',
      'Investisseur principal': 'ASML',
      'Tour de table': 'série C',
    });
    const lines = figureLines().map((line) => line.replace(/\s/g, ' '));
    expect(lines).toEqual(['Montant levé 1,7 Md €', 'Valorisation après l’apport 11,7 Md €', 'Tranche 1,3 Md €', 'Participation 11 %']);
    fireEvent.click(screen.getByRole('button', { name: /^Voir dans l’article\s?: 11 %$/ }));
    expect(onShowFigure).toHaveBeenCalledWith(analysis.figures[3]);
  });
});
