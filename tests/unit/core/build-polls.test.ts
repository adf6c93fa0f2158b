import { describe, expect, it } from 'vitest';
import { articlePollId, buildPolls, isOpenQuestion, normaliseQuestion } from '../../../core/build-polls';
import { hashText } from '../../../core/hash-text';
import { THEME_POLLS } from '../../../data/polls';
import { makeAnalysis } from '../components/fixtures/make-analysis';
import { MISTRAL_URL, mistralArticle, OPENAI_URL, openAiArticle } from '../components/fixtures/articles';

describe('hashText', () => {
  it('is FNV-1a 64 over UTF-8 (published test vectors)', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
    expect(hashText('foobar')).toBe('85944171f73967e8');
  });

  it('hashes non-ASCII text by its UTF-8 bytes and tells close strings apart', () => {
    expect(hashText('é')).toBe(hashText('\u00e9'));
    expect(hashText('é')).not.toBe(hashText('e\u0301'));
    expect(hashText('L’Europe')).not.toBe(hashText("L'Europe"));
    expect(hashText('😀')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('buildPolls', () => {
  it('turns the first question of each theme into that theme’s poll, the rest into article polls', () => {
    const { analysis, text } = openAiArticle();
    const polls = buildPolls(analysis, OPENAI_URL, text);
    expect(polls.map((p) => [p.id.startsWith('q:') ? 'q' : p.id, p.kind, p.themeId, p.scale])).toEqual([
      ['theme:europe-catch-up', 'theme', 'europe-catch-up', 'theme'],
      ['theme:concentration', 'theme', 'concentration', 'theme'],
      ['theme:bubble', 'theme', 'bubble', 'theme'],
      // Its first theme is taken already: it becomes the open-source theme's poll.
      ['theme:open-source', 'theme', 'open-source', 'theme'],
      // No theme, an open "who" question: an importance scale, not yes/no.
      ['q', 'article', null, 'importance'],
      // A second europe-catch-up question: an article poll, still tied to its theme.
      ['q', 'article', 'europe-catch-up', 'yes-no'],
    ]);
    expect(polls[0]?.options).toBe(THEME_POLLS['europe-catch-up'].options);
    expect(polls[0]?.themeQuestion?.fr).toBe('L’Europe peut-elle encore rattraper son retard en IA ?');
    expect(polls.every((p) => p.lang === 'en')).toBe(true);
  });

  it('gives theme polls the same id in every language and outlet', () => {
    const en = buildPolls(openAiArticle().analysis, OPENAI_URL);
    const fr = buildPolls(mistralArticle().analysis, MISTRAL_URL);
    expect(fr.map((p) => p.id)).toEqual(['theme:sovereignty']);
    expect(fr[0]?.lang).toBe('fr');
    const other = makeAnalysis({
      title: 'KI-Start-up sammelt Geld ein',
      lang: 'de',
      sentences: ['Kann Europa den Rückstand noch aufholen?'],
      questions: [{ sentence: 0, themes: ['europe-catch-up'] }],
    });
    expect(buildPolls(other.analysis, 'https://zeitung.example.de/ki')[0]?.id).toBe(en[0]?.id);
  });

  it('derives article poll ids from the canonical URL and the normalised question', () => {
    const { analysis } = openAiArticle();
    const id = buildPolls(analysis, OPENAI_URL)[4]?.id;
    expect(id).toBe(articlePollId(OPENAI_URL, 'Who will pay for the electricity these data centres need?'));
    expect(id).toBe(`q:${hashText(`${OPENAI_URL}\nwho will pay for the electricity these data centres need`)}`);
    // Same question, another outlet: another poll.
    expect(buildPolls(analysis, 'https://other.example.com/openai')[4]?.id).not.toBe(id);
    // Typography does not change the id; the words do.
    expect(articlePollId(OPENAI_URL, 'Qui paiera l’électricité ?')).toBe(articlePollId(OPENAI_URL, "  qui paiera L'électricité?"));
    expect(articlePollId(OPENAI_URL, 'Qui paiera l’électricité ?')).not.toBe(articlePollId(OPENAI_URL, 'Qui paiera le gaz ?'));
  });

  it('anchors each poll with its exact text and 32 characters of context on each side', () => {
    const { analysis, text } = openAiArticle();
    const poll = buildPolls(analysis, OPENAI_URL, text)[1];
    expect(poll?.quote.exact).toBe('Is it healthy that so much money flows to a single company?');
    expect(poll?.quote.prefix).toBe(text.slice((poll?.span.start ?? 0) - 32, poll?.span.start));
    expect(poll?.quote.prefix).toHaveLength(32);
    expect(poll?.quote.suffix).toBe(' Some investors fear that the va');
    expect(text.slice(poll?.span.start, poll?.span.end)).toBe(poll?.quote.exact);
  });

  it('rebuilds the same context from the sentences when the text is not given', () => {
    const { analysis, text } = openAiArticle();
    const withText = buildPolls(analysis, OPENAI_URL, text);
    const withoutText = buildPolls(analysis, OPENAI_URL);
    expect(withoutText.map((p) => p.quote)).toEqual(withText.map((p) => p.quote));
  });

  it('uses an agreement scale for implicit questions (statements) outside any theme', () => {
    const { analysis } = makeAnalysis({
      title: 'Anthropic lève 3,5 milliards de dollars',
      lang: 'fr',
      sentences: ['Reste à savoir si ces montants seront un jour rentabilisés.'],
      questions: [{ sentence: 0, kind: 'implicit' }],
    });
    const [poll] = buildPolls(analysis, 'https://journal.example.fr/anthropic');
    expect(poll?.scale).toBe('agreement');
    expect(poll?.options.map((o) => o.id)).toEqual(['agree-strongly', 'agree', 'neutral', 'disagree', 'disagree-strongly']);
  });

  it('keeps one poll when the same question appears twice, and none for no question', () => {
    const { analysis } = makeAnalysis({
      title: 'Faut-il une IA publique ?',
      lang: 'fr',
      sentences: ['Faut-il une IA publique ?', 'Le débat est lancé.', 'Faut-il une IA publique ?'],
      questions: [{ sentence: 0 }, { sentence: 2 }],
    });
    expect(buildPolls(analysis, 'https://a.example/x')).toHaveLength(1);
    expect(buildPolls({ ...analysis, questions: [] }, 'https://a.example/x')).toEqual([]);
  });
});

describe('isOpenQuestion', () => {
  it('spots open questions in each language, after a colon or a conjunction', () => {
    expect(isOpenQuestion('Une autre question s’impose : quelle place pour une IA plus éthique ?', 'fr')).toBe(true);
    expect(isOpenQuestion('Mais comment financer tout cela ?', 'fr')).toBe(true);
    expect(isOpenQuestion('Wer soll das bezahlen?', 'de')).toBe(true);
    expect(isOpenQuestion('¿Por qué Europa llega tarde?', 'es')).toBe(true);
    expect(isOpenQuestion('Chi controllerà questi modelli?', 'it')).toBe(true);
    expect(isOpenQuestion('And how will it pay off?', 'en')).toBe(true);
  });

  it('leaves yes/no questions alone (hard negatives)', () => {
    expect(isOpenQuestion('L’Europe peut-elle encore rattraper son retard ?', 'fr')).toBe(false);
    expect(isOpenQuestion('Is this what Europe wants?', 'en')).toBe(false);
    expect(isOpenQuestion('Kann Europa aufholen, wie manche hoffen?', 'de')).toBe(false);
    expect(isOpenQuestion('¿Es una burbuja?', 'es')).toBe(false);
    expect(isOpenQuestion('Cosimo, è davvero una bolla?', 'it')).toBe(false);
    expect(isOpenQuestion('Quelqu’un paiera-t-il ?', 'fr')).toBe(false);
  });

  it('normalises questions for ids without losing their words', () => {
    expect(normaliseQuestion('  « L’Europe  peut-elle rattraper son retard ? »')).toBe("l'europe peut-elle rattraper son retard");
  });
});
