import { describe, it } from 'vitest';
import { count, expectQuantities, money, number, percent, type Seen } from './quantity-cases';


const CASES: [string, Seen[]][] = [
  [
    'OpenAI ha raccolto 40 miliardi di dollari in un round guidato da SoftBank.',
    [money('40 miliardi di dollari', 40e9, 'USD')],
  ],
  ["Il governo stanzia 2 miliardi di euro per l'intelligenza artificiale.", [money('2 miliardi di euro', 2e9, 'EUR')]],
  ['Il gruppo americano investirà 13 mld di dollari in Europa.', [money('13 mld di dollari', 13e9, 'USD')]],
  ['La capitalizzazione di mercato è salita a 13 mld.', [number('13 mld', 13e9)]],
  ['La startup torinese ha ottenuto 500 milioni di euro.', [money('500 milioni di euro', 500e6, 'EUR')]],
  ['Il debito pubblico supera 1,5 mila miliardi.', [number('1,5 mila miliardi', 1.5e12)]],
  ['La valutazione raggiunge ormai 300 miliardi.', [number('300 miliardi', 300e9)]],
  ["Il fatturato è cresciuto dell'11 per cento.", [percent('11 per cento', 11)]],
  ['Le azioni sono salite del 4,5% in apertura.', [percent('4,5%', 4.5)]],
  ["L'azienda conta 2.000 dipendenti in Italia.", [count('2.000 dipendenti', 2000, 'employees')]],
  ['ChatGPT ha 400 milioni di utenti settimanali.', [count('400 milioni di utenti', 400e6, 'users')]],
  ['Il fondo investirà un miliardo di euro nelle piccole imprese.', [money('un miliardo di euro', 1e9, 'EUR')]],
  [
    'Mistral AI ha raccolto 600 milioni di euro (circa 640 milioni di dollari).',
    [money('600 milioni di euro', 600e6, 'EUR', { value: 640e6, unit: 'USD', text: '640 milioni di dollari' })],
  ],
  ['Il piano vale 1,2 miliardi di dollari americani.', [money('1,2 miliardi di dollari americani', 1.2e9, 'USD')]],
  ['La banca ha concesso un prestito di 150 milioni di dollari.', [money('150 milioni di dollari', 150e6, 'USD')]],
  ["Il mercato italiano dell'IA vale 1,2 mld di euro.", [money('1,2 mld di euro', 1.2e9, 'EUR')]],
  ["L'app ha superato i 5 milioni di download.", [count('5 milioni di download', 5e6, 'downloads')]],
  ['Il data center ospiterà 10.000 GPU Nvidia.', [count('10.000 GPU', 10_000, 'GPUs')]],
  ["L'operazione vale 2,4 miliardi di sterline.", [money('2,4 miliardi di sterline', 2.4e9, 'GBP')]],
  ['La piattaforma conta 3 milioni di abbonati.', [count('3 milioni di abbonati', 3e6, 'subscribers')]],
  ['Il progetto creerà 1.500 posti di lavoro.', [count('1.500 posti di lavoro', 1500, 'jobs')]],
  ["Il colosso tech ha speso 80 miliardi di dollari quest'anno.", [money('80 miliardi di dollari', 80e9, 'USD')]],
  ['Il round è da 200 mln €.', [money('200 mln €', 200e6, 'EUR')]],
  ['La quota di mercato è salita al 12 per cento.', [percent('12 per cento', 12)]],
  ["Il valore dell'accordo è di 250.000 euro.", [money('250.000 euro', 250_000, 'EUR')]],
  [
    'La società svizzera ha raccolto 90 milioni di franchi svizzeri.',
    [money('90 milioni di franchi svizzeri', 90e6, 'CHF')],
  ],
  ['Quaranta miliardi di dollari arrivano dal Giappone.', [money('Quaranta miliardi di dollari', 40e9, 'USD')]],
  ['Mille miliardi di euro è la cifra evocata da Bruxelles.', [money('Mille miliardi di euro', 1e12, 'EUR')]],
  ['Il fondo ha 1.200 clienti istituzionali.', [count('1.200 clienti', 1200, 'customers')]],
  ['Il governo mette sul piatto un miliardo e mezzo di euro.', [money('un miliardo e mezzo di euro', 1.5e9, 'EUR')]],
  // Swiss Italian: currency code first, then the abbreviated scale.
  [
    'La società ticinese ha ottenuto CHF 3 mio. sotto forma di prestito convertibile.',
    [money('CHF 3 mio.', 3e6, 'CHF')],
  ],
  ['Il Cantone aggiunge CHF 1,2 mia. per le infrastrutture.', [money('CHF 1,2 mia.', 1.2e9, 'CHF')]],
  ['Il capitale sale a CHF 12 mio. Lo conferma la banca.', [money('CHF 12 mio', 12e6, 'CHF')]],
  // Hard negatives: the possessive "mio" after a number is no scale.
  ['Ho chiesto a 3 mio cugini di venire.', []],
  ['Nel 2019 mio nonno ha aperto la bottega.', []],
];

describe('findQuantities — Italian news prose', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expectQuantities(sentence, 'it', expected);
  });
});
