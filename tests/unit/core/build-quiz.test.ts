import { describe, expect, it } from 'vitest';
import { buildQuiz, type QuizChoice, type QuizQuestion } from '../../../core/build-quiz';
import { bareArticle, mistralArticle, OPENAI_URL, openAiArticle } from '../components/fixtures/articles';
import { makeAnalysis } from '../components/fixtures/make-analysis';

const key = (choice: QuizChoice): string => (choice.kind === 'text' ? choice.text.toLowerCase() : `${choice.kind}:${Math.round(choice.value * 1000) / 1000}`);

function expectWellFormed(question: QuizQuestion): void {
  expect(question.choices).toHaveLength(4);
  expect(new Set(question.choices.map(key)).size).toBe(4);
  expect(question.answer).toBeGreaterThanOrEqual(0);
  expect(question.answer).toBeLessThan(4);
  for (const choice of question.choices) if (choice.kind !== 'text') expect(choice.value).toBeGreaterThan(0);
}

describe('buildQuiz', () => {
  it('asks about the amount, valuation, lead investor and users of a funding story', () => {
    const { analysis, text } = openAiArticle();
    const quiz = buildQuiz(analysis, { seed: OPENAI_URL });
    expect(quiz.map((q) => q.topic)).toEqual(['amount', 'valuation', 'lead-investor', 'users', 'previous-valuation']);
    quiz.forEach(expectWellFormed);

    const amount = quiz[0] as QuizQuestion;
    expect(amount.prompt).toEqual({ key: 'quizAmount', subs: ['OpenAI'] });
    expect(amount.choices[amount.answer]).toEqual({ kind: 'money', value: 40e9, currency: 'USD' });
    expect(text.slice(amount.source.start, amount.source.end)).toBe('$40 billion');
    expect(amount.source.sentence).toContain('OpenAI has raised $40 billion');

    const lead = quiz[2] as QuizQuestion;
    expect(lead.choices[lead.answer]).toEqual({ kind: 'text', text: 'SoftBank' });
    const wrongLeads = lead.choices.filter((_, i) => i !== lead.answer).map((c) => (c.kind === 'text' ? c.text : ''));
    expect(wrongLeads).not.toContain('OpenAI');
    // At most two wrong answers are the article's own co-investors.
    const coInvestors = ['Microsoft', 'Coatue', 'Altimeter', 'Thrive Capital'];
    expect(wrongLeads.filter((name) => coInvestors.includes(name)).length).toBeLessThanOrEqual(2);

    const users = quiz[3] as QuizQuestion;
    expect(users.choices.every((c) => c.kind === 'count')).toBe(true);
  });

  it('draws money distractors from scaled variants and the article’s other amounts, never the answer', () => {
    const { analysis } = openAiArticle();
    const values = new Set<number>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const amount = buildQuiz(analysis, { seed })[0] as QuizQuestion;
      expectWellFormed(amount);
      for (const [i, choice] of amount.choices.entries()) {
        if (i === amount.answer || choice.kind !== 'money') continue;
        expect(choice.value).not.toBe(40e9);
        values.add(choice.value);
      }
    }
    // ×0.1 or ×10, and the valuation or the previous valuation from the same article, come up.
    expect([...values].some((v) => v === 4e9 || v === 400e9)).toBe(true);
    expect([...values].some((v) => v === 300e9 || v === 157e9)).toBe(true);
  });

  it('is deterministic for a seed and varies across seeds', () => {
    const { analysis } = openAiArticle();
    expect(buildQuiz(analysis, { seed: 42 })).toEqual(buildQuiz(analysis, { seed: 42 }));
    const orders = new Set(
      ['s1', 's2', 's3', 's4', 's5', 's6'].map((seed) => (buildQuiz(analysis, { seed })[0] as QuizQuestion).answer),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('asks about the round with neighbouring round names, and a stake in percent', () => {
    const { analysis } = mistralArticle();
    const quiz = buildQuiz(analysis, { seed: 'mistral' });
    expect(quiz.map((q) => q.topic)).toEqual(['amount', 'valuation-post', 'lead-investor', 'round', 'stake']);
    quiz.forEach(expectWellFormed);
    const round = quiz.find((q) => q.topic === 'round') as QuizQuestion;
    const names = round.choices.map((c) => (c.kind === 'text' ? c.text : ''));
    expect(names[round.answer]).toBe('série C');
    expect(names.filter((n) => n !== 'série C').every((n) => /^série [A-H]$/.test(n))).toBe(true);
    const stake = quiz.find((q) => q.topic === 'stake') as QuizQuestion;
    expect(stake.choices[stake.answer]).toEqual({ kind: 'percent', value: 11 });
    expect(stake.choices.every((c) => c.kind === 'percent' && c.value > 0 && c.value < 100)).toBe(true);
  });

  it('uses the caller’s investor pool for wrong answers and never repeats the lead in another case', () => {
    const { analysis } = makeAnalysis({
      title: 'Helsing raises €600 million',
      lang: 'en',
      company: 'Helsing',
      leadInvestor: 'Prima Materia',
      sentences: ['Helsing raised €600 million in a round led by Prima Materia.'],
      figures: [{ kind: 'amount', text: '€600 million', value: 600e6, unit: 'EUR', sentence: 0 }],
      organisations: [
        { name: 'Helsing', role: 'company' },
        { name: 'Prima Materia', role: 'lead-investor' },
      ],
    });
    const pool = ['prima materia', 'Accel', 'Balderton Capital', 'Plural'];
    const lead = buildQuiz(analysis, { seed: 1, investorPool: pool }).find((q) => q.topic === 'lead-investor') as QuizQuestion;
    expectWellFormed(lead);
    expect(lead.choices.filter((c) => c.kind === 'text' && c.text.toLowerCase() === 'prima materia')).toHaveLength(1);
  });

  it('asks fewer questions when the article has fewer figures, and none without any', () => {
    expect(buildQuiz(bareArticle().analysis, { seed: 1 })).toEqual([]);
    const { analysis } = makeAnalysis({
      title: 'Une start-up lyonnaise lève 12 millions d’euros',
      lang: 'fr',
      sentences: ['La jeune pousse lyonnaise a levé 12 millions d’euros pour son assistant juridique.'],
      figures: [{ kind: 'amount', text: '12 millions d’euros', value: 12e6, unit: 'EUR', sentence: 0 }],
    });
    const quiz = buildQuiz(analysis, { seed: 'x' });
    expect(quiz).toHaveLength(1);
    expect(quiz[0]?.prompt).toEqual({ key: 'quizAmountNoCompany', subs: [] });
    expect(buildQuiz(openAiArticle().analysis, { seed: 1, max: 3 })).toHaveLength(3);
  });

  it('never asks about figures without a role, nor twice about one valuation', () => {
    const { analysis } = makeAnalysis({
      title: 'Cohere raises $500 million',
      lang: 'en',
      sentences: ['Cohere raised $500 million at a $6.8 billion valuation, a $6.8 billion post-money value, its chief said on 12 March.'],
      figures: [
        { kind: 'amount', text: '$500 million', value: 500e6, unit: 'USD', sentence: 0 },
        { kind: 'valuation', text: '$6.8 billion valuation', value: 6.8e9, unit: 'USD', sentence: 0 },
        { kind: 'valuation-post', text: '$6.8 billion post-money', value: 6.8e9, unit: 'USD', sentence: 0 },
        { kind: 'other', text: '12', value: 12, unit: '', sentence: 0 },
      ],
    });
    expect(buildQuiz(analysis, { seed: 3 }).map((q) => q.topic)).toEqual(['amount', 'valuation']);
  });
});
