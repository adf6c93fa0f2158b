import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuestions } from '../../../core/find-questions';
import { splitSentences } from '../../../core/split-sentences';
import { LANGS } from '../../../core/types';
import type { Lang, Question } from '../../../core/types';
import { TEXT_LEXICONS } from '../../../data/lexicons/text/index';
import { requireSharedDir } from '../../shared-dir';

function questionsOf(text: string, lang: Lang): Question[] {
  const questions = findQuestions(text, splitSentences(text, lang), lang);
  for (const question of questions) expect(question.text).toBe(text.slice(question.start, question.end));
  return questions;
}

/** [text, the question expected in it]: exactly one explicit question, with exactly that text. */
type ExplicitCase = [text: string, question: string];

const EXPLICIT: Record<Lang, ExplicitCase[]> = {
  en: [
    ['Is this a bubble?', 'Is this a bubble?'],
    ['Can Europe still build a serious rival to OpenAI?', 'Can Europe still build a serious rival to OpenAI?'],
    ['Who will pay for the electricity these data centres need?', 'Who will pay for the electricity these data centres need?'],
    ['Asked about the offer, she replied: “Why would we sell now?” and left the room.', 'Why would we sell now?'],
    ['One investor put it bluntly: "What exactly are we paying for?" Nobody answered him.', 'What exactly are we paying for?'],
    ['The real question is now a different one: will regulators let the merger go through?', 'will regulators let the merger go through?'],
    ['Is the money well spent? asked one analyst in a note to clients.', 'Is the money well spent?'],
    ['What happens to the smaller labs if the giants keep raising tens of billions?', 'What happens to the smaller labs if the giants keep raising tens of billions?'],
    ['Will a handful of US firms control the technology?', 'Will a handful of US firms control the technology?'],
    ['How long can a company lose billions a year before its backers walk away?', 'How long can a company lose billions a year before its backers walk away?'],
    ['Mistral’s new round: can a European lab keep pace with Silicon Valley?', 'can a European lab keep pace with Silicon Valley?'],
  ],
  fr: [
    ['L’Europe peut-elle encore rattraper son retard ?', 'L’Europe peut-elle encore rattraper son retard ?'],
    ['L’Europe peut-elle encore rattraper son retard\u00a0?', 'L’Europe peut-elle encore rattraper son retard\u00a0?'],
    [
      'Une autre question s’impose désormais : quelle place possible pour une IA plus éthique et souveraine dans ce paysage ultra-concurrentiel ?',
      'quelle place possible pour une IA plus éthique et souveraine dans ce paysage ultra-concurrentiel ?',
    ],
    ['« Qui paiera l’électricité de ces centres de données ? » s’interroge un élu local.', 'Qui paiera l’électricité de ces centres de données ?'],
    ['Faut-il craindre une bulle\u202f?', 'Faut-il craindre une bulle\u202f?'],
    ['IA : la France a-t-elle les moyens de ses ambitions ?', 'la France a-t-elle les moyens de ses ambitions ?'],
    ['Pourquoi les investisseurs misent-ils autant sur une entreprise qui perd de l’argent ?', 'Pourquoi les investisseurs misent-ils autant sur une entreprise qui perd de l’argent ?'],
    ['Un dirigeant résume l’inquiétude générale : “Que restera-t-il aux acteurs européens ?”', 'Que restera-t-il aux acteurs européens ?'],
    ['Et si la course aux milliards profitait surtout aux fabricants de puces ?', 'Et si la course aux milliards profitait surtout aux fabricants de puces ?'],
    ['Les géants américains vont-ils tout rafler ?', 'Les géants américains vont-ils tout rafler ?'],
    ['Qui contrôlera demain les modèles les plus puissants ?', 'Qui contrôlera demain les modèles les plus puissants ?'],
  ],
  de: [
    ['Kann Europa bei der KI noch aufholen?', 'Kann Europa bei der KI noch aufholen?'],
    ['Wer zahlt am Ende für den Strom der neuen Rechenzentren?', 'Wer zahlt am Ende für den Strom der neuen Rechenzentren?'],
    ['„Wie lange kann das noch gutgehen?“, fragt ein Analyst in seiner Studie.', 'Wie lange kann das noch gutgehen?'],
    ['Ein Manager bringt es auf den Punkt: »Wer soll das alles bezahlen?«', 'Wer soll das alles bezahlen?'],
    ['Damit stellt sich eine neue Frage: Ist das eine Blase, die bald platzt?', 'Ist das eine Blase, die bald platzt?'],
    ['Ist das der Beginn einer gefährlichen Blase?', 'Ist das der Beginn einer gefährlichen Blase?'],
    ['Braucht Deutschland eine eigene Cloud für Behörden?', 'Braucht Deutschland eine eigene Cloud für Behörden?'],
    ['Warum investieren Pensionsfonds in Firmen ohne Gewinn?', 'Warum investieren Pensionsfonds in Firmen ohne Gewinn?'],
    ['Milliarden für OpenAI: Hat Europa den Anschluss verloren?', 'Hat Europa den Anschluss verloren?'],
    ['Was bedeutet das für die Beschäftigten in den Callcentern?', 'Was bedeutet das für die Beschäftigten in den Callcentern?'],
    ['Werden die Regeln des AI Act die Start-ups ausbremsen?', 'Werden die Regeln des AI Act die Start-ups ausbremsen?'],
  ],
  es: [
    ['¿Puede Europa alcanzar todavía a Estados Unidos?', '¿Puede Europa alcanzar todavía a Estados Unidos?'],
    ['¿Quién pagará la electricidad que necesitan estos centros de datos?', '¿Quién pagará la electricidad que necesitan estos centros de datos?'],
    ['¿Es esto una burbuja?, se pregunta un gestor de fondos en su carta a los inversores.', '¿Es esto una burbuja?'],
    ['Si Europa no invierte ahora, ¿quién lo hará por ella?', 'Si Europa no invierte ahora, ¿quién lo hará por ella?'],
    ['La pregunta que se hacen todos es otra: ¿podrá la empresa ganar dinero algún día?', '¿podrá la empresa ganar dinero algún día?'],
    ['«¿Qué quedará para las empresas europeas?», lamentó un directivo.', '¿Qué quedará para las empresas europeas?'],
    ['¿Está la inteligencia artificial sobrevalorada?', '¿Está la inteligencia artificial sobrevalorada?'],
    ['¿Cuántos empleos se perderán con la automatización?', '¿Cuántos empleos se perderán con la automatización?'],
    ['¿Debe el Estado financiar su propio modelo de lenguaje?', '¿Debe el Estado financiar su propio modelo de lenguaje?'],
    ['OpenAI, 40.000 millones: ¿hasta dónde llegará la burbuja?', '¿hasta dónde llegará la burbuja?'],
    ['¿Quién controlará los modelos más potentes dentro de diez años?', '¿Quién controlará los modelos más potentes dentro de diez años?'],
  ],
  it: [
    ['L’Europa può ancora recuperare il ritardo?', 'L’Europa può ancora recuperare il ritardo?'],
    ['Chi pagherà l’elettricità di questi nuovi data center?', 'Chi pagherà l’elettricità di questi nuovi data center?'],
    ['«Quanto può durare questa corsa?», si chiede un gestore.', 'Quanto può durare questa corsa?'],
    ['Resta un dubbio di fondo: i ricavi arriveranno prima che finiscano i soldi?', 'i ricavi arriveranno prima che finiscano i soldi?'],
    ['È una bolla destinata a scoppiare?', 'È una bolla destinata a scoppiare?'],
    ['Quanti posti di lavoro saranno sostituiti dall’automazione?', 'Quanti posti di lavoro saranno sostituiti dall’automazione?'],
    ['Serve davvero una legge europea così severa?', 'Serve davvero una legge europea così severa?'],
    ['OpenAI vale 300 miliardi: l’Europa ha già perso la corsa?', 'l’Europa ha già perso la corsa?'],
    ['Perché i fondi pensione investono in aziende che perdono miliardi?', 'Perché i fondi pensione investono in aziende che perdono miliardi?'],
    ['Chi controllerà i modelli più potenti tra dieci anni?', 'Chi controllerà i modelli più potenti tra dieci anni?'],
    ['Siamo davvero in una bolla? si chiedono in molti a Piazza Affari.', 'Siamo davvero in una bolla?'],
  ],
};

