import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../core/analyze-article';
import type { Analysis } from '../../../core/types';
import { articleFromText } from '../../../scripts/lib/article-from-input';
import { requireSharedDir } from '../../shared-dir';

const raw = readFileSync(join(requireSharedDir(), 'seed/article-fr.txt'), 'utf8');

// The seed is read two ways: whole (its first line is a headline-like lead inside the text) and as the
// CLI reads a .txt (first line = title, apart from the text). Both must give the same facts.
const readings: [string, Analysis, string][] = [
  ['whole text', analyzeArticle({ text: raw }), raw],
  ['title apart', analyzeArticle(articleFromText(raw)), articleFromText(raw).text],
];

describe.each(readings)('seed article (%s)', (_how, a, text) => {
  it('is a French AI funding round', () => {
    expect(a.lang).toBe('fr');
    expect(a.isAiFunding).toBe(true);
    expect(a.kind).toBe('round');
    expect(a.company).toBe('OpenAI');
  });

  it('has the amount and the valuation, in dollars', () => {
    expect(a.amount).toMatchObject({ value: 40_000_000_000, currency: 'USD' });
    // "portant sa valorisation à 300 milliards": the bare number takes the dollars of its sentence.
    expect(a.valuation).toMatchObject({ value: 300_000_000_000, currency: 'USD' });
    for (const m of [a.amount, a.valuation]) {
      if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('names SoftBank and Microsoft among the investors, and no lead', () => {
    expect(a.investors).toEqual(expect.arrayContaining(['SoftBank', 'Microsoft']));
    expect(a.investors).not.toContain('OpenAI');
    expect(a.leadInvestor).toBeNull();
  });

  it('finds the 500 million weekly users as a users figure', () => {
    const users = a.figures.find((f) => f.kind === 'users');
    expect(users).toMatchObject({ value: 500_000_000 });
    expect(users && text.slice(users.start, users.end)).toContain('500 millions');
  });

  it('finds the two explicit questions and the implicit one, with their themes', () => {
    const europe = a.questions.find((q) => q.text.includes('rattraper son retard'));
    expect(europe).toMatchObject({ kind: 'explicit' });
    expect(europe?.themes).toContain('europe-catch-up');
    const ethics = a.questions.find((q) => q.text.includes('éthique et souveraine'));
    expect(ethics).toMatchObject({ kind: 'explicit' });
    expect(ethics?.themes).toEqual(expect.arrayContaining(['ethics', 'sovereignty']));
    const independence = a.questions.find((q) => q.text.includes('indépendance stratégique'));
    expect(independence).toMatchObject({ kind: 'implicit' });
    expect(independence?.themes).toContain('sovereignty');
    for (const q of a.questions) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('carries the question themes at article level', () => {
    expect(a.themes).toEqual(expect.arrayContaining(['europe-catch-up', 'ethics', 'sovereignty']));
  });

  it('ties every figure to its sentence', () => {
    for (const f of a.figures) {
      const s = a.sentences[f.sentence];
      expect(s && s.start <= f.start && f.end <= s.end).toBe(true);
    }
  });
});
