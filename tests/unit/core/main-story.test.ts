// Which deal is the story's: an amount followed by a clause that values the company keeps its role as
// the amount (the valuation verb belongs to the next figure), and a body sentence restating the
// headline's amount beats other deals the article mentions, even without a funding cue of its own.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../core/analyze-article';

const analyse = (lines: string[]) => analyzeArticle({ text: lines.join('\n') });

describe('a valuation clause after the amount belongs to the next figure', () => {
  const CASES: [string, string[], number, number][] = [
    [
      'es',
      [
        'Tramontana cierra una ronda con la vista puesta en Estados Unidos',
        'La empresa de inteligencia artificial Tramontana ha cerrado una ronda Serie B de 40 millones de euros que la valora en 310 millones, según fuentes de la operación.',
      ],
      40e6,
      310e6,
    ],
    [
      'en',
      [
        'Harbourline closes its Series B',
        'Harbourline, which builds AI models for port logistics, has closed a $40 million Series B round that values it at $310 million, the company said.',
      ],
      40e6,
      310e6,
    ],
    [
      'fr',
      [
        'Cormoran boucle sa série B',
        'La jeune pousse d’intelligence artificielle Cormoran a bouclé une levée de fonds de 40 millions d’euros qui la valorise à 310 millions, selon nos informations.',
      ],
      40e6,
      310e6,
    ],
    [
      'it',
      [
        'Gabbiano chiude il round di Serie B',
        'La start-up di intelligenza artificiale Gabbiano ha chiuso un round di Serie B da 40 milioni di euro che la valuta 310 milioni, secondo fonti vicine all’operazione.',
      ],
      40e6,
      310e6,
    ],
  ];
  it.each(CASES)('%s', (_lang, lines, amount, valuation) => {
    const a = analyse(lines);
    expect(a.isAiFunding).toBe(true);
    expect(a.amount?.value).toBe(amount);
    expect(a.valuation?.value).toBe(valuation);
  });

  it('still reads a valuation noun right after a figure as its role (hard negative)', () => {
    const a = analyse([
      'Harbourline raises $40 million',
      'Harbourline, which builds AI models for port logistics, has raised $40 million from Atomico. The deal gives it a $310 million valuation.',
    ]);
    expect(a.amount?.value).toBe(40e6);
    expect(a.valuation?.value).toBe(310e6);
  });
});

describe('the body restating the headline’s amount is the story’s deal', () => {
  const CASES: [string, string[], number][] = [
    [
      'it',
      [
        'Microsoft torna a puntare su Lumera: un nuovo assegno da 500 milioni di dollari',
        'Microsoft ha deciso di mettere altro denaro nella start-up di intelligenza artificiale Lumera: 500 milioni di dollari, che si sommano a quelli degli anni scorsi.',
        'L’altro grande socio è Oracle, che ha investito complessivamente 4 miliardi di dollari nella società.',
      ],
      500e6,
    ],
    [
      'en',
      [
        'Microsoft doubles down on Lumera with a fresh $500 million cheque',
        'Microsoft is putting more money into the AI start-up Lumera: $500 million, on top of what it paid in earlier years.',
        'Its other big backer is Oracle, which has invested a total of $4 billion in the company.',
      ],
      500e6,
    ],
    [
      'fr',
      [
        'Microsoft remet 500 millions de dollars sur la table de Lumera',
        'Microsoft remet de l’argent dans la start-up d’intelligence artificielle Lumera : 500 millions de dollars, qui s’ajoutent aux sommes des années passées.',
        'L’autre grand actionnaire est Oracle, qui a investi au total 4 milliards de dollars dans la société.',
      ],
      500e6,
    ],
    [
      'de',
      [
        'Microsoft legt bei Lumera nach: 500 Millionen Dollar',
        'Microsoft steckt weiteres Geld in das KI-Start-up Lumera: 500 Millionen Dollar, zusätzlich zu den Summen der vergangenen Jahre.',
        'Der andere große Anteilseigner ist Oracle, das insgesamt 4 Milliarden Dollar in das Unternehmen investiert hat.',
      ],
      500e6,
    ],
    [
      'es',
      [
        'Microsoft vuelve a apostar por Lumera: un nuevo cheque de 500 millones de dólares',
        'Microsoft pone más dinero en la empresa de inteligencia artificial Lumera: 500 millones de dólares, que se suman a lo aportado en años anteriores.',
        'El otro gran socio es Oracle, que ha invertido en total 4.000 millones de dólares en la compañía.',
      ],
      500e6,
    ],
  ];
  // As the page reader gives it: the headline apart from the body text.
  it.each(CASES)('%s', (_lang, [title = '', ...body], amount) => {
    const a = analyzeArticle({ title, text: body.join('\n') });
    expect(a.amount?.value).toBe(amount);
  });

  it('does not promote a headline valuation restated in the body (hard negative)', () => {
    const a = analyzeArticle({
      title: 'Lumera, now valued at $4 billion, raises $500 million',
      text: 'The AI start-up Lumera has raised $500 million from Sequoia. The round values Lumera at $4 billion, double its price a year ago.',
    });
    expect(a.amount?.value).toBe(500e6);
    expect(a.valuation?.value).toBe(4e9);
  });
});
