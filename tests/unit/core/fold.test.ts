import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWords, stripAccents } from '../../../core/text/fold';

// What stripAccents did before its ASCII shortcut, for every input: the shortcut must change nothing.
const SPECIAL: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ẞ: 'SS', '’': "'", '‘': "'", ʼ: "'", '´': "'", '`': "'", '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ' };
function reference(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒæÆßẞ’‘ʼ´`\u00a0\u202f\u2009]/g, (c) => SPECIAL[c] ?? c);
}

describe('stripAccents', () => {
  it('folds accents, ligatures, apostrophes and no-break spaces', () => {
    expect(stripAccents('Déjà l’Œuvre de Straße\u00a0?')).toBe("Deja l'OEuvre de Strasse ?");
    expect(fold('Élysée')).toBe('elysee');
    expect(foldWords('Déjà abonné ?')).toBe('deja abonne');
  });

  it('leaves plain ASCII as it is, backticks aside', () => {
    expect(stripAccents('Can Europe still catch up?')).toBe('Can Europe still catch up?');
    expect(stripAccents('the `quoted` word')).toBe("the 'quoted' word");
  });

  it('gives what the full normalisation gives, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme-ascii' }), fc.string({ unit: 'binary' }), fc.string()), (s) => {
        expect(stripAccents(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});