/** Sentences that hold an implicit question: reported as one, over the whole sentence. */
const IMPLICIT: Record<Lang, string[]> = {
  en: [
    'The question is whether the company can ever earn enough to justify that price.',
    'It remains to be seen whether European governments will follow with money of their own.',
    'The deal raises the question of who really controls the most powerful models.',
    'Whether the investment will pay off remains an open question.',
    'The big unknown is how much electricity the new campus will draw from the grid.',
    'It is unclear whether the regulator will approve the acquisition.',
    'No one knows yet whether the start-up can keep its lead.',
    'Whether Europe can keep up remains unclear.',
  ],
  fr: [
    'Cela pose la question de l’indépendance stratégique dans des secteurs aussi sensibles que l’IA générative.',
    'Reste à savoir si les fonds européens suivront le mouvement.',
    'La question de la rentabilité de ces investissements se pose déjà.',
    'On peut se demander si une telle concentration de moyens est souhaitable.',
    'Toute la question est de savoir qui paiera la facture énergétique.',
    'Cette opération soulève la question de la dépendance aux fournisseurs américains.',
    'Nul ne sait encore si ces modèles seront un jour rentables.',
  ],
  de: [
    'Es bleibt die Frage, ob sich diese Investitionen jemals rechnen werden.',
    'Offen bleibt, ob die EU-Kommission den Zusammenschluss genehmigt.',
    'Damit stellt sich die Frage nach der technologischen Souveränität Europas.',
    'Fraglich ist, ob die Stromnetze für diesen Bedarf ausgelegt sind.',
    'Die entscheidende Frage ist, wer am Ende die Kontrolle über die Modelle behält.',
    'Ob sich das Geschäftsmodell trägt, ist noch völlig offen.',
    'Bleibt abzuwarten, ob die Kunden dafür zahlen.',
  ],
  es: [
    'Queda por ver si los fondos europeos seguirán el mismo camino.',
    'La pregunta es si la empresa podrá ganar dinero algún día.',
    'Cabe preguntarse si tanta concentración de poder es saludable.',
    'La operación plantea la cuestión de la dependencia tecnológica de Europa.',
    'No está claro cómo se financiará la red eléctrica necesaria.',
    'La gran incógnita es cuánto tardarán en llegar los beneficios.',
    'Está por ver si Bruselas aprobará la compra.',
  ],
  it: [
    'Resta da vedere se i fondi europei seguiranno l’esempio.',
    'La domanda è se l’azienda riuscirà mai a fare utili.',
    'Ci si chiede se una tale concentrazione di potere sia sana.',
    'Si pone la questione della dipendenza tecnologica dagli Stati Uniti.',
    'Non è chiaro come verrà finanziata la nuova rete elettrica.',
    'La grande incognita è quanto tempo servirà per vedere i ricavi.',
    'L’operazione solleva la questione del controllo sui dati.',
  ],
};

