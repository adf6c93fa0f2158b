// Recall of explicit questions where articles hide them: in a headline given apart from the text, after
// an indirect lead, inside nested quotes at a paragraph's end, in a subhead the page broke in two. Plus
// the statements and page furniture that must stay silent, and what consumers do with a title question.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionList } from '../../../components/QuestionList';
import { analyzeArticle } from '../../../core/analyze-article';
import { buildPolls } from '../../../core/build-polls';
import { findQuestions } from '../../../core/find-questions';
import { splitSentences } from '../../../core/split-sentences';
import type { Lang, Question } from '../../../core/types';

function questionsOf(text: string, lang: Lang): Question[] {
  const questions = findQuestions(text, splitSentences(text, lang), lang);
  for (const q of questions) expect(text.slice(q.start, q.end)).toBe(q.text);
  return questions;
}

const BODY: Record<Lang, string> = {
  en: 'The Paris-based lab said on Tuesday it had closed a €600m round led by General Catalyst. The money will pay for chips and for a new office in Munich.',
  fr: 'Le laboratoire parisien a annoncé mardi une levée de 600 millions d’euros menée par General Catalyst. L’argent financera des puces et un bureau à Munich.',
  de: 'Das Pariser Labor hat am Dienstag eine Finanzierungsrunde über 600 Millionen Euro abgeschlossen, angeführt von General Catalyst. Das Geld fließt in Chips und ein Büro in München.',
  es: 'El laboratorio parisino anunció el martes una ronda de 600 millones de euros liderada por General Catalyst. El dinero pagará chips y una oficina en Múnich.',
  it: 'Il laboratorio parigino ha annunciato martedì un round da 600 milioni di euro guidato da General Catalyst. I fondi pagheranno chip e un nuovo ufficio a Monaco.',
};

const HEADLINES: [Lang, string, string][] = [
  ['en', 'Is €600m enough to keep Europe’s best AI lab independent?', 'Is €600m enough to keep Europe’s best AI lab independent?'],
  ['fr', 'Souveraineté numérique : la France a-t-elle les moyens de ses ambitions ?', 'Souveraineté numérique : la France a-t-elle les moyens de ses ambitions ?'],
  ['de', 'Kann ein Heidelberger Start-up gegen Google bestehen?', 'Kann ein Heidelberger Start-up gegen Google bestehen?'],
  // Spanish marks where its question starts: the ¿ wins over the headline's topic.
  ['es', 'Inversión en IA: ¿llega España tarde a la carrera europea?', '¿llega España tarde a la carrera europea?'],
  ['it', 'Seicento milioni a Parigi: e l’Italia resta a guardare?', 'Seicento milioni a Parigi: e l’Italia resta a guardare?'],
];

describe('headline questions given apart from the text', () => {
  it.each(HEADLINES)('%s: reports the whole headline question, flagged inTitle, with offsets into the title', (lang, title, expected) => {
    const a = analyzeArticle({ text: BODY[lang], title });
    const inTitle = a.questions.filter((q) => q.inTitle);
    expect(inTitle.map((q) => q.text)).toEqual([expected]);
    const [q] = inTitle;
    expect(q && title.slice(q.start, q.end)).toBe(expected);
    expect(q?.kind).toBe('explicit');
    expect(q?.sentence).toBe(-1);
    // Body questions keep pointing into the text.
    for (const b of a.questions.filter((x) => !x.inTitle)) expect(BODY[lang].slice(b.start, b.end)).toBe(b.text);
  });

  it('adds nothing for a headline without a question mark, nor for one already inside the text', () => {
    expect(analyzeArticle({ text: BODY.fr, title: 'Mistral lève 600 millions d’euros auprès de General Catalyst' }).questions).toEqual([]);
    const title = 'Can Europe keep its AI champions at home?';
    const inside = analyzeArticle({ text: `${title}\n${BODY.en}`, title });
    expect(inside.questions.map((q) => [q.text, q.inTitle])).toEqual([[title, undefined]]);
    const repeated = analyzeArticle({ text: `${BODY.en}\n${title}`, title });
    expect(repeated.questions.map((q) => [q.text, q.inTitle])).toEqual([[title, undefined]]);
  });

  it('skips furniture in a title and keeps a colon topic inside headlines only', () => {
    expect(analyzeArticle({ text: BODY.fr, title: 'Vous avez aimé cet article ?' }).questions).toEqual([]);
    // In the body, a long clause after the colon is the question proper.
    const body = 'Une autre interrogation s’impose : les start-up européennes peuvent-elles garder leur indépendance ?';
    expect(questionsOf(body, 'fr').map((q) => q.text)).toEqual(['les start-up européennes peuvent-elles garder leur indépendance ?']);
  });
});

describe('title questions in the consumers', () => {
  afterEach(cleanup);
  const title = 'Can Europe keep its AI champions at home?';
  const text = `${BODY.en}\nWho will pay for the chips when the subsidies run out?`;

  it('buildPolls gives no poll to a title question (its offsets are not into the text)', () => {
    const a = analyzeArticle({ text, title });
    expect(a.questions.map((q) => Boolean(q.inTitle))).toEqual([true, false]);
    const polls = buildPolls(a, 'https://example.org/a', text);
    expect(polls.map((p) => p.questionIndex)).toEqual([1]);
    for (const p of polls) expect(text.slice(p.span.start, p.span.end)).toBe(p.question);
  });

  it('QuestionList shows a title question without a "go to" button', () => {
    const a = analyzeArticle({ text, title });
    const onShow = vi.fn();
    render(<QuestionList questions={a.questions} polls={[]} onShowQuestion={onShow} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText(title)).toBeTruthy();
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });
});

