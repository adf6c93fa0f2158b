import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLatinText, LatinRegex, latinRegex, latinSource } from '../../../core/text/latin-regex';

// Every UTF-16 code unit the Latin forms are used for.
const LATIN_CODES: number[] = [];
for (let code = 0; code < 0x10000; code++) if (isLatinText(String.fromCharCode(code))) LATIN_CODES.push(code);

function members(source: string, flags: string): Set<number> {
  const re = new RegExp(`^${source}$`, flags);
  return new Set(LATIN_CODES.filter((code) => re.test(String.fromCharCode(code))));
}

describe('Latin forms of the property classes', () => {
  it('cover a realistic range of characters and nothing from other scripts', () => {
    expect(LATIN_CODES.length).toBeGreaterThan(2000);
    for (const text of ['Mistral AI lève 1,7 milliard d’euros – « une étape », dit-il…', 'Die Finanzierungsrunde über 600 Mio. € ist abgeschlossen.', '¿Podrá Europa recuperar el retraso? • 30 %', 'Łukasz Dvořák, l’œuvre, perché']) {
      expect(isLatinText(text)).toBe(true);
    }
    // Greek, Cyrillic, CJK, an emoji (surrogate pair), and U+0345 (it case-folds to a Greek letter).
    for (const text of ['Ωmega', 'Яндекс', '深度求索', 'OpenAI 🚀', 'a\u0345']) expect(isLatinText(text)).toBe(false);
  });

  for (const property of ['L', 'Lu', 'Ll', 'Lt', 'M', 'N', 'Nd']) {
    it(`\\p{${property}} holds the same Latin characters as its Latin form, one by one`, () => {
      expect(members(latinSource(`\\p{${property}}`, 'u'), 'u')).toEqual(members(`\\p{${property}}`, 'u'));
      expect(members(latinSource(`[^\\p{${property}}]`, 'u'), 'u')).toEqual(members(`[^\\p{${property}}]`, 'u'));
      expect(members(latinSource(`\\P{${property}}`, 'u'), 'u')).toEqual(members(`\\P{${property}}`, 'u'));
    });
  }

  for (const property of ['L', 'N', 'Nd']) {
    it(`\\p{${property}} stays exact under the i flag, where classes are closed over case`, () => {
      expect(members(latinSource(`\\p{${property}}`, 'iu'), 'iu')).toEqual(members(`\\p{${property}}`, 'iu'));
      expect(members(latinSource(`[^\\p{${property}}]`, 'iu'), 'iu')).toEqual(members(`[^\\p{${property}}]`, 'iu'));
    });
  }

  it('stand in for the broader properties among the letters sentence-breaks classifies', () => {
    const classified = LATIN_CODES.filter((code) => (code >= 0x41 && code <= 0x7a) || code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code <= 0x2af));
    const lower = latinRegex(/[\p{Ll}ªº]/u);
    const upper = latinRegex(/[\p{Lu}\p{Lt}]/u);
    const alphabetic = latinRegex(/\p{L}/u);
    for (const code of classified) {
      const char = String.fromCharCode(code);
      expect([lower.test(char), upper.test(char), alphabetic.test(char)]).toEqual([/\p{Lowercase}/u.test(char), /[\p{Uppercase}\p{Lt}]/u.test(char), /\p{Alphabetic}/u.test(char)]);
    }
  });
});

describe('latinSource', () => {
  it('writes a class out inside brackets and wraps it outside', () => {
    expect(latinSource('[\\p{Nd}x]', 'u')).toBe('[0-9x]');
    expect(latinSource('\\p{Nd}+', 'u')).toBe('[0-9]+');
    expect(latinSource('\\P{Nd}', 'u')).toBe('[^0-9]');
    expect(latinSource('[^\\p{Nd}]', 'u')).toBe('[^0-9]');
  });

  it('leaves escapes and literal brackets alone', () => {
    expect(latinSource('\\[\\p{Nd}\\]', 'u')).toBe('\\[[0-9]\\]');
    expect(latinSource('\\\\p{Nd}', 'u')).toBe('\\\\p{Nd}');
    expect(latinSource('(?<![\\s\\u00a0])x', 'u')).toBe('(?<![\\s\\u00a0])x');
  });

  it('has nothing to rewrite without the u flag', () => {
    expect(latinSource('\\p{L}', 'i')).toBe('\\p{L}');
  });

  it('refuses what it cannot write exactly', () => {
    expect(() => latinSource('\\p{Lu}', 'iu')).toThrow(/Latin form/);
    expect(() => latinSource('\\p{Script=Greek}', 'u')).toThrow(/Latin form/);
    expect(() => latinSource('[\\P{L}x]', 'u')).toThrow(/inside a class/);
  });
});

describe('LatinRegex', () => {
  // Shapes the core uses: cue lists between letter boundaries, place adjectives, capitalised nouns.
  const PATTERNS: Array<[string, string]> = [
    ['(?<![\\p{L}\\p{N}])(?:Investor(?:en)?|Start-up|Finanzierungsrunde)(?![\\p{L}\\p{N}])', 'giu'],
    ['(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}{3,}er)([\\s\\u00a0]+)([\\p{L}\\p{N}][\\p{L}\\p{N}.&-]*)', 'gu'],
    ['^(?:\\p{Lu}\\p{Ll}*|\\p{Ll}+)(?:-(?:\\p{Lu}\\p{Ll}*|\\p{Ll}+))*$', 'u'],
    ['[^\\p{L}\\p{N}]+', 'gu'],
    ['(?<![\\p{L}])(?:keine?|nicht|ohne)[\\s\\u00a0]+(?:[\\p{L}-]+[\\s\\u00a0]+)?$', 'iu'],
  ];

  function allMatches(re: RegExp, subject: string): string[] {
    if (!re.global) return [JSON.stringify(re.exec(subject))];
    return [...subject.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
  }

  it('finds what the Unicode regex finds, on Latin prose and on text with other scripts', () => {
    const words = ['Basler', 'Risikokapitalgeber', 'Start-up', 'investoren', 'KI-Firma', 'keine', 'große', 'Series', 'Ωmega', 'ΑΙ', 'Яндекс', 'ſ', 'K', '½', '²', 'µ', 'ǅ', 'Ÿ', 'ÿ', '\u0301', '\u0345', '😀', ' ', '\u00a0', ',', '-', '.', '3'];
    const subjects = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(subjects, (subject) => {
        for (const [source, flags] of PATTERNS) {
          expect(allMatches(latinRegex(source, flags).for(subject), subject)).toEqual(allMatches(new RegExp(source, flags), subject));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('runs the Latin form on Latin text and the Unicode form elsewhere', () => {
    const boundary = latinRegex(/(?<![\p{L}\p{N}])AI(?![\p{L}\p{N}])/u);
    expect(boundary.for('Mistral AI lève des fonds').source).not.toContain('\\p{');
    expect(boundary.for('Mistral AI lève des fonds').test('Mistral AI lève des fonds')).toBe(true);
    // A Greek letter glued to "AI" is a letter for \p{L}: no match, as with the Unicode regex alone.
    expect(boundary.for('ΩAI').source).toContain('\\p{');
    expect(boundary.test('ΩAI')).toBe(false);
    expect(boundary.test('MAIN')).toBe(false);
  });

  it('keeps one form for a source without property classes', () => {
    const plain = new LatinRegex('-(?:based|born)$', 'iu');
    expect(plain.for('Paris-based')).toBe(plain.for('Αθήνα-based'));
    expect(plain.test('Berlin-BASED')).toBe(true);
    expect(plain.test('based in Berlin')).toBe(false);
  });
});