/** Statements (many with "question" in them), page furniture and non-questions: nothing to report. */
const NOT_QUESTIONS: Record<Lang, string[]> = {
  en: [
    'The question of funding was settled in a single meeting last week.',
    'He dodged the question and moved on to the next topic.',
    'The company in question has not commented.',
    'Without question, it is the largest round ever raised by a European start-up.',
    'The question was answered in detail by the chief financial officer.',
    'Want to read more?',
    'Already a subscriber?',
    'Read the full report at https://example.com/report?id=42 before the vote.',
    'Why?',
    'The board questioned the valuation before approving the round.',
    'Analysts asked whether the company would raise again, and the answer was no.',
    'It is clear that most of the money will be spent in the U.S.',
  ],
  fr: [
    'La question a été tranchée par le conseil d’administration.',
    'La question du financement a été réglée en quelques semaines.',
    'Le journaliste a posé la question du calendrier au ministre.',
    'Il n’est pas question de céder la moindre part du capital.',
    'Vous avez aimé cet article ?',
    'Déjà abonné ?',
    'Mot de passe oublié ?',
    'Pourquoi ?',
    'Les questions de souveraineté sont au cœur du plan présenté lundi.',
    'Le ministre a répondu aux questions des députés pendant deux heures.',
    'Cette question sera abordée lors du prochain sommet européen.',
  ],
  de: [
    'Die Frage der Finanzierung wurde in der Sitzung geklärt.',
    'Eine Übernahme kommt für das Unternehmen nicht in Frage.',
    'Ohne Frage ist das die größte Finanzierungsrunde des Jahres.',
    'Auf die Frage, ob er zurücktrete, antwortete er mit Nein.',
    'Schon registriert?',
    'Mehr zum Thema?',
    'Passwort vergessen?',
    'Die Fragen der Abgeordneten beantwortete der Minister ausführlich.',
    'Das ist nur eine Frage der Zeit.',
    'Es ist klar, dass die Rechenzentren mehr Strom brauchen werden.',
    'Warum?',
  ],
  es: [
    'La cuestión quedó resuelta en la reunión del consejo.',
    'La empresa en cuestión no ha hecho comentarios.',
    'El ministro respondió a la pregunta sobre el calendario.',
    '¿Ya eres suscriptor?',
    '¿Te ha gustado este artículo?',
    '¿Por qué?',
    'Sin duda, es la mayor ronda de la historia de una empresa española.',
    'Es cuestión de tiempo que otros fondos entren en el capital.',
    'La pregunta del periodista se respondió con cifras.',
    'Ha planteado la cuestión de la financiación ante el comité.',
    'Los inversores preguntaron por los márgenes y la empresa respondió.',
  ],
  it: [
    'La questione è stata risolta in consiglio di amministrazione.',
    'L’azienda in questione non ha rilasciato commenti.',
    'Il ministro ha risposto alle domande dei giornalisti.',
    'Sei già abbonato?',
    'Ti è piaciuto questo articolo?',
    'Perché?',
    'Senza dubbio è il round più grande mai chiuso in Italia.',
    'È solo una questione di tempo prima che arrivino altri investitori.',
    'La domanda di chip continua a crescere in tutto il mondo.',
    'Ha posto la questione al consiglio di amministrazione.',
    'Il tema dei costi è stato affrontato ieri.',
  ],
};

