import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../core/find-quantities';
import { count, expectQuantities, money, number, percent, type Seen } from './quantity-cases';


const NBSP = '\u00A0';
const NNBSP = '\u202F';

const CASES: [string, Seen[]][] = [
  // Québec and Swiss shorthand: "G$" is milliards de dollars, "$ CA" / "C$" mark Canadian dollars,
  // "mio" follows a currency code. A bare "$" stays the US dollar, even in a Québec paper.
  ['Ottawa consacrera 2,4 G$ à la puissance de calcul.', [money('2,4 G$', 2.4e9, 'USD')]],
  ['Québec injecte 2,4 G$ CA dans ses centres de données.', [money('2,4 G$ CA', 2.4e9, 'CAD')]],
  ['Le fonds montréalais ajoute 500 M$ CA au programme.', [money('500 M$ CA', 500e6, 'CAD')]],
  ['La ronde atteint 40 millions $ CA, selon la firme.', [money('40 millions $ CA', 40e6, 'CAD')]],
  ['La société torontoise a obtenu C$12 millions.', [money('C$12 millions', 12e6, 'CAD')]],
  ['La jeune pousse lausannoise lève CHF 3 mio pour recruter.', [money('CHF 3 mio', 3e6, 'CHF')]],
  ['Avant l’opération, elle était valorisée 45 millions de francs.', [money('45 millions de francs', 45e6, 'CHF')]],
  // Hard negatives: a 5G network, a weight in grams, a coin, a first name.
  ['Le réseau 5G couvre la ville, et le sachet pèse 5 g.', []],
  ['Il a retrouvé une pièce de 5 francs dans le tiroir.', []],
  ['Mia a 3 ans et sa sœur Mia 5.', []],
  [
    'OpenAI a bouclé une levée de fonds de 40 milliards de dollars, la plus importante jamais réalisée.',
    [money('40 milliards de dollars', 40e9, 'USD')],
  ],
  [
    'La start-up parisienne a levé 1,7 milliard d’euros auprès d’ASML et de fonds américains.',
    [money('1,7 milliard d’euros', 1.7e9, 'EUR')],
  ],
  ["Le tour de table atteint 1,7 milliard d'euros, selon nos informations.", [money("1,7 milliard d'euros", 1.7e9, 'EUR')]],
  ['Le géant du cloud investira 13 Md$ dans de nouveaux centres de données.', [money('13 Md$', 13e9, 'USD')]],
  ["La pépite lyonnaise vise 2,5 Mds€ de chiffre d'affaires d'ici trois ans.", [money('2,5 Mds€', 2.5e9, 'EUR')]],
  ['Bpifrance apporte 5 M€ à la jeune pousse grenobloise.', [money('5 M€', 5e6, 'EUR')]],
  [
    "L’État promet 500 millions d'euros pour la recherche en intelligence artificielle.",
    [money("500 millions d'euros", 500e6, 'EUR')],
  ],
  [
    "ChatGPT est utilisé chaque semaine par 500 millions d'utilisateurs.",
    [count("500 millions d'utilisateurs", 500e6, 'users')],
  ],
  ["L'entreprise est désormais valorisée 300 milliards.", [number('300 milliards', 300e9)]],
  [
    'Le plan prévoit 109 milliards d’euros d’investissements privés en France.',
    [money('109 milliards d’euros', 109e9, 'EUR')],
  ],
  ['La société compte 1 200 salariés, dont 300 chercheurs.', [count('1 200 salariés', 1200, 'employees')]],
  [`Les ventes ont progressé de 11${NBSP}% sur un an.`, [percent(`11${NBSP}%`, 11)]],
  ['Sa part de marché a reculé de 2,5 pour cent.', [percent('2,5 pour cent', 2.5)]],
  [
    `Le contrat est estimé à 40${NNBSP}000${NNBSP}000${NNBSP}000${NBSP}$ par les analystes.`,
    [money(`40${NNBSP}000${NNBSP}000${NNBSP}000${NBSP}$`, 40e9, 'USD')],
  ],
  [
    'Mistral AI a levé 600 millions d’euros (environ 640 millions de dollars) en juin.',
    [money('600 millions d’euros', 600e6, 'EUR', { value: 640e6, unit: 'USD', text: '640 millions de dollars' })],
  ],
  ["Microsoft annonce 4 milliards d'euros pour ses infrastructures en France.", [money("4 milliards d'euros", 4e9, 'EUR')]],
  // Wire copy: English number and word order inside French text.
  ["Selon une dépêche, l'enveloppe atteint 1.7 billion dollars.", [money('1.7 billion dollars', 1.7e9, 'USD')]],
  ['Ce montant représente 40 milliards de dollars américains.', [money('40 milliards de dollars américains', 40e9, 'USD')]],
  [
    "La licorne emploie 800 collaborateurs et revendique 3 millions d'abonnés.",
    [count('800 collaborateurs', 800, 'employees'), count("3 millions d'abonnés", 3e6, 'subscribers')],
  ],
  ['Nvidia livrera 20 000 GPU au supercalculateur Jean Zay.', [count('20 000 GPU', 20_000, 'GPUs')]],
  ["Le gouvernement a débloqué un milliard d'euros pour les puces.", [money("un milliard d'euros", 1e9, 'EUR')]],
  [
    "L'application a dépassé les 10 millions de téléchargements en France.",
    [count('10 millions de téléchargements', 10e6, 'downloads')],
  ],
  ["L'opération valorise la cible à 2,4 milliards de livres sterling.", [money('2,4 milliards de livres sterling', 2.4e9, 'GBP')]],
  ['La banque a misé 200 millions de francs suisses sur la jeune pousse.', [money('200 millions de francs suisses', 200e6, 'CHF')]],
  ["Le groupe prévoit de créer 1 000 emplois d'ici 2027.", [count('1 000 emplois', 1000, 'jobs')]],
  ['En 2024, 100 000 développeurs ont utilisé l’outil.', [count('100 000 développeurs', 100_000, 'developers')]],
  [
    "Le cours a bondi de 7,5 % après l'annonce de 350 M$ de commandes.",
    [percent('7,5 %', 7.5), money('350 M$', 350e6, 'USD')],
  ],
  ["Quarante milliards de dollars : c'est le chèque signé par SoftBank.", [money('Quarante milliards de dollars', 40e9, 'USD')]],
  ['Le déficit public dépasse 1 000 milliards.', [number('1 000 milliards', 1e12)]],
  ['Le fonds canadien apporte 16,4 millions de $ CA.', [money('16,4 millions de $ CA', 16.4e6, 'CAD')]],
  ["Le chiffre d'affaires a atteint 94.000 $ par client.", [money('94.000 $', 94_000, 'USD')]],
  ['Le titre a gagné 12,345 $ en séance.', [money('12,345 $', 12.345, 'USD')]],
  ["Un demi-milliard d'euros sera consacré aux supercalculateurs.", [money("Un demi-milliard d'euros", 0.5e9, 'EUR')]],
  // "$ CA" is Canadian, "$ au total" is not Australian.
  ["L'abonnement coûte 40 $ au total, soit 30 $ US par an.", [money('40 $', 40, 'USD'), money('30 $ US', 30, 'USD')]],
  ["Le fonds pèse 1 milliard et demi d'euros.", [money("1 milliard et demi d'euros", 1.5e9, 'EUR')]],
];

describe('findQuantities — French news prose', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expectQuantities(sentence, 'fr', expected);
  });

  it('reads "billion" as 10^12 only in French syntax, with "de"', () => {
    expect(findQuantities("L'État doit 1 billion d'euros.", 'fr')[0]?.value).toBe(1e12);
    expect(findQuantities('The state owes 1 billion euros.', 'fr')[0]?.value).toBe(1e9);
  });
});
