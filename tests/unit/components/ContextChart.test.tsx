import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ContextChart } from '../../../components/ContextChart';
import { CONTEXT_FIGURES } from '../../../data/context-figures';

describe('ContextChart', () => {
  afterEach(cleanup);

  it('sets the article’s amount beside US, Europe and China, with a text alternative', () => {
    render(<ContextChart amount={{ value: 40e9, currency: 'USD', text: '$40 billion', start: 0, end: 11 }} company="OpenAI" />);
    const chart = screen.getByRole('img');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.getAttribute('aria-labelledby')?.split(' ')).toHaveLength(2);
    const description = chart.querySelector('desc')?.textContent ?? '';
    expect(description).toContain('This article: OpenAI: $40B');
    expect(description).toContain('United States: $109B (2024 · private investment in AI companies; Stanford AI Index 2025 (Quid data))');
    expect(description).toContain('Europe: $12.8B (2024 · venture capital into AI-first companies; Dealroom)');
    expect(description).toContain('China: $9.3B');
    expect(chart.querySelectorAll('rect')).toHaveLength(6);
  });

  it('repeats the data in a table and links the sources it knows', () => {
    render(<ContextChart amount={{ value: 40e9, currency: 'USD', text: '$40 billion', start: 0, end: 11 }} company={null} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader').textContent).toBe('This article');
    expect(screen.getByRole('link', { name: 'Stanford AI Index 2025 (Quid data)' }).getAttribute('href')).toBe(
      'https://hai.stanford.edu/ai-index/2025-ai-index-report',
    );
    // A source without a checked address is named, not linked.
    expect(screen.queryByRole('link', { name: 'Dealroom' })).toBeNull();
    expect(screen.getByText(/Dealroom/, { selector: 'figcaption span' })).toBeTruthy();
  });

  it('compares euros with euros, never converting', () => {
    render(<ContextChart amount={{ value: 1.7e9, currency: 'EUR', text: '1,7 milliard d’euros', start: 0, end: 5 }} company="Mistral AI" />);
    const description = screen.getByRole('img').querySelector('desc')?.textContent ?? '';
    expect(description).toContain('This article: Mistral AI: €1.7B');
    expect(description).toContain('EU + UK: €10.2B (2022');
    expect(description).not.toContain('$');
  });

  it('explains when the amount cannot be drawn', () => {
    render(<ContextChart amount={{ value: 2.5e9, currency: 'GBP', text: '£2.5bn', start: 0, end: 6 }} company={null} />);
    expect(screen.getByText(/The article’s amount is in GBP/)).toBeTruthy();
    expect(screen.getByRole('img').querySelector('desc')?.textContent).not.toContain('This article');
    cleanup();
    render(<ContextChart amount={null} company={null} />);
    expect(screen.getByText('The article gives no amount; here are the reference figures alone.')).toBeTruthy();
  });

  it('keeps every reference figure sourced, dated and defined', () => {
    for (const figure of CONTEXT_FIGURES) {
      expect(figure.source.name.length).toBeGreaterThan(3);
      expect(figure.year).toBeGreaterThanOrEqual(2022);
      expect(figure.definition.en.length).toBeGreaterThan(5);
      expect(figure.value).toBeGreaterThan(0);
      if (figure.source.url) expect(figure.source.url).toMatch(/^https:\/\//);
    }
  });
});
