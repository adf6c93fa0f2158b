import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_UNITS, articleOfSize, mixedText, oneLine, repeatTo } from '../../../scripts/bench/bench-texts';

// Two short fixture-like articles: headline on the first line, paragraphs after.
const FIXTURES = [
  'Lumenfold raises €40 million for its chip design assistant\nThe Lyon start-up Lumenfold has closed a €40 million Series B.\nIts software suggests floor plans for AI accelerators.',
  'Council approves school repairs\nThe town council voted on Tuesday to repair three schools.\nWork starts in March.',
];

describe('articleOfSize', () => {
  it('is exactly the size asked for, headline apart', () => {
    for (const size of [50, 1_000, 10_000]) {
      const a = articleOfSize(FIXTURES, size);
      expect(a.text).toHaveLength(size);
      expect(a.title).toBe('Lumenfold raises €40 million for its chip design assistant');
    }
  });

  it('starts with the first article’s lead and then takes the other articles’ paragraphs', () => {
    const a = articleOfSize(FIXTURES, 2_000);
    const lines = a.text.split('\n');
    expect(lines[0]).toBe('The Lyon start-up Lumenfold has closed a €40 million Series B.');
    expect(lines[2]).toBe('The town council voted on Tuesday to repair three schools.');
    // The other article's headline is not a paragraph of the body.
    expect(a.text).not.toContain('Council approves school repairs');
  });

  it('is the same text on every call (two runs time the same input)', () => {
    expect(articleOfSize(FIXTURES, 5_000)).toEqual(articleOfSize(FIXTURES, 5_000));
  });

  it('refuses fixtures without any paragraph instead of looping forever', () => {
    expect(() => articleOfSize(['Only a headline'], 100)).toThrow(/no paragraph/);
  });
});

describe('mixedText', () => {
  it('cycles through every language’s fixtures to the size asked for', () => {
    const text = mixedText([['Eins zwei drei.'], ['Un deux trois.']], 100);
    expect(text).toHaveLength(100);
    expect(text.startsWith('Eins zwei drei.\nUn deux trois.')).toBe(true);
  });
});

describe('adversarial texts', () => {
  it('repeats a unit to an exact size', () => {
    expect(repeatTo('ab', 5)).toBe('ababa');
    expect(repeatTo('?', 1_000)).toBe('?'.repeat(1_000));
    expect(() => repeatTo('', 10)).toThrow();
  });

  it('has one non-empty unit per kind, covering the traps the issue lists', () => {
    const kinds = Object.keys(ADVERSARIAL_UNITS);
    for (const kind of ['digits', 'separators', 'currency signs', 'dots', 'spaces', 'question marks', 'unclosed quotes', 'abbreviations']) {
      expect(kinds).toContain(kind);
    }
    for (const unit of Object.values(ADVERSARIAL_UNITS)) expect(unit.length).toBeGreaterThan(0);
    expect(ADVERSARIAL_UNITS.digits).toMatch(/^\d+$/);
    // The quotes never close: that is the trap.
    expect(ADVERSARIAL_UNITS['unclosed quotes']).not.toMatch(/[»”)]/);
  });

  it('puts a whole text on one line without changing its length', () => {
    const text = 'Première ligne.\nDeuxième ligne.\nTroisième.';
    expect(oneLine(text)).toBe('Première ligne. Deuxième ligne. Troisième.');
    expect(oneLine(text)).toHaveLength(text.length);
  });
});
