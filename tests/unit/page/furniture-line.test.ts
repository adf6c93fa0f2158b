import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../../page/collect-blocks';

describe('isFurnitureLine', () => {
  it('recognises ad labels, "read more" pointers and bylines in the five languages', () => {
    for (const line of [
      'Advertisement',
      'Anzeige',
      'Publicité',
      'Publicidad',
      'Pubblicità',
      'Read more: Nvidia’s profits triple',
      'À lire aussi : Mistral AI lève 600 millions d’euros',
      'Lire aussi',
      'Mehr zum Thema',
      'Lesen Sie auch: Aleph Alpha sucht neue Investoren',
      'Lee también: la IA en España',
      'Leggi anche',
      'Related coverage',
      'Related:',
      'By Jane Doe',
      'By Steven Lee Myers, Keith Bradsher and Tariq Panja',
      'Par Jean Dupont et Marie Curie',
      'Von Denis Dilba',
      'Por Emily Anthes y Jonathan Corum',
      'Un texte de Frédéric Zalac',
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it('keeps prose that merely starts like one (hard negatives)', () => {
    for (const line of [
      'By Tuesday, investors had put in another €200 million.',
      'Par ailleurs, la société prévoit de doubler ses effectifs.',
      'Par rapport à 2023, la valorisation a triplé.',
      'Von Berlin aus steuert das Start-up seine Rechenzentren.',
      'De nombreux fonds ont suivi le tour de table.',
      'Por su parte, el Gobierno anunció 600 millones.',
      'Related costs rose sharply last year.',
      'Read the full report for more details on the round.',
      'Publicité ciblée : la CNIL inflige une amende à la start-up.',
      'An advertisement campaign cost the company $3 million.',
    ]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it('never drops a long block, whatever its start', () => {
    const long = `Read more about how ${'the fund and its partners '.repeat(4)}raised the money.`;
    expect(long.length).toBeGreaterThan(80);
    expect(isFurnitureLine(long)).toBe(false);
  });
});
