import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AI_WORDS_FOR_TESTS, quickCheck } from '../../../core/quick-check';
import { articleFromHtml } from '../../../scripts/lib/article-from-input';
import { repoRoot, requireSharedDir } from '../../shared-dir';

/** What the content script can read cheaply: the headline, and the start of the body as lead. */
const LEAD_CHARS = 400;

function fixtures(): { file: string; title: string; lead: string; positive: boolean }[] {
  const root = join(repoRoot, 'tests/fixtures/articles');
  if (!existsSync(root)) return [];
  const out: { file: string; title: string; lead: string; positive: boolean }[] = [];
  for (const lang of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(root, lang.name)).filter((x) => x.endsWith('.txt'))) {
      const [title = '', ...body] = readFileSync(join(root, lang.name, f), 'utf8').split('\n');
      const expected = JSON.parse(readFileSync(join(root, lang.name, f.replace(/\.txt$/, '.json')), 'utf8')) as { isAiFunding: boolean };
      out.push({ file: `${lang.name}/${f}`, title, lead: body.join('\n').slice(0, LEAD_CHARS), positive: expected.isAiFunding });
    }
  }
  return out;
}

// [signals, expected] written for these tests, in the five languages.
const SIGNALS: [Parameters<typeof quickCheck>[0], boolean][] = [
  [{ title: 'OpenAI raises $40 billion at a $300 billion valuation' }, true],
  [{ title: 'Helsing sammelt 600 Millionen Euro ein', lead: 'Das Münchner Rüstungs-Start-up setzt auf KI.' }, true],
  [{ title: 'Mistral AI lève 1,7 milliard d’euros' }, true],
  [{ title: 'La startup Tesela IA capta 3 millones de euros' }, true],
  [{ title: 'Lessico raccoglie 850mila euro', description: 'La start-up che usa l’intelligenza artificiale per i contratti' }, true],
  [{ title: 'Quillmark’s founder on its £18m raise', lead: 'The legal AI start-up closed a Series A.' }, true],
  [{ title: 'Nvidia übernimmt KI-Start-up Run:ai' }, true],
  [{ title: 'L’État va investir 2,5 milliards dans l’IA', lang: 'fr' }, true],
  // Inflected AI terms, typographic acronyms and money written the regional way.
  [{ title: 'La namuroise Veltis boucle un tour de table de 9 millions', lead: 'Ses logiciels d’intelligence artificielle trient les colis.' }, true],
  [{ title: 'La genevoise Orbe lève CHF 4 millions', lead: 'Elle vend une solution de vision artificielle aux laboratoires.' }, true],
  [{ title: 'Le fonds québécois investit 500 M$ dans l’I. A.' }, true],
  [{ title: 'Chile destina 80.000 millones de pesos a la inteligencia artificial' }, true],
  [{ title: 'Un miliardo per l’intelligenza artificiale nelle imprese' }, true],
  [{ title: 'Zuger Start-up erhält 3 Mio. Franken', lead: 'Die Firma trainiert Modelle der künstlichen Intelligenz für Banken.' }, true],
  [{ title: 'Wiener K.\u00a0I.-Firma: Finanzierungsrunde abgeschlossen' }, true],
  [{ title: 'Montreal lab lands C$12 million for its AI chips' }, true],
  [{ title: 'Tourisme : le Valais compte 3 millions de nuitées', lead: 'Les hôtels affichent complet pour la saison.' }, false],
  [{ title: 'La inteligencia de los cuervos sorprende a los biólogos', lead: 'Un estudio sobre aves urbanas.' }, false],
  [{ title: 'Council approves budget for school repairs', lead: 'The council will spend £2m on roofs.' }, false],
  [{ title: 'OpenAI unveils a new voice for ChatGPT', lead: 'The assistant can now sing.' }, false],
  [{ title: 'Le PSG s’offre un attaquant', description: 'Le club a signé le joueur pour cinq ans.' }, false],
  [{ title: 'Wetter: Sturm über Norddeutschland', lead: 'Der Deutsche Wetterdienst warnt vor Orkanböen.' }, false],
  [{ title: 'Receta de paella valenciana', lead: 'Arroz, pollo, conejo y judía verde.' }, false],
  [{ title: 'Il Napoli vince il derby', lead: 'Tre gol nel secondo tempo.' }, false],
  [{}, false],
  [{ title: '', description: '', lead: '' }, false],
];

