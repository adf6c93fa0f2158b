import { describe, expect, it } from 'vitest';
import { watchRegexes } from '../../../scripts/bench/regex-costs';

describe('watchRegexes', () => {
  it('counts every use of each regex, through test, replace and match too', () => {
    const stop = watchRegexes();
    const amount = /(\d+) (milliards|millions) d['’]euros/u;
    const sentence = 'Mistral AI lève 2 milliards d’euros.';
    amount.test(sentence);
    amount.exec(sentence);
    sentence.match(amount);
    'a b  c'.replace(/\s+/g, ' ');
    const costs = stop();
    const forAmount = costs.find((c) => c.source === amount.source);
    expect(forAmount).toMatchObject({ flags: 'u', length: amount.source.length, calls: 3 });
    expect(forAmount?.totalMs).toBeGreaterThanOrEqual(forAmount?.firstMs ?? Number.NaN);
    expect(costs.find((c) => c.source === '\\s+')?.flags).toBe('g');
  });

  it('puts the prototype back when stopped', () => {
    const exec = RegExp.prototype.exec;
    const stop = watchRegexes();
    expect(RegExp.prototype.exec).not.toBe(exec);
    stop();
    expect(RegExp.prototype.exec).toBe(exec);
  });

  it('sorts by the cost of the first use (what a cold start pays)', () => {
    const stop = watchRegexes();
    /x/.test('x');
    const big = new RegExp(Array.from({ length: 400 }, (_, i) => `mot${i}ée`).join('|'), 'iu');
    for (let i = 0; i < 20; i++) big.test(`un texte sans aucun des mots ${i}`.repeat(20));
    const costs = stop();
    expect(costs[0]?.source).toBe(big.source.slice(0, costs[0]?.source.length));
    for (let i = 1; i < costs.length; i++) expect(costs[i - 1]?.firstMs).toBeGreaterThanOrEqual(costs[i]?.firstMs ?? 0);
  });
});
