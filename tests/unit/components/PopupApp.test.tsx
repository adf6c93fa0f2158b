import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupSummary } from '../../../components/PopupApp';
import { setUiLanguage } from '../../../components/i18n';

const summary: PopupSummary = {
  title: 'OpenAI lève 40 milliards de dollars',
  lang: 'fr',
  kind: 'round',
  company: 'OpenAI',
  amount: { value: 40e9, currency: 'USD', text: '40 milliards de dollars', start: 16, end: 39 },
  valuation: null,
  score: 0.92,
  figures: 4,
  questions: 2,
};

describe('PopupApp', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('summarises an AI-funding article and offers to analyse again', () => {
    const onAnalyse = vi.fn();
    render(<PopupApp status={{ state: 'found', summary }} onAnalyse={onAnalyse} site={null} />);
    expect(screen.getByRole('status').textContent).toBe('This page is an article about money flowing into AI.');
    expect(screen.getByText('OpenAI lève 40 milliards de dollars').getAttribute('lang')).toBe('fr');
    expect(screen.getByText('$40B')).toBeTruthy();
    expect(screen.getByText('figures: 4 · questions: 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page' }));
    expect(onAnalyse).toHaveBeenCalledTimes(1);
  });

  it('tells each tab state apart and cannot analyse unsupported pages', () => {
    const { rerender } = render(<PopupApp status={{ state: 'not-analysed', summary: null }} onAnalyse={vi.fn()} site={null} />);
    expect(screen.getByRole('status').textContent).toBe('This page has not been analysed.');
    rerender(<PopupApp status={{ state: 'not-found', summary: null }} onAnalyse={vi.fn()} site={null} />);
    expect(screen.getByRole('status').textContent).toMatch(/does not look like/);
    rerender(<PopupApp status={{ state: 'unsupported', summary: null }} onAnalyse={vi.fn()} site={null} />);
    expect(screen.getByRole('status').textContent).toBe('Contrepoint cannot run on this page.');
    expect((screen.getByRole('button', { name: 'Analyse this page' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<PopupApp status={{ state: 'not-analysed', summary: null }} onAnalyse={vi.fn()} site={null} busy />);
    expect(screen.getByRole('status').textContent).toBe('Analysing…');
  });

  it('switches the per-site permission and opens the options', () => {
    const onToggle = vi.fn();
    const onOpenOptions = vi.fn();
    render(
      <PopupApp
        status={{ state: 'not-analysed', summary: null }}
        onAnalyse={vi.fn()}
        site={{ host: 'www.example-news.com', granted: false, onToggle }}
        onOpenOptions={onOpenOptions}
      />,
    );
    const toggle = screen.getByRole('switch', { name: 'Run automatically on www.example-news.com' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Options and your answers' }));
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('follows the UI language', () => {
    setUiLanguage('de');
    render(<PopupApp status={{ state: 'found', summary }} onAnalyse={vi.fn()} site={null} />);
    expect(screen.getByRole('button', { name: 'Diese Seite analysieren' })).toBeTruthy();
    expect(screen.getByText('40 Mrd. $')).toBeTruthy();
  });
});