/** [lang, sentence, quote the found question must contain]. */
const FOUND: [Lang, string, string][] = [
  // Indirect leads (reported as implicit questions).
  ['en', 'The real question is whether European buyers will pay more for a model trained at home.', 'The real question is whether'],
  ['en', 'The question for regulators is whether one cloud provider should host half of the continent’s models.', 'The question for regulators is whether'],
  ['en', 'The round also leaves open the question of whether the founders still control the board.', 'leaves open the question of whether'],
  ['fr', 'La vraie question, c’est de savoir si les hôpitaux accepteront de confier leurs données à une start-up.', 'La vraie question, c’est de savoir si'],
  ['fr', 'Reste à voir ce que l’État fera des participations qu’il vient de prendre.', 'Reste à voir ce que'],
  ['de', 'Ob sich das Geld je auszahlt – das ist die Frage, die in Berlin niemand beantworten will.', 'Ob sich das Geld je auszahlt'],
  ['de', 'Wie viel davon wirklich neues Geld ist, bleibt bislang völlig offen.', 'Wie viel davon wirklich neues Geld ist'],
  ['de', 'Ob der Plan aufgeht, wird sich erst in zwei Jahren zeigen.', 'Ob der Plan aufgeht'],
  ['es', 'La pregunta de fondo es si los ayuntamientos podrán pagar la factura eléctrica de estos centros.', 'La pregunta de fondo es si'],
  ['es', 'Queda por ver, además, si los fondos llegarán a las universidades.', 'Queda por ver, además, si'],
  ['it', 'Il vero interrogativo è se le imprese italiane sapranno usare questi modelli.', 'Il vero interrogativo è se'],
  ['it', 'Il punto è capire se le banche continueranno a finanziare i data center.', 'Il punto è capire se'],
  // Questions in nested quotes at the end of a paragraph.
  ['en', '"What every board asks me is: \'Will the software replace our analysts?\'', 'Will the software replace our analysts?'],
  ['fr', '« La seule chose que les clients demandent, c’est : “Qui possède les données ?”', 'Qui possède les données ?'],
  ['de', '„Die Frage aller Kunden lautet: ‚Wer haftet, wenn das Modell irrt?‘', 'Wer haftet, wenn das Modell irrt?'],
  ['es', '«Todos los inversores me preguntan lo mismo: ¿cuándo será rentable la empresa?', '¿cuándo será rentable la empresa?'],
  ['it', '«Ai clienti interessa soltanto una cosa: chi controlla davvero i dati sanitari?', 'chi controlla davvero i dati sanitari?'],
  ['en', "'Who will audit the models we buy?' asked one hospital manager.", 'Who will audit the models we buy?'],
  // A short clause after a colon leans on what the colon introduced: the whole sentence is the question.
  ['fr', 'Reste le sujet de l’eau : qui refroidira ces serveurs ?', 'Reste le sujet de l’eau : qui refroidira ces serveurs ?'],
  // A subhead broken by a line break.
  ['en', 'The company will double its staff.\nCan a French lab\nstill say no to Microsoft?\nIts founders think so.', 'Can a French lab\nstill say no to Microsoft?'],
  ['it', 'La società raddoppierà il personale.\nL’Europa riuscirà\na trattenere i suoi talenti?\nI fondatori ne sono convinti.', 'L’Europa riuscirà\na trattenere i suoi talenti?'],
];

describe('explicit and indirect questions in the body', () => {
  it.each(FOUND)('%s: %s', (lang, text, quote) => {
    const found = questionsOf(text, lang);
    expect(found.some((q) => q.text.includes(quote))).toBe(true);
  });
});

const SILENT: [Lang, string][] = [
  ['en', 'The question of chip exports was settled at the summit last year.'],
  ['en', 'She answered every question the committee put to her about the funding.'],
  ['en', 'Whether or not the deal closes, the company will keep its Paris office.'],
  ['fr', 'La question des puces a été réglée au sommet de l’an dernier.'],
  ['fr', 'Le ministre a répondu à une question sur le financement du plan.'],
  ['de', 'Die Frage der Chipexporte wurde schon im vergangenen Jahr geklärt.'],
  ['de', 'Ob mit oder ohne Partner: Das Unternehmen baut sein Rechenzentrum in Hessen.'],
  ['es', 'La pregunta sobre los chips quedó resuelta en la cumbre del año pasado.'],
  ['it', 'La domanda di chip è cresciuta del 40 per cento nell’ultimo trimestre.'],
  ['it', 'La questione dei finanziamenti è stata chiusa con il decreto di marzo.'],
  // Furniture, also when it is the title.
  ['fr', 'Vous avez aimé cet article ?'],
  ['en', 'Already a subscriber?'],
  // A line without end punctuation above a question that starts with a capital stays apart.
  ['en', 'Funding news'],
];

describe('must not match', () => {
  it.each(SILENT)('%s: %s', (lang, text) => {
    expect(questionsOf(text, lang)).toEqual([]);
  });

  it('drops a single opening quote around a question, keeps apostrophes inside it', () => {
    expect(questionsOf("'Who will audit the models we buy?' asked one manager.", 'en').map((q) => q.text)).toEqual(['Who will audit the models we buy?']);
    expect(questionsOf('Can Europe’s labs still compete with America’s?', 'en').map((q) => q.text)).toEqual(['Can Europe’s labs still compete with America’s?']);
  });

  it('keeps a kicker line apart from a capitalised question below it', () => {
    const text = 'Funding news\nCan Europe still catch up with the United States?';
    expect(questionsOf(text, 'en').map((q) => q.text)).toEqual(['Can Europe still catch up with the United States?']);
  });

  it('does not report furniture given as a separate title', () => {
    expect(analyzeArticle({ text: BODY.en, title: 'Already a subscriber?' }).questions).toEqual([]);
  });
});
