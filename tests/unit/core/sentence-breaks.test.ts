import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '../../../core/text/sentence-breaks';
import { LANGS } from '../../../core/types';
import type { Lang } from '../../../core/types';

// The reference: what splitSentences asked Intl.Segmenter before sentenceBreaks replaced it.
const segmenters = new Map(LANGS.map((lang) => [lang, new Intl.Segmenter(lang, { granularity: 'sentence' })]));
function segmenterStarts(text: string, lang: Lang, from = 0, to = text.length): number[] {
  const segmenter = segmenters.get(lang) as Intl.Segmenter;
  return [...segmenter.segment(text.slice(from, to))].map(({ index }) => from + index);
}

function ruleStarts(text: string, from = 0, to = text.length): number[] | null {
  const out: number[] = [];
  return sentenceBreaks(text, from, to, out) ? out : null;
}

// Pieces of news prose, with what trips sentence splitters: abbreviations, initials, ordinals, decimal
// and thousands separators, quotes of every language, no-break spaces before "?", ellipses, dashes.
const ATOMS = [
  'OpenAI',
  'lève',
  'milliards',
  'Überraschung',
  'z.',
  'B.',
  'M.',
  'U.S.',
  'J.-P.',
  'Dr.',
  '3.',
  '1,5',
  '2.000',
  '40',
  'n°',
  'año',
  'perché',
  'ÉTATS',
  'été',
  'ß',
  '€',
  '$',
  '%',
  '.',
  '...',
  '…',
  '?',
  '!',
  '?!',
  ',',
  ';',
  ':',
  '-',
  '–',
  '—',
  '(',
  ')',
  '[',
  ']',
  '«',
  '»',
  '“',
  '”',
  '„',
  '‘',
  '’',
  '"',
  "'",
  '‹',
  '›',
  '¿',
  '¡',
  '•',
  '/',
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\u202f',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u0085',
  '\v',
];
const articleLike = fc.array(fc.constantFrom(...ATOMS), { maxLength: 60 }).map((atoms) => atoms.join(''));

describe('sentenceBreaks', () => {
  it('breaks where Intl.Segmenter breaks, on random article-like text in every language', () => {
    fc.assert(
      fc.property(articleLike, fc.constantFrom(...LANGS), (text, lang) => {
        expect(ruleStarts(text)).toEqual(segmenterStarts(text, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads only text[from, to), with offsets into the whole text', () => {
    fc.assert(
      fc.property(articleLike, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        fc.pre(to > from);
        expect(ruleStarts(text, from, to)).toEqual(segmenterStarts(text, 'de', from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl.Segmenter on every character it knows, around terminators', () => {
    const known: string[] = [];
    for (let code = 0; code < 0x2100; code++) {
      const char = String.fromCharCode(code);
      if (ruleStarts(char) !== null) known.push(char);
    }
    // Latin letters, digits, punctuation and spaces at least; the number pins the table's coverage.
    expect(known.length).toBeGreaterThan(600);
    const templates = ['Ab. X a', 'Ab? X a', 'ab.X', 'Ab.X', 'x. X', 'x.) X', 'x.X5', 'x X. a', 'x. ) X'];
    const mismatches: string[] = [];
    for (const char of known) {
      for (const template of templates) {
        for (const text of [template.replace('X', char), template.replace('x', char)]) {
          if (JSON.stringify(ruleStarts(text)) !== JSON.stringify(segmenterStarts(text, 'fr'))) mismatches.push(JSON.stringify(text));
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('splits plain prose like the segmenter, abbreviations included', () => {
    const text = 'M. Dupont a parlé. Le fonds, dit-il, pèse 3,5 Mrd. € (z. B. pour la U.S. Army)! Et après ? Rien.';
    expect(ruleStarts(text)).toEqual(segmenterStarts(text, 'fr'));
    // The repair pass (sentence-rules) glues "M." back; the raw rules break after it like Unicode does.
    expect(ruleStarts('M. Dupont a parlé.')).toEqual([0, 3]);
  });

  it('declines text with characters it has no class for, and pushes nothing', () => {
    for (const text of [
      'OpenAI 融资了。Fin.',
      'Soft\u00adhyphen. Next',
      'Cafe\u0301. Next',
      'Zero\u200bwidth. Next',
      'Emoji 🚀. Next',
      'Arabic ؟ Next',
      'Dot leader\u2024 Next',
      'Double ‼ Next',
    ]) {
      const out: number[] = [];
      expect(sentenceBreaks(text, 0, text.length, out), text).toBe(false);
      expect(out).toEqual([]);
    }
  });
});
