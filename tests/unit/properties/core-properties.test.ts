import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../core/analyze-article';
import { detectLanguage, isSupportedLang, languageScores } from '../../../core/detect-language';
import { findQuantities } from '../../../core/find-quantities';
import { findQuestions } from '../../../core/find-questions';
import { quickCheck } from '../../../core/quick-check';
import { splitSentences } from '../../../core/split-sentences';
import { themesOf } from '../../../core/themes-of';
import { LANGS, type Lang, type Span } from '../../../core/types';

// Property-based attacks on every core entry point: whatever the page hands over — any Unicode, mixed
// scripts, malformed numbers, runs of separators — analysis never throws, returns spans inside the
// text in order, and gives the same answer twice.

const lang = fc.constantFrom<Lang>(...LANGS);

// Pieces that real and hostile text is made of: digits with every separator, currency signs and
// words, scale words in five languages, sentence punctuation, quotes, spaces of every width.
const atoms = [
  '0', '1', '7', '40', '1,7', '1.700', '300', '2.5', '000', ' ', '\u00a0', '\u202f', '\n', '\t', '.', ',', ';',
  ':', '?', '¿', '!', '«', '»', '“', '”', '„', '"', "'", '’', '(', ')', '$', '€', '£', '¥', 'US$', 'USD', 'EUR',
  'bn', 'm', 'B', 'M€', 'Md$', 'Mds€', 'Mrd.', 'Mio.', 'mld', 'milliards', 'milliard', 'millions', 'Milliarden',
  'millones', 'mil', 'miliardi', 'billion', 'million', 'de', 'dollars', 'euros', 'Euro', 'di', '%', 'pour cent',
  'Series B', 'série C', 'led by', 'mené par', 'raises', 'lève', 'valued at', 'OpenAI', 'Mistral AI', 'SoftBank',
  'AI', 'IA', 'KI', 'M.', 'Dr.', 'U.S.', 'z. B.', 'EE. UU.', 'Sig.', '3. März', 'e', 'l’', 'ß', 'İ', '🙂', '\u0301',
  '\u200b', '\ud800', 'ア', 'ع', '-', '–', '/', '…', '...',
];
const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...atoms), { maxLength: 400 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

function spansValid(spans: readonly Span[], length: number): boolean {
  let last = -1;
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end))) return false;
    if (s.start < 0 || s.end > length || s.start > s.end) return false;
    if (s.start < last) return false;
    last = s.start;
  }
  return true;
}

const RUNS = { numRuns: 300 };

describe('core never throws, keeps spans valid and is deterministic', () => {
  it('findQuantities', () => {
    fc.assert(
      fc.property(hostileText, lang, (text, l) => {
        const a = findQuantities(text, l);
        expect(spansValid(a, text.length)).toBe(true);
        for (const q of a) {
          expect(q.text).toBe(text.slice(q.start, q.end));
          expect(Number.isFinite(q.value)).toBe(true);
        }
        expect(findQuantities(text, l)).toEqual(a);
      }),
      RUNS,
    );
  });

  it('splitSentences covers the text in order without overlaps', () => {
    fc.assert(
      fc.property(hostileText, lang, (text, l) => {
        const s = splitSentences(text, l);
        expect(spansValid(s, text.length)).toBe(true);
        s.forEach((x, i) => {
          if (i > 0) expect(x.start).toBeGreaterThanOrEqual(s[i - 1]?.end ?? 0);
        });
        for (const x of s) expect(x.text).toBe(text.slice(x.start, x.end));
        expect(splitSentences(text, l)).toEqual(s);
      }),
      RUNS,
    );
  });

  it('detectLanguage, languageScores and isSupportedLang', () => {
    fc.assert(
      fc.property(hostileText, fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }), (text, declared) => {
        const l = detectLanguage(text, { declaredLangs: declared });
        expect(LANGS).toContain(l);
        expect(detectLanguage(text, { declaredLangs: declared })).toBe(l);
        for (const v of Object.values(languageScores(text))) expect(Number.isFinite(v)).toBe(true);
        expect(typeof isSupportedLang(text, { declaredLangs: declared })).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('findQuestions and themesOf', () => {
    fc.assert(
      fc.property(hostileText, lang, (text, l) => {
        const sentences = splitSentences(text, l);
        const q = findQuestions(text, sentences, l);
        expect(spansValid(q, text.length)).toBe(true);
        for (const x of q) expect(x.sentence).toBeLessThan(sentences.length);
        expect(findQuestions(text, sentences, l)).toEqual(q);
        expect(Array.isArray(themesOf(text, l))).toBe(true);
      }),
      RUNS,
    );
  });

  it('quickCheck', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.option(fc.string({ maxLength: 8 })), (title, lead, l) => {
        const a = quickCheck({ title, lead, description: lead, lang: l ?? undefined });
        expect(typeof a).toBe('boolean');
        expect(quickCheck({ title, lead, description: lead, lang: l ?? undefined })).toBe(a);
      }),
      RUNS,
    );
  });

  it('analyzeArticle returns a valid analysis for any text', () => {
    fc.assert(
      fc.property(hostileText, fc.option(hostileText), (text, title) => {
        const a = analyzeArticle({ text, title: title ?? undefined });
        expect(LANGS).toContain(a.lang);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
        expect(spansValid(a.figures, text.length)).toBe(true);
        // Questions found only in a separate title are flagged and point into that title.
        expect(spansValid(a.questions.filter((q) => !q.inTitle), text.length)).toBe(true);
        expect(spansValid(a.questions.filter((q) => q.inTitle), title?.length ?? 0)).toBe(true);
        expect(spansValid(a.sentences, text.length)).toBe(true);
        for (const f of a.figures) expect(f.sentence).toBeLessThan(a.sentences.length);
        expect(analyzeArticle({ text, title: title ?? undefined })).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('handles empty, whitespace-only and enormous input', () => {
    for (const text of ['', ' ', '\n\n\n', '?'.repeat(50_000), '1'.repeat(200_000), `${'€ '.repeat(30_000)}`]) {
      const a = analyzeArticle({ text });
      expect(a.isAiFunding).toBe(false);
      expect(spansValid(a.figures, text.length)).toBe(true);
    }
  });
});
