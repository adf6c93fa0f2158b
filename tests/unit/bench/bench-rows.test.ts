import { describe, expect, it } from 'vitest';
import { type BenchRow, formatRows, formatValue, isOverBudget } from '../../../scripts/bench/bench-rows';

const row = (value: number, budget?: number): BenchRow => ({
  section: 'core',
  measure: 'analyzeArticle, 10 kB',
  value,
  unit: 'ms',
  ...(budget === undefined ? {} : { budget }),
});

describe('isOverBudget', () => {
  it('is over only above the budget', () => {
    expect(isOverBudget(row(4.9, 5))).toBe(false);
    expect(isOverBudget(row(5, 5))).toBe(false);
    expect(isOverBudget(row(5.01, 5))).toBe(true);
  });

  it('counts a measurement that could not be made as over budget', () => {
    expect(isOverBudget(row(Number.NaN, 5))).toBe(true);
    expect(isOverBudget(row(Number.POSITIVE_INFINITY, 300))).toBe(true);
  });

  it('never flags a row without a budget', () => {
    expect(isOverBudget(row(1e9))).toBe(false);
  });
});

describe('formatValue', () => {
  it('keeps about three significant digits', () => {
    expect(formatValue(342.4, 'ms')).toBe('342 ms');
    expect(formatValue(11.54, 'ms')).toBe('11.5 ms');
    expect(formatValue(1.806, 'ms')).toBe('1.81 ms');
    expect(formatValue(0.01757, 'ms')).toBe('0.0176 ms');
    expect(formatValue(2.5, '×')).toBe('2.50 ×');
    expect(formatValue(3, '')).toBe('3.00');
  });

  it('says n/a and ∞ for failed and skipped measurements', () => {
    expect(formatValue(Number.NaN, 'ms')).toBe('n/a');
    expect(formatValue(Number.POSITIVE_INFINITY, 'ms')).toBe('∞');
  });
});

describe('formatRows', () => {
  it('aligns the columns and marks broken budgets in capitals', () => {
    const text = formatRows([row(3.2, 5), row(342, 300), { ...row(21), measure: 'warm call' }]);
    const [header, ok, over, info] = text.split('\n');
    expect(header).toMatch(/^section\s+measure\s+value\s+budget/);
    expect(ok).toMatch(/3\.20 ms\s+≤ 5\.00 ms\s+ok$/);
    expect(over).toMatch(/342 ms\s+≤ 300 ms\s+OVER BUDGET$/);
    expect(info).toMatch(/warm call\s+21\.0 ms$/);
    // Values are right-aligned: they end in the same column.
    const end = (line: string | undefined, s: string) => (line ?? '').indexOf(s) + s.length;
    expect(end(ok, '3.20 ms')).toBe(end(over, '342 ms'));
  });
});
