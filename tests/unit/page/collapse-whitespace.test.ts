import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, collapseWhitespacePlain } from '../../../page/collapse-whitespace';

describe('collapseWhitespace', () => {
  it('turns runs of ASCII whitespace into one space, trims, keeps no-break spaces inside', () => {
    expect(collapseWhitespace('\n   OpenAI lève\t\t40\u00a0milliards \r\n  de dollars \f')).toBe(
      'OpenAI lève 40\u00a0milliards de dollars',
    );
    expect(collapseWhitespace('   ')).toBe('');
  });
});

describe('collapseWhitespacePlain', () => {
  it('gives what the regex version gives on pretty-printed paragraphs', () => {
    const p = '\n            Mistral AI a bouclé\n            une levée de 1,7\u00a0milliard d’euros.\n        ';
    expect(collapseWhitespacePlain(p)).toBe('Mistral AI a bouclé une levée de 1,7\u00a0milliard d’euros.');
    expect(collapseWhitespacePlain(`a${' '.repeat(1000)}b`)).toBe('a b');
  });

  it('gives what the regex version gives, for any text', () => {
    const spaces = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\f', '\u00a0', '\u2009', 'x', 'é', '$');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(spaces).map((xs) => xs.join(''))), (s) => {
        expect(collapseWhitespacePlain(s)).toBe(collapseWhitespace(s));
      }),
      { numRuns: 2000 },
    );
  });
});