describe('findQuestions: the seed article', () => {
  const text = readFileSync(join(requireSharedDir(), 'seed', 'article-fr.txt'), 'utf8');
  const questions = questionsOf(text, 'fr');

  it('finds the two explicit questions and the implicit one, and nothing else', () => {
    expect(questions.map((question) => [question.kind, question.text])).toEqual([
      ['implicit', 'Cela pose la question de l’indépendance stratégique dans des secteurs aussi sensibles que l’IA générative.'],
      ['explicit', 'L’Europe peut-elle encore rattraper son retard ?'],
      ['explicit', 'quelle place possible pour une IA plus éthique et souveraine dans ce paysage ultra-concurrentiel ?'],
    ]);
  });

  it('gives each question its debate themes', () => {
    const [independence, catchUp, ethical] = questions;
    expect(independence?.themes).toContain('sovereignty');
    expect(catchUp?.themes).toEqual(['europe-catch-up']);
    expect(ethical?.themes).toContain('ethics');
    expect(ethical?.themes).toContain('sovereignty');
  });

  it('points each question at its sentence', () => {
    const sentences = splitSentences(text, 'fr');
    for (const question of questions) {
      const sentence = sentences[question.sentence];
      expect(sentence).toBeDefined();
      expect(question.start).toBeGreaterThanOrEqual(sentence?.start ?? Number.NaN);
      expect(question.end).toBeLessThanOrEqual(sentence?.end ?? Number.NaN);
    }
    // The after-colon question is the tail of a longer sentence.
    const last = questions[2];
    expect(last && sentences[last.sentence]?.text.startsWith('Une autre question s’impose désormais')).toBe(true);
  });
});

