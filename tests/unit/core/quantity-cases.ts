// Shared by the per-language recogniser tests: compact builders for expected quantities, and the one
// check every case goes through (exact source text, ordered non-overlapping spans, the full list).
import { expect } from 'vitest';
import { findQuantities } from '../../../core/find-quantities';
import type { Lang, Quantity } from '../../../core/types';

export type Seen = Pick<Quantity, 'text' | 'value' | 'unit' | 'kind' | 'alternative'>;

export const money = (text: string, value: number, unit: string, alternative?: Quantity['alternative']): Seen =>
  alternative ? { text, value, unit, kind: 'money', alternative } : { text, value, unit, kind: 'money' };
export const count = (text: string, value: number, unit: string): Seen => ({ text, value, unit, kind: 'count' });
export const percent = (text: string, value: number): Seen => ({ text, value, unit: '%', kind: 'percent' });
export const number = (text: string, value: number): Seen => ({ text, value, unit: '', kind: 'number' });

function seen(q: Quantity): Seen {
  const { text, value, unit, kind, alternative } = q;
  return alternative ? { text, value, unit, kind, alternative } : { text, value, unit, kind };
}

/** Every quantity of `sentence`, compared as a whole list: a stray extra match fails the case. */
export function expectQuantities(sentence: string, lang: Lang, expected: Seen[]): void {
  const found = findQuantities(sentence, lang);
  for (const [i, q] of found.entries()) {
    expect(q.text).toBe(sentence.slice(q.start, q.end));
    if (i > 0) expect(q.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  }
  expect(found.map(seen)).toEqual(expected);
}
