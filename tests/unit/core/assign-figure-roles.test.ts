import { describe, expect, it } from 'vitest';
import { assignFigureRoles } from '../../../core/assign-figure-roles';
import type { FigureKind, Lang, Quantity } from '../../../core/types';

/** A quantity for `surface` inside `text`, built by hand so that these tests do not depend on the parser. */
function q(text: string, surface: string, value: number, unit: string, kind: Quantity['kind'] = 'money'): Quantity {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`"${surface}" not in "${text}"`);
  return { start, end: start + surface.length, text: surface, value, unit, kind };
}

type Spec = [surface: string, value: number, unit: string, kind: Quantity['kind'], role: FigureKind, currency?: string];
const CASES: [Lang, string, Spec[]][] = [
  // ----------------------------------------------------------------------------------------- English
  ['en', 'OpenAI raised $40 billion at a $300 billion valuation.', [
    ['$40 billion', 40e9, 'USD', 'money', 'amount'],
    ['$300 billion', 300e9, 'USD', 'money', 'valuation'],
  ]],
  ['en', 'The deal values Anthropic at $183bn, up from $61.5bn in March.', [
    ['$183bn', 183e9, 'USD', 'money', 'valuation'],
    ['$61.5bn', 61.5e9, 'USD', 'money', 'previous-valuation'],
  ]],
  ['en', 'Lumenweave secured a $42 million Series B on a pre-money valuation of $300 million.', [
    ['$42 million', 42e6, 'USD', 'money', 'amount'],
    ['$300 million', 300e6, 'USD', 'money', 'valuation-pre'],
  ]],
  ['en', 'The company expects $13bn in revenue this year but lost $5bn last year.', [
    ['$13bn', 13e9, 'USD', 'money', 'revenue'],
    ['$5bn', 5e9, 'USD', 'money', 'loss'],
  ]],
  ['en', 'ChatGPT now has 700 million weekly users and the company employs 3,000 people.', [
    ['700 million', 700e6, '', 'number', 'users'],
  ]],
  ['en', 'AMD agreed to buy Silo AI for $665 million in cash.', [['$665 million', 665e6, 'USD', 'money', 'acquisition-price']]],
  ['en', 'SoftBank took a 11% stake in the company.', [['11%', 11, '%', 'percent', 'stake']]],
  ['en', 'The first $10 billion tranche arrives in April.', [['$10 billion', 10e9, 'USD', 'money', 'tranche']]],
  ['en', 'Shares of the chipmaker fell 3% as its market value slipped below $4tn.', [['3%', 3, '%', 'percent', 'other']]],
  // ----------------------------------------------------------------------------------------- French
  ['fr', 'OpenAI a annoncé une levée de fonds de 40 milliards de dollars, portant sa valorisation à 300 milliards.', [
    ['40 milliards de dollars', 40e9, 'USD', 'money', 'amount'],
    ['300 milliards', 300e9, '', 'number', 'valuation', 'USD'],
  ]],
  ['fr', 'La start-up est désormais valorisée 11,7 milliards d’euros, contre 5,8 milliards d’euros il y a un an.', [
    ['11,7 milliards d’euros', 11.7e9, 'EUR', 'money', 'valuation'],
    ['5,8 milliards d’euros', 5.8e9, 'EUR', 'money', 'previous-valuation'],
  ]],
  ['fr', 'Son chiffre d’affaires annualisé dépasse 5 milliards de dollars.', [['5 milliards de dollars', 5e9, 'USD', 'money', 'revenue']]],
  ['fr', 'L’éditeur de ChatGPT, utilisé par 500 millions d’utilisateurs, perd encore 5 milliards de dollars par an.', [
    ['500 millions d’utilisateurs', 500e6, 'users', 'count', 'users'],
    ['5 milliards de dollars', 5e9, 'USD', 'money', 'loss'],
  ]],
  ['fr', 'Capgemini rachète la pépite lyonnaise pour 90 millions d’euros.', [['90 millions d’euros', 90e6, 'EUR', 'money', 'acquisition-price']]],
  ['fr', 'Le gouvernement annonce un plan de 109 milliards d’euros d’investissements dans l’intelligence artificielle.', [
    ['109 milliards d’euros', 109e9, 'EUR', 'money', 'public-investment'],
  ]],
  ['fr', 'La start-up a bouclé un tour de table de 6 millions d’euros et compte 40 salariés.', [['6 millions d’euros', 6e6, 'EUR', 'money', 'amount']]],
  ['fr', 'Le titre a reculé de 4 % à la Bourse de Paris.', [['4 %', 4, '%', 'percent', 'other']]],
  // ----------------------------------------------------------------------------------------- German
  ['de', 'Helsing sammelt 600 Millionen Euro ein und ist nun zwölf Milliarden wert.', [
    ['600 Millionen Euro', 600e6, 'EUR', 'money', 'amount'],
    ['zwölf Milliarden', 12e9, '', 'number', 'valuation', 'EUR'],
  ]],
  ['de', 'Die Bewertung liegt nun bei 2,5 Mrd. Dollar, nach zuletzt 270 Millionen Dollar.', [
    ['2,5 Mrd. Dollar', 2.5e9, 'USD', 'money', 'valuation'],
    ['270 Millionen Dollar', 270e6, 'USD', 'money', 'previous-valuation'],
  ]],
  ['de', 'Das Unternehmen erwartet einen Umsatz von 100 Millionen Euro.', [['100 Millionen Euro', 100e6, 'EUR', 'money', 'revenue']]],
  ['de', 'Im vergangenen Jahr machte die Firma einen Verlust von 40 Millionen Euro.', [['40 Millionen Euro', 40e6, 'EUR', 'money', 'loss']]],
  ['de', 'Nvidia übernimmt das Start-up für rund 700 Millionen Dollar.', [['700 Millionen Dollar', 700e6, 'USD', 'money', 'acquisition-price']]],
  ['de', 'Die Bundesregierung will mit einem Programm 1,6 Milliarden Euro in KI investieren.', [
    ['1,6 Milliarden Euro', 1.6e9, 'EUR', 'money', 'public-investment'],
  ]],
  ['de', 'Die Finanzierungsrunde über 24 Millionen Euro wird von Earlybird angeführt.', [['24 Millionen Euro', 24e6, 'EUR', 'money', 'amount']]],
  ['de', 'Die Aktie verlor 5 Prozent, der Börsenwert sank.', [['5 Prozent', 5, '%', 'percent', 'other']]],
  // ----------------------------------------------------------------------------------------- Spanish
  ['es', 'Safe Superintelligence recauda 2.000 millones de dólares y ya vale 32.000 millones.', [
    ['2.000 millones de dólares', 2e9, 'USD', 'money', 'amount'],
    ['32.000 millones', 32e9, '', 'number', 'valuation', 'USD'],
  ]],
  ['es', 'La operación la valora en 11.700 millones de euros, frente a 5.800 millones de euros hace un año.', [
    ['11.700 millones de euros', 11.7e9, 'EUR', 'money', 'valuation'],
    ['5.800 millones de euros', 5.8e9, 'EUR', 'money', 'previous-valuation'],
  ]],
  ['es', 'La empresa factura 20 millones de euros al año.', [['20 millones de euros', 20e6, 'EUR', 'money', 'revenue']]],
  ['es', 'Registró pérdidas de 8 millones de euros en el último ejercicio.', [['8 millones de euros', 8e6, 'EUR', 'money', 'loss']]],
  ['es', 'Telefónica compra la startup por 50 millones de euros.', [['50 millones de euros', 50e6, 'EUR', 'money', 'acquisition-price']]],
  ['es', 'El Gobierno destinará 1.500 millones de euros a su estrategia de inteligencia artificial.', [
    ['1.500 millones de euros', 1.5e9, 'EUR', 'money', 'public-investment'],
  ]],
  ['es', 'Ondara AI cierra una ronda de 7 millones de euros.', [['7 millones de euros', 7e6, 'EUR', 'money', 'amount']]],
  ['es', 'ChatGPT tiene 500 millones de usuarios semanales.', [['500 millones de usuarios', 500e6, 'users', 'count', 'users']]],
  // ----------------------------------------------------------------------------------------- Italian
  ['it', 'OpenAI ha chiuso un round di finanziamento da 40 miliardi di dollari che porta la valutazione a 300 miliardi di dollari.', [
    ['40 miliardi di dollari', 40e9, 'USD', 'money', 'amount'],
    ['300 miliardi di dollari', 300e9, 'USD', 'money', 'valuation'],
  ]],
  ['it', 'La valutazione post-money sale a 260 milioni di euro, contro i 180 milioni della prima parte del round.', [
    ['260 milioni di euro', 260e6, 'EUR', 'money', 'valuation-post'],
  ]],
  ['it', 'Il fatturato ha raggiunto 30 milioni di euro.', [['30 milioni di euro', 30e6, 'EUR', 'money', 'revenue']]],
  ['it', 'La società ha chiuso l’anno con una perdita di 12 milioni di euro.', [['12 milioni di euro', 12e6, 'EUR', 'money', 'loss']]],
  ['it', 'AMD acquisisce Silo AI per 665 milioni di dollari.', [['665 milioni di dollari', 665e6, 'USD', 'money', 'acquisition-price']]],
  ['it', 'Il governo ha stanziato un fondo da 1 miliardo di euro per l’intelligenza artificiale.', [
    ['1 miliardo di euro', 1e9, 'EUR', 'money', 'public-investment'],
  ]],
  ['it', 'Lessico ha chiuso un round pre-seed da 850.000 euro.', [['850.000 euro', 850e3, 'EUR', 'money', 'amount']]],
  ['it', 'Il titolo ha perso il 6% a Piazza Affari.', [['6%', 6, '%', 'percent', 'other']]],
];

