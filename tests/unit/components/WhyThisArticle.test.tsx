import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WhyThisArticle } from '../../../components/WhyThisArticle';
import { setUiLanguage } from '../../../components/i18n';
import type { Analysis } from '../../../core/types';
import { mistralArticle, openAiArticle } from './fixtures/articles';

function withReasons(reasons: string[], patch: Partial<Analysis> = {}): Analysis {
  return { ...openAiArticle().analysis, reasons, ...patch };
}

function listed(): string[] {
  return screen.queryAllByRole('listitem').map((li) => li.textContent ?? '');
}

describe('WhyThisArticle', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('is a folded disclosure that opens on its summary', () => {
    const { container } = render(<WhyThisArticle analysis={openAiArticle().analysis} />);
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    const summary = screen.getByText('Why this article?');
    expect(summary.tagName).toBe('SUMMARY');
    fireEvent.click(summary);
    expect(details.open).toBe(true);
  });

  it('gives the confidence as a percentage and each reason in plain words', () => {
    render(<WhyThisArticle analysis={withReasons(['ai-term:intelligence artificielle', 'fundingVerb:lève', 'amount:valuation'], { score: 0.734 })} />);
    expect(
      screen.getByText('Contrepoint judged this to be an article about money flowing into AI (confidence: 73%).'),
    ).toBeTruthy();
    expect(listed()).toEqual([
      'It talks about AI: “intelligence artificielle”',
      'It uses a funding word: “lève”',
      'It gives a key figure early on: Valuation',
    ]);
  });

  it('says when the article was not judged to be about AI funding', () => {
    render(<WhyThisArticle analysis={withReasons(['missing:amount', 'negative:sport:title'], { isAiFunding: false, score: 0.12 })} />);
    expect(
      screen.getByText('Contrepoint did not judge this to be an article about money flowing into AI (confidence: 12%).'),
    ).toBeTruthy();
    expect(listed()).toHaveLength(2);
    expect(listed()[1]).toMatch(/^Counted against: /);
  });

  it('lists each reason once and at most eight, even when the detector repeats itself', () => {
    const repeated = Array.from({ length: 5 }, () => 'fundingVerb:raised');
    const many = Array.from({ length: 12 }, (_, i) => `ai-term:model-${i}`);
    render(<WhyThisArticle analysis={withReasons([...repeated, ...many])} />);
    const items = listed();
    expect(items).toHaveLength(8);
    expect(items.filter((text) => text === 'It uses a funding word: “raised”')).toHaveLength(1);
    expect(items).not.toContain('It talks about AI: “model-7”');
  });

  it('says so when no reason was recorded (no empty list)', () => {
    render(<WhyThisArticle analysis={withReasons([])} />);
    expect(screen.getByText('No particular signal was recorded.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows unknown reasons verbatim as text, never as markup', () => {
    render(<WhyThisArticle analysis={withReasons(['<img src=x onerror=alert(1)>'])} />);
    expect(screen.getByText('Other signal: <img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('speaks French, with a French percentage', () => {
    setUiLanguage('fr');
    const analysis = { ...mistralArticle().analysis, score: 0.9, reasons: ['fundingVerb:lève', 'company:ai'] };
    render(<WhyThisArticle analysis={analysis} />);
    expect(screen.getByText('Pourquoi cet article ?')).toBeTruthy();
    // Intl puts a (narrow) no-break space before "%" in French.
    expect(screen.getByText(/^Contrepoint a jugé que cet article parle d’argent qui afflue vers l’IA \(confiance : 90\s%\)\.$/)).toBeTruthy();
    expect(screen.getByText('Il emploie un mot de financement : « lève »')).toBeTruthy();
  });
});