describe('quickCheck', () => {
  it.each(SIGNALS)('%j → %s', (signals, expected) => {
    expect(quickCheck(signals)).toBe(expected);
  });

  it('lets every AI-funding fixture through (recall first)', () => {
    const positives = fixtures().filter((f) => f.positive);
    expect(positives.length).toBeGreaterThan(0);
    const missed = positives.filter((f) => !quickCheck({ title: f.title, lead: f.lead })).map((f) => f.file);
    expect(missed).toEqual([]);
  });

  it('also lets them through on the headline and a description-length lead', () => {
    const missed = fixtures()
      .filter((f) => f.positive)
      .filter((f) => !quickCheck({ title: f.title, description: f.lead.slice(0, 160) }))
      .map((f) => f.file);
    // The headline alone may lack the AI word ("Helsing sammelt 600 Millionen Euro ein"); a short
    // description usually has it. Allow a small share of misses here, none above.
    expect(missed.length).toBeLessThanOrEqual(Math.ceil(0.05 * fixtures().filter((f) => f.positive).length));
  });

  it('rejects most of the real news pages, none of which is about AI funding', () => {
    const dir = join(requireSharedDir(), 'pages');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string }[];
    let passed = 0;
    for (const page of manifest) {
      const read = articleFromHtml(readFileSync(join(dir, page.file), 'utf8'));
      const signals = read.ok ? { title: read.source.title, lead: read.source.text.slice(0, LEAD_CHARS) } : {};
      if (quickCheck(signals)) passed++;
    }
    expect(manifest.length).toBe(26);
    // Recall comes first, so a few money-and-tech pages may pass on to the full analysis.
    expect(passed).toBeLessThanOrEqual(5);
  });

  it('rejects most hard-negative fixtures that have no AI in their headline and lead', () => {
    const negatives = fixtures().filter((f) => !f.positive);
    const passed = negatives.filter((f) => quickCheck({ title: f.title, lead: f.lead }));
    expect(passed.length).toBeLessThan(negatives.length * 0.5);
  });

  it('reads only a few hundred characters of each signal', () => {
    const far = `${'x '.repeat(2000)} OpenAI raises $40 billion`;
    expect(quickCheck({ title: 'Weather report', lead: far })).toBe(false);
  });
});

describe('the AI words’ plain texts (searched before any pattern is compiled)', () => {
  const samples = [
    'L’intelligenza artificiale, la inteligencia artificial, les intelligences artificielles, visión artificial, visione artificiale',
    'Künstliche Intelligenz, kuenstlichen Intelligenz, maschinelles Lernen, maschinellen lernen, maschinelle lernen',
    'machine-learning, deep learning, machine learning, apprentissage automatique, apprentissage profond',
    'aprendizaje automático, aprendizaje profundo, modèles de langage, modèle de langage, modelos de lenguaje',
    'modelo de lenguaje, modelli linguistici, modello linguistico, xAI, DeepL, Hugging Face, HuggingFace',
  ];
  const texts = [...samples, ...fixtures().map((f) => `${f.title}\n${f.lead}`)].map((t) => t.toLowerCase());

  it('are each contained in every match of their pattern, so searching them first hides no match', () => {
    let matches = 0;
    for (const [text, pattern] of AI_WORDS_FOR_TESTS) {
      if (!pattern) continue;
      const all = new RegExp(pattern.source, 'g');
      for (const t of texts) {
        for (const m of t.matchAll(all)) {
          matches++;
          expect(m[0].includes(text), `${pattern} matched "${m[0]}" without "${text}"`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(20);
  });

  it('are lower case and long enough to be rare on pages about anything else', () => {
    for (const [text] of AI_WORDS_FOR_TESTS) {
      expect(text).toBe(text.toLowerCase());
      expect(text.length, text).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the acronyms (case-sensitive, with a cheap look for their pieces first)', () => {
  it.each([
    ['AGI lab Nova raises $500 million', true],
    ['Le labo d’I.A. lève 20 millions d’euros', true],
    ['K.\u00a0I.-Firma sammelt 30 Mio. Euro ein', true],
    ['LLMs: start-up raises $12M', true],
    ['GPU cloud firm raises $1 billion', true],
    ['GenAI start-up bags €8M', true],
    // Lower case or inside words: not the acronyms.
    ['Said the mayor of Miami, the budget grows by $2 billion', false],
    ['SKI resort raises $40 million', false],
  ])('%s → %s', (title, expected) => {
    expect(quickCheck({ title })).toBe(expected);
  });
});

