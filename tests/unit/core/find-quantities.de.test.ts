import { describe, it } from 'vitest';
import { count, expectQuantities, money, number, percent, type Seen } from './quantity-cases';


const NNBSP = '\u202F';

const CASES: [string, Seen[]][] = [
  // Swiss German: currency code first, then the abbreviated scale.
  ['Das Zürcher Start-up erhält CHF 3 Mio. von zwei Fonds.', [money('CHF 3 Mio.', 3e6, 'CHF')]],
  ['Die Bewertung liegt neu bei 1,2 Mia. Franken.', [money('1,2 Mia. Franken', 1.2e9, 'CHF')]],
  ['OpenAI sammelt in einer neuen Finanzierungsrunde 40 Mrd. US-Dollar ein.', [money('40 Mrd. US-Dollar', 40e9, 'USD')]],
  [
    'Das Heidelberger Start-up Aleph Alpha erhielt 500 Millionen US-Dollar.',
    [money('500 Millionen US-Dollar', 500e6, 'USD')],
  ],
  ['Die Bewertung liegt nun bei 1,7 Milliarden Euro.', [money('1,7 Milliarden Euro', 1.7e9, 'EUR')]],
  ['Der Bund fördert das Pilotprojekt mit 250.000 Euro.', [money('250.000 Euro', 250_000, 'EUR')]],
  ['Für die erste Phase stehen 2 Mio. Euro bereit.', [money('2 Mio. Euro', 2e6, 'EUR')]],
  [`Die neuen Rechenzentren sollen 300${NNBSP}Mrd.${NNBSP}$ kosten.`, [money(`300${NNBSP}Mrd.${NNBSP}$`, 300e9, 'USD')]],
  [
    'Der Umsatz stieg um 11 Prozent auf 2,3 Milliarden Euro.',
    [percent('11 Prozent', 11), money('2,3 Milliarden Euro', 2.3e9, 'EUR')],
  ],
  ['Der Konzern beschäftigt 3.000 Mitarbeiter in Europa.', [count('3.000 Mitarbeiter', 3000, 'employees')]],
  ['ChatGPT hat inzwischen 500 Millionen wöchentliche Nutzer.', [count('500 Millionen wöchentliche Nutzer', 500e6, 'users')]],
  ['Die EU will 200 Mrd. € für künstliche Intelligenz mobilisieren.', [money('200 Mrd. €', 200e9, 'EUR')]],
  ['Das Unternehmen wird mit 6 Milliarden Dollar bewertet.', [money('6 Milliarden Dollar', 6e9, 'USD')]],
  ['Der Staatsfonds investiert eine Milliarde Euro in Gigafabriken.', [money('eine Milliarde Euro', 1e9, 'EUR')]],
  ['Mehr als 1,2 Millionen Kunden nutzen die Software bereits.', [count('1,2 Millionen Kunden', 1.2e6, 'customers')]],
  ['Die Aktie legte nach der Ankündigung um 4,5 % zu.', [percent('4,5 %', 4.5)]],
  ['Nvidia liefert 10.000 GPUs an das Forschungszentrum.', [count('10.000 GPUs', 10_000, 'GPUs')]],
  ['Die Übernahme entspricht rund 2,5 Milliarden Pfund.', [money('2,5 Milliarden Pfund', 2.5e9, 'GBP')]],
  ['Der Zürcher Anbieter sammelt 120 Millionen Franken ein.', [money('120 Millionen Franken', 120e6, 'CHF')]],
  ['Die Plattform meldet 15 Millionen Downloads.', [count('15 Millionen Downloads', 15e6, 'downloads')]],
  [
    'Mistral wird nun mit 11,7 Milliarden Euro bewertet, nach 5,8 Milliarden im Vorjahr.',
    [money('11,7 Milliarden Euro', 11.7e9, 'EUR'), number('5,8 Milliarden', 5.8e9)],
  ],
  ['Bis 2030 sollen 20.000 neue Arbeitsplätze entstehen.', [count('20.000 neue Arbeitsplätze', 20_000, 'jobs')]],
  ['Die Bundesregierung stellt 1,6 Mrd. Euro für KI-Forschung bereit.', [money('1,6 Mrd. Euro', 1.6e9, 'EUR')]],
  [
    'Der Chipkonzern plant Investitionen von 30 Milliarden Euro in Magdeburg.',
    [money('30 Milliarden Euro', 30e9, 'EUR')],
  ],
  ['Die US-Regierung spricht von 500 Milliarden Dollar für Stargate.', [money('500 Milliarden Dollar', 500e9, 'USD')]],
  ['Laut dem Bericht zahlte Google 2,7 Mrd. Dollar für die Lizenz.', [money('2,7 Mrd. Dollar', 2.7e9, 'USD')]],
  [
    'Das Start-up beschäftigt 450 Mitarbeitende und macht 80 Millionen Euro Umsatz.',
    [count('450 Mitarbeitende', 450, 'employees'), money('80 Millionen Euro', 80e6, 'EUR')],
  ],
  // German "Billion" is 10^12.
  ['Die Staatsschulden liegen bei 2,5 Billionen Euro.', [money('2,5 Billionen Euro', 2.5e12, 'EUR')]],
  [
    'Der Fonds hat 1,5 Mrd. US-Dollar (rund 1,4 Mrd. Euro) eingesammelt.',
    [money('1,5 Mrd. US-Dollar', 1.5e9, 'USD', { value: 1.4e9, unit: 'EUR', text: '1,4 Mrd. Euro' })],
  ],
  ['Am 3. März 2025 gab das Unternehmen 1,1 Mio. Euro Förderung bekannt.', [money('1,1 Mio. Euro', 1.1e6, 'EUR')]],
  ['Vierzig Milliarden Dollar fließen in das Projekt.', [money('Vierzig Milliarden Dollar', 40e9, 'USD')]],
  ['Zweieinhalb Milliarden Euro fließen in neue Rechenzentren.', [money('Zweieinhalb Milliarden Euro', 2.5e9, 'EUR')]],
  ['Die Zürcher Firma sammelt 500 Mio. Fr. bei Investoren ein.', [money('500 Mio. Fr.', 500e6, 'CHF')]],
];

describe('findQuantities — German news prose', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expectQuantities(sentence, 'de', expected);
  });
});