describe('findQuestions: explicit questions', () => {
  for (const lang of LANGS) {
    it(`${lang} has at least 10 cases`, () => expect(EXPLICIT[lang].length).toBeGreaterThanOrEqual(10));
    for (const [text, expected] of EXPLICIT[lang]) {
      it(`${lang}: ${text}`, () => {
        const questions = questionsOf(text, lang);
        expect(questions.map((question) => [question.kind, question.text])).toEqual([['explicit', expected]]);
      });
    }
  }
});

describe('findQuestions: implicit questions', () => {
  for (const lang of LANGS) {
    it(`${lang} has at least 6 cases`, () => expect(IMPLICIT[lang].length).toBeGreaterThanOrEqual(6));
    for (const text of IMPLICIT[lang]) {
      it(`${lang}: ${text}`, () => {
        const questions = questionsOf(text, lang);
        expect(questions).toEqual([
          expect.objectContaining({ kind: 'implicit', text, start: 0, end: text.length, sentence: 0 }),
        ]);
      });
    }
  }
});

describe('findQuestions: statements, furniture and other non-questions', () => {
  for (const lang of LANGS) {
    it(`${lang} has at least 10 cases`, () => expect(NOT_QUESTIONS[lang].length).toBeGreaterThanOrEqual(10));
    for (const text of NOT_QUESTIONS[lang]) {
      it(`${lang}: ${text}`, () => {
        expect(questionsOf(text, lang)).toEqual([]);
      });
    }
  }
});

