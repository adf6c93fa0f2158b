import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../core/analyze-article';
import type { Analysis } from '../../../core/types';
import { articleFromHtml } from '../../../scripts/lib/article-from-input';
import { requireSharedDir } from '../../shared-dir';

/** Every span of the analysis points at the text it claims to cover. */
function expectConsistent(a: Analysis, text: string, title = ''): void {
  for (const f of a.figures) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(a.sentences[f.sentence]).toBeDefined();
  }
  for (const q of a.questions) expect((q.inTitle ? title : text).slice(q.start, q.end)).toBe(q.text);
  for (const m of [a.amount, a.valuation]) if (m) expect((m.inTitle ? title : text).slice(m.start, m.end)).toBe(m.text);
  for (const o of a.organisations) expect(o.start).toBeLessThan(o.end);
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  if (!a.isAiFunding) expect(a.kind).toBeNull();
}

const ARTICLE = [
  'Kestrel Robotics raises €80m to build warehouse humanoids',
  'The Munich-based start-up said on Monday that the Series B round was led by Lakestar, with participation from Balderton Capital. The deal values the company at €600m.',
  'Kestrel uses machine learning to teach its robots new tasks from a few demonstrations. It employs 140 people.',
  'Can Europe build a robotics champion before American rivals take the market?',
].join('\n');

describe('analyzeArticle', () => {
  it('assembles detection, organisations, figures, round and questions', () => {
    const a = analyzeArticle({ text: ARTICLE });
    expect(a).toMatchObject({
      lang: 'en',
      isAiFunding: true,
      kind: 'round',
      company: 'Kestrel Robotics',
      leadInvestor: 'Lakestar',
      round: 'Series B',
      amount: { value: 80e6, currency: 'EUR' },
      valuation: { value: 600e6, currency: 'EUR' },
    });
    expect(a.investors).toEqual(['Lakestar', 'Balderton Capital']);
    expect(a.questions.map((q) => q.kind)).toContain('explicit');
    expect(a.themes).toContain('europe-catch-up');
    expect(a.organisations.find((o) => o.name === 'Lakestar')).toMatchObject({ role: 'lead-investor', country: 'CH' });
    expectConsistent(a, ARTICLE);
  });

  it('gives the same facts whether the title is inside the text or given apart', () => {
    const [title = '', ...rest] = ARTICLE.split('\n');
    const body = rest.join('\n');
    const inside = analyzeArticle({ text: ARTICLE, title });
    const apart = analyzeArticle({ text: body, title });
    for (const a of [inside, apart]) {
      expect(a.title).toBe(title);
      expect(a.company).toBe('Kestrel Robotics');
      expect(a.amount?.value).toBe(80e6);
    }
    // Offsets refer to the text that was given; an amount stated only in the title says so.
    expect(inside.amount?.inTitle).toBeUndefined();
    expect(apart.amount).toMatchObject({ inTitle: true, text: '€80m' });
    expectConsistent(apart, body, title);
    expect(apart.figures.every((f) => f.start < body.length)).toBe(true);
  });

  it('uses the page hints for the language', () => {
    const a = analyzeArticle({ text: 'Kestrel Robotics 80 M€ Lakestar Balderton', hints: { declaredLangs: ['de-DE'] } });
    expect(a.lang).toBe('de');
  });

  it('is deterministic', () => {
    expect(analyzeArticle({ text: ARTICLE })).toEqual(analyzeArticle({ text: ARTICLE }));
  });

  it.each([
    ['empty', ''],
    ['spaces', '   \n\n\t  '],
    ['one word', 'OpenAI'],
    ['symbols', '$$$ €€€ %%% ??? !!! ((( ))) [[[ ]]]'],
    ['digits', '1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1.1.1.1.1.1.1 000 000 000 000 000 000'],
    ['repeated cues', 'led by led by led by Series Series Series raises raises raises of of of '.repeat(200)],
    ['capital runs', 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta '.repeat(300)],
    ['long word', 'a'.repeat(50_000)],
    ['emoji and controls', '🚀🤖💶\u0000\u0001\u200b\ufeff OpenAI 💰 $40bn 🤯'],
    ['right-to-left', 'شركة الذكاء الاصطناعي تجمع 40 مليار دولار'],
  ])('never throws on %s input and stays consistent', (_name, text) => {
    const a = analyzeArticle({ text });
    expectConsistent(a, text);
    expect(a.isAiFunding).toBe(false);
  });

  it('survives input that is not a string at all', () => {
    const a = analyzeArticle({ text: undefined as unknown as string, title: 42 as unknown as string });
    expect(a).toMatchObject({ isAiFunding: false, figures: [], sentences: [] });
  });

  it('never throws on random text and keeps every span consistent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.option(fc.string({ maxLength: 80 }), { nil: undefined }), (text, title) => {
        const a = analyzeArticle({ text, title });
        expectConsistent(a, text, title);
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });

  it('never throws on random article-like text (property)', () => {
    const word = fc.constantFrom('OpenAI', 'raises', '$40bn', 'led', 'by', 'SoftBank', 'lève', '40', 'milliards', 'de', 'dollars', 'valorisation', 'Series', 'B', '.', ',', '\n', 'KI', 'sammelt', 'Millionen', 'Euro', 'ein', '?', 'IA', 'recauda', 'raccoglie');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 120 }), (words) => {
        const text = words.join(' ');
        expectConsistent(analyzeArticle({ text }), text);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('stays silent on all 26 real news pages (read as the extension reads them)', () => {
    const dir = join(requireSharedDir(), 'pages');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string }[];
    expect(manifest).toHaveLength(26);
    const loud: string[] = [];
    for (const page of manifest) {
      const read = articleFromHtml(readFileSync(join(dir, page.file), 'utf8'));
      if (!read.ok) continue;
      const a = analyzeArticle({ text: read.source.text, title: read.source.title, hints: read.source.hints });
      expectConsistent(a, read.source.text, read.source.title);
      if (a.isAiFunding) loud.push(`${page.file} (${a.score}: ${a.reasons.join(' ')})`);
    }
    expect(loud).toEqual([]);
  });
});
