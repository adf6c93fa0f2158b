import { describe, expect, it } from 'vitest';
import { findRound, findRounds } from '../../../core/find-round';
import type { Lang } from '../../../core/types';

// [language, sentence, expected label or null]. Sentences written for these tests; the nulls are hard
// negatives (a football league, "seed" as a plain word, a round of talks).
const CASES: [Lang, string, string | null][] = [
  ['en', 'Lumenweave raised $42 million in a Series B led by Accel.', 'Series B'],
  ['en', 'The Series A round, worth £18m, was led by a Manchester fund.', 'Series A'],
  ['en', 'The startup closed a $4 million seed round last week.', 'Seed'],
  ['en', 'The company has taken on $60 million of venture debt from two lenders.', 'Debt'],
  ['en', 'It raised the money through convertible notes that turn into shares at the next round.', 'Convertible'],
  ['en', 'Employees sold $1bn of stock in a tender offer organised by the company.', 'Secondary'],
  ['en', 'The pre-seed cheque came from two angel investors in Leeds.', 'Pre-seed'],
  ['en', 'Gardeners are told to plant the seed in spring, and the series of frosts did not help.', null],
  ['en', 'A new round of trade talks between the US and China opens on Monday.', null],
  ['fr', 'La jeune pousse a bouclé une série B de 30 millions d’euros.', 'Series B'],
  ['fr', 'Elle avait levé 5 millions d’euros en amorçage auprès de business angels.', 'Seed'],
  ['fr', 'Ce tour de série C est mené par un fonds américain.', 'Series C'],
  ['fr', 'La société a émis des obligations convertibles pour 8 millions d’euros.', 'Convertible'],
  ['fr', 'Une série de mesures sur les retraites a été présentée mardi.', null],
  ['fr', 'Le club prépare la saison de Ligue 1 et une série A de matchs amicaux.', null],
  ['fr', 'Le pré-amorçage a été financé par les fondateurs eux-mêmes.', 'Pre-seed'],
  ['fr', 'Les salariés ont cédé des actions lors d’une cession secondaire.', 'Secondary'],
  ['de', 'Das Start-up hat eine Serie-B-Finanzierungsrunde über 40 Millionen Euro abgeschlossen.', 'Series B'],
  ['de', 'In der Seed-Runde kamen 3 Millionen Euro zusammen.', 'Seed'],
  ['de', 'Die Serie-D-Runde wird von einem Staatsfonds angeführt.', 'Series D'],
  ['de', 'Das Unternehmen sichert sich 6 Mio. Euro über ein Wandeldarlehen.', 'Convertible'],
  ['de', 'Die Firma nimmt ein Venture-Debt-Darlehen über 20 Millionen Euro auf.', 'Debt'],
  ['de', 'Eine Serie von Unfällen beschäftigt die Polizei in Hamburg.', null],
  ['de', 'Der FC Bayern gewinnt die dritte Runde des Pokals.', null],
  ['de', 'Die Pre-Seed-Finanzierung stammt von zwei Business Angels.', 'Pre-seed'],
  ['es', 'La startup cerró una ronda Serie A de 12 millones de euros.', 'Series A'],
  ['es', 'Captó 2 millones en una ronda semilla liderada por un fondo de Bilbao.', 'Seed'],
  ['es', 'La empresa completó su serie C con inversores estadounidenses.', 'Series C'],
  ['es', 'Ha firmado un préstamo de 10 millones con el banco público.', 'Debt'],
  ['es', 'El Real Madrid vuelve a la serie de partidos en casa tras el parón.', null],
  ['es', 'La serie a la que se refiere el ministro se emitió en televisión.', null],
  ['es', 'La operación secundaria permitió a los empleados vender acciones.', 'Secondary'],
  ['es', 'Los fundadores aportaron el capital presemilla con ahorros propios.', 'Pre-seed'],
  ['it', 'La start-up ha chiuso un round di Serie A da 18 milioni di euro.', 'Series A'],
  ['it', 'Il round seed da 850mila euro è guidato da un fondo milanese.', 'Seed'],
  ['it', 'L’estensione del round di Serie B porta 12 milioni di euro.', 'Series B'],
  ['it', 'La società ha emesso obbligazioni convertibili per 5 milioni.', 'Convertible'],
  ['it', 'La Juventus torna in testa alla Serie A dopo la vittoria di ieri.', null],
  ['it', 'Il Napoli prepara la prossima stagione di Serie A con tre acquisti.', null],
  ['it', 'Il round pre-seed ha raccolto 400mila euro da business angel.', 'Pre-seed'],
  ['it', 'Una vendita secondaria ha permesso ai dipendenti di monetizzare le azioni.', 'Secondary'],
];

describe('findRound', () => {
  it.each(CASES)('%s: %s', (lang, text, label) => {
    expect(findRound(text, lang)).toBe(label);
  });

  it('prefers the round named in the sentence of the main amount over a background one', () => {
    const text =
      'The company raised $20 million in a Series B. It had raised $5 million in a Series A two years ago.';
    const second = text.indexOf('It had');
    expect(findRound(text, 'en', { mainSentence: { start: second, end: text.length } })).toBe('Series A');
    expect(findRound(text, 'en', { mainSentence: { start: 0, end: second } })).toBe('Series B');
  });

  it('ignores a round that only appears in a sentence about an older deal', () => {
    const text = 'The lab raised $1 billion this week. Back in 2021 it closed a Series A.';
    const past = text.indexOf('Back');
    expect(findRound(text, 'en', { leadEnd: past, isPast: (pos) => pos >= past })).toBeNull();
  });

  it('keeps the series letter a capital: "serie a" in Spanish prose is no round', () => {
    expect(findRounds('la serie a la que pertenece', 'es')).toEqual([]);
    expect(findRounds('una ronda Serie A de 3 millones', 'es').map((r) => r.label)).toEqual(['Series A']);
  });

  it('gives offsets into the text', () => {
    const text = 'Kestrel closed a Series C yesterday.';
    const [r] = findRounds(text, 'en');
    expect(r && text.slice(r.start, r.end)).toBe('Series C');
  });
});