describe('assignFigureRoles', () => {
  it.each(CASES)('%s: %s', (lang, text, specs) => {
    const quantities = specs.map(([surface, value, unit, kind]) => q(text, surface, value, unit, kind));
    const figures = assignFigureRoles(text, quantities, lang);
    for (const [surface, , unit, , role, currency] of specs) {
      const f = figures.find((x) => x.text === surface);
      expect(f?.kind, surface).toBe(role);
      if (currency) expect(f?.unit).toBe(currency);
      else if (f && f.kind !== 'users') expect(f.unit).toBe(unit);
    }
  });

  it('takes the currency of the nearest amount in the sentence, else of the paragraph, else of the article', () => {
    const text = 'The startup raised €50m.\nIt is now valued at 400 million. The team grew to 1.5 million followers.';
    const figures = assignFigureRoles(
      text,
      [q(text, '€50m', 50e6, 'EUR'), q(text, '400 million', 400e6, '', 'number'), q(text, '1.5 million', 1.5e6, '', 'number')],
      'en',
    );
    // Another paragraph: a deal figure takes the article's currency, any other bare number stays a number.
    expect(figures.map((f) => f.unit)).toEqual(['EUR', 'EUR', '']);
    expect(figures[1]?.kind).toBe('valuation');
    // No currency in the whole article: French amounts are taken to be euros, English ones stay bare.
    const fr = 'Ombra lève deux millions pour son IA.';
    expect(assignFigureRoles(fr, [q(fr, 'deux millions', 2e6, '', 'number')], 'fr')[0]).toMatchObject({ unit: 'EUR', kind: 'amount' });
    const en = 'Ombra raises two million for its AI.';
    expect(assignFigureRoles(en, [q(en, 'two million', 2e6, '', 'number')], 'en')[0]).toMatchObject({ unit: '', kind: 'amount' });
    const same = 'The startup raised €50m and is now valued at 400 million.';
    const f2 = assignFigureRoles(same, [q(same, '€50m', 50e6, 'EUR'), q(same, '400 million', 400e6, '', 'number')], 'en');
    expect(f2[1]).toMatchObject({ unit: 'EUR', kind: 'valuation', inherited: true });
  });

  it('leaves small bare numbers alone (years, counts)', () => {
    const text = 'Founded in 2021, the company raised €50m.';
    const figures = assignFigureRoles(text, [q(text, '2021', 2021, '', 'number'), q(text, '€50m', 50e6, 'EUR')], 'en');
    expect(figures[0]).toMatchObject({ unit: '', kind: 'other' });
  });

  it('flags raises of older deals and totals to date', () => {
    const text = 'Last year the company raised $6.6bn. That brings its total funding to $20bn.';
    const [older, total] = assignFigureRoles(text, [q(text, '$6.6bn', 6.6e9, 'USD'), q(text, '$20bn', 20e9, 'USD')], 'en');
    expect(older?.past).toBe(true);
    expect(total?.cumulative).toBe(true);
  });

  it('gives each figure the index of its sentence and keeps the conversion in brackets', () => {
    const text = 'Mistral raised €600m. It is worth £5bn ($6.3bn).';
    const pound: Quantity = { ...q(text, '£5bn', 5e9, 'GBP'), alternative: { value: 6.3e9, unit: 'USD', text: '$6.3bn' } };
    const figures = assignFigureRoles(text, [q(text, '€600m', 600e6, 'EUR'), pound], 'en');
    expect(figures.map((f) => f.sentence)).toEqual([0, 1]);
    expect(figures[1]?.alternative?.unit).toBe('USD');
  });
});
