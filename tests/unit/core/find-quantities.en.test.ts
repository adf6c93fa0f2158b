import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../core/find-quantities';
import { count, expectQuantities, money, number, percent, type Seen } from './quantity-cases';


const CASES: [string, Seen[]][] = [
  // Canadian outlets hyphenate the scale; only an explicit mark makes the dollar Canadian.
  ['Ottawa pledged C$2.4-billion for computing power on Sunday.', [money('C$2.4-billion', 2.4e9, 'CAD')]],
  ['The province adds CA$500-million to the compute fund.', [money('CA$500-million', 500e6, 'CAD')]],
  ['Budget documents show a CAD 300 million envelope for start-ups.', [money('CAD 300 million', 300e6, 'CAD')]],
  ['The federal government will spend $2.4-billion on artificial intelligence.', [money('$2.4-billion', 2.4e9, 'USD')]],
  [
    'OpenAI has closed a $40 billion funding round led by SoftBank, the largest private raise on record.',
    [money('$40 billion', 40e9, 'USD')],
  ],
  ['The deal values Anthropic at $61.5bn, more than triple its valuation a year ago.', [money('$61.5bn', 61.5e9, 'USD')]],
  ['People close to the talks say xAI wants another $10B in debt and equity.', [money('$10B', 10e9, 'USD')]],
  ['The Singapore start-up secured US$250m from a sovereign wealth fund.', [money('US$250m', 250e6, 'USD')]],
  ["Mistral AI's latest round brings in €1.7bn, with ASML as anchor investor.", [money('€1.7bn', 1.7e9, 'EUR')]],
  ['The European Investment Bank will lend EUR 1.7 billion to chip projects.', [money('EUR 1.7 billion', 1.7e9, 'EUR')]],
  ['Brussels says 1.7 billion euros will go to AI gigafactories this year.', [money('1.7 billion euros', 1.7e9, 'EUR')]],
  [
    'Britain pledged £2.5 billion ($3.1 billion) for public compute and skills.',
    [money('£2.5 billion', 2.5e9, 'GBP', { value: 3.1e9, unit: 'USD', text: '$3.1 billion' })],
  ],
  ['A Zurich lab raised CHF 500 million from Swiss pension funds.', [money('CHF 500 million', 500e6, 'CHF')]],
  ['SoftBank plans to pour ¥1 trillion into domestic data centres.', [money('¥1 trillion', 1e12, 'JPY')]],
  [
    'The Paris unicorn took in €600m, while its rival pulled in 600M€ last spring.',
    [money('€600m', 600e6, 'EUR'), money('600M€', 600e6, 'EUR')],
  ],
  ['ChatGPT now counts 500 million weekly users, the company said.', [count('500 million weekly users', 500e6, 'users')]],
  ['The group has 10,000 employees in 14 countries.', [count('10,000 employees', 10_000, 'employees')]],
  ['Revenue grew 11% in the quarter while margins rose 3.5 percent.', [percent('11%', 11), percent('3.5 percent', 3.5)]],
  ['Investors now put a valuation of 300 billion on the company.', [number('300 billion', 300e9)]],
  ['Meta expects to run 350,000 H100 GPUs by the end of the year.', [count('350,000 H100 GPUs', 350_000, 'GPUs')]],
  [
    'The coding assistant passed 15 million developers and 2 million paying subscribers.',
    [count('15 million developers', 15e6, 'developers'), count('2 million paying subscribers', 2e6, 'subscribers')],
  ],
  ['The app has logged 50 million downloads since its launch.', [count('50 million downloads', 50e6, 'downloads')]],
  ['Microsoft will spend $80 billion on AI data centres in fiscal 2025.', [money('$80 billion', 80e9, 'USD')]],
  ['The Stargate venture could invest up to $500bn over four years.', [money('$500bn', 500e9, 'USD')]],
  [
    'Amazon agreed to put a further $4 billion into the lab, bringing its total to $8 billion.',
    [money('$4 billion', 4e9, 'USD'), money('$8 billion', 8e9, 'USD')],
  ],
  ['The government set aside 2.5 billion pounds for research councils.', [money('2.5 billion pounds', 2.5e9, 'GBP')]],
  ['The Korean chipmaker will invest 450 trillion won by 2047.', [money('450 trillion won', 450e12, 'KRW')]],
  ['Alibaba committed 380 billion yuan to cloud and AI infrastructure.', [money('380 billion yuan', 380e9, 'CNY')]],
  ['A Gulf fund is putting in a billion dollars, people familiar with the matter said.', [money('a billion dollars', 1e9, 'USD')]],
  ['Forty billion dollars is a lot of money, even for SoftBank.', [money('Forty billion dollars', 40e9, 'USD')]],
  [
    'Shares jumped 7.5% after the company said it now had 1,500 customers.',
    [percent('7.5%', 7.5), count('1,500 customers', 1500, 'customers')],
  ],
  ["Canada's sovereign compute fund totals C$2 billion.", [money('C$2 billion', 2e9, 'CAD')]],
  ['The Sydney firm raised A$150m in a round led by Blackbird.', [money('A$150m', 150e6, 'AUD')]],
  [
    'The start-up went from 150 staff to 2,000, a rise of more than 1,200 per cent.',
    [count('150 staff', 150, 'employees'), number('2,000', 2000), percent('1,200 per cent', 1200)],
  ],
  [
    'Hugging Face was valued at $4.5bn in a round that raised $235m.',
    [money('$4.5bn', 4.5e9, 'USD'), money('$235m', 235e6, 'USD')],
  ],
  ['The chip designer expects revenue of $1.250 billion next year.', [money('$1.250 billion', 1.25e9, 'USD')]],
  // A range keeps its lower bound as the value (Quantity has no range field).
  ['Analysts expect the company to raise $5-7 billion this year.', [money('$5-7 billion', 5e9, 'USD')]],
  ['It lost 75 USD million last year, its filing shows.', [money('75 USD million', 75e6, 'USD')]],
  ['Half a billion dollars went into the new campus.', [money('Half a billion dollars', 0.5e9, 'USD')]],
  ['Two and a half billion dollars changed hands.', [money('Two and a half billion dollars', 2.5e9, 'USD')]],
];

describe('findQuantities — English news prose', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expectQuantities(sentence, 'en', expected);
  });

  it('reads the same amount whatever space separates number and unit', () => {
    for (const space of [' ', '\u00A0', '\u202F']) {
      const [q] = findQuantities(`a round of 40${space}billion dollars`, 'en');
      expect(q?.value).toBe(40e9);
      expect(q?.unit).toBe('USD');
    }
  });
});