describe('findQuestions: spans, order and themes in a longer text', () => {
  const text = [
    'Le pari à 40 milliards',
    'OpenAI a levé une somme record. « Qui paiera l’électricité de ces centres de données ? » demande un élu, tandis qu’un autre s’inquiète : « Les emplois de demain seront-ils européens ? »',
    'Reste à savoir si les régulateurs laisseront faire.',
    'Vous avez aimé cet article ?',
  ].join('\n');
  const questions = questionsOf(text, 'fr');

  it('reports every quoted question of one sentence, in order', () => {
    expect(questions.map((question) => question.text)).toEqual([
      'Qui paiera l’électricité de ces centres de données ?',
      'Les emplois de demain seront-ils européens ?',
      'Reste à savoir si les régulateurs laisseront faire.',
    ]);
    expect(questions.map((question) => question.sentence)).toEqual([2, 2, 3]);
    expect(questions[0]?.start).toBeLessThan(questions[1]?.start ?? 0);
  });

  it('maps each question to its own themes', () => {
    expect(questions[0]?.themes).toEqual(['compute-energy']);
    expect(questions[1]?.themes).toContain('jobs');
    expect(questions[2]?.themes).toContain('regulation');
  });

  it('reads a question headline as a question', () => {
    const article = 'L’Europe a-t-elle déjà perdu la bataille de l’IA ?\nLe continent investit dix fois moins que les États-Unis.';
    expect(questionsOf(article, 'fr').map((question) => question.text)).toEqual([
      'L’Europe a-t-elle déjà perdu la bataille de l’IA ?',
    ]);
  });

  it('reads a question in brackets inside a statement', () => {
    const sentence = 'The lab (is it still really European?) closed its round on Friday.';
    expect(questionsOf(sentence, 'en').map((question) => question.text)).toEqual(['is it still really European?']);
  });

  it('does not reach back across a menu or title separator', () => {
    const title = 'Würmer in den Augen | Entsteht eine neue Infektionskrankheit?';
    expect(questionsOf(title, 'de').map((question) => question.text)).toEqual(['Entsteht eine neue Infektionskrankheit?']);
    const menu = 'Billig kontra Apple • Zaubern mit Skripten • Wie sicher sind Passwörter in der Cloud?';
    expect(questionsOf(menu, 'de').map((question) => question.text)).toEqual(['Wie sicher sind Passwörter in der Cloud?']);
  });

  it('starts a Spanish question at its ¿ unless a comma ties it to the clause before', () => {
    const glued = 'En portada ¿Qué tienen que ver los videojuegos con el metaverso?';
    expect(questionsOf(glued, 'es').map((question) => question.text)).toEqual([
      '¿Qué tienen que ver los videojuegos con el metaverso?',
    ]);
    const tied = 'Si Bruselas no actúa, ¿quién frenará a los gigantes?';
    expect(questionsOf(tied, 'es').map((question) => question.text)).toEqual([tied]);
  });

  it('skips furniture that only starts like an entry of the list', () => {
    expect(questionsOf('Warum sehe ich BILD.de nicht?', 'de')).toEqual([]);
    expect(questionsOf('Vous avez des renseignements à nous faire parvenir sur ce sujet?', 'fr')).toEqual([]);
    // …but not a real question that merely shares a word with it.
    expect(questionsOf('Warum sehen Anleger die Bewertung so gelassen?', 'de')).toHaveLength(1);
  });

  it('keeps the whole sentence when the part after the colon is too short to stand alone', () => {
    const headline = 'Intelligence artificielle : une bulle ?';
    expect(questionsOf(headline, 'fr').map((question) => question.text)).toEqual([headline]);
  });

  it('does not take a clock time or a web address for a colon', () => {
    const meeting = 'Réunis dès 10:30, les ministres européens trancheront-ils enfin ce dossier ?';
    expect(questionsOf(meeting, 'fr').map((question) => question.text)).toEqual([meeting]);
    const link = 'Faut-il, comme le suggère https://exemple.fr, tout miser sur les grands modèles ?';
    expect(questionsOf(link, 'fr').map((question) => question.text)).toEqual([link]);
  });
});

describe('text lexicons: question data', () => {
  for (const lang of LANGS) {
    const { questions } = TEXT_LEXICONS[lang];

    it(`${lang}: furniture entries are questions and are all skipped`, () => {
      expect(questions.furniture.length).toBeGreaterThanOrEqual(10);
      for (const entry of questions.furniture) {
        if (entry.endsWith('…')) {
          // A "…" entry stands for every question that starts with it.
          const completed = `${entry.slice(0, -1)} Example Media Group today?`;
          expect(questionsOf(completed, lang), completed).toEqual([]);
        } else {
          expect(entry.endsWith('?'), entry).toBe(true);
          expect(questionsOf(entry, lang), entry).toEqual([]);
        }
      }
    });

    it(`${lang}: implicit patterns avoid constructs that can backtrack without bound`, () => {
      expect(questions.implicit.length).toBeGreaterThanOrEqual(5);
      for (const source of questions.implicit) {
        // Unbounded repetition of a group, or of a wildcard class, is what makes regexes blow up.
        expect(source, source).not.toMatch(/\)[*+]|\.\*|\.\+|\][*+]/);
        expect(source, source).not.toMatch(/\\[SWBDP]/);
        expect(() => new RegExp(source, 'iu')).not.toThrow();
      }
    });
  }
});
