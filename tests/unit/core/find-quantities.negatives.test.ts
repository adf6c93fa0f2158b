// Strings that must not produce money — most of them nothing at all. Years, dates, times, ordinals,
// model names, versions, phone numbers, ISBNs and page furniture are the usual traps of a number reader.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../core/find-quantities';
import type { Lang, Quantity } from '../../../core/types';

const NOTHING: [Lang, string][] = [
  ['en', 'The company was founded in 2015 and grew steadily between 2013–2024.'],
  ['en', 'In 2025 the lab moved to a bigger office.'],
  ['fr', 'La start-up a été créée en 2024 à Paris, le 31 mars.'],
  ['de', 'Die Finanzierungsrunde wurde am 3. März 2025 abgeschlossen.'],
  ['en', 'The deal closed on March 31, 2025 at 9:30am Eastern time.'],
  ['fr', 'Rendez-vous à 14h30, puis à 18:45 pour la conférence de presse.'],
  ['it', 'Il 3 aprile 2024 alle 10.30 è stato presentato il nuovo modello.'],
  ['es', 'La ronda se cerró el 15 de marzo de 2025, aún en plena COVID-19.'],
  ['en', 'It finished 1st on the benchmark and 2nd on latency.'],
  ['fr', 'Elle arrive 3e du classement au 1er trimestre.'],
  ['en', 'The Series B was led by Sequoia; the Series C came a year later.'],
  ['en', 'OpenAI released GPT-4o, then GPT-4.5, then o3-mini.'],
  ['en', 'Meta trained Llama 3.1 405B and a smaller 70B model with a 128K context.'],
  ['en', 'Mistral 7B runs on a laptop; Claude 3.5 Sonnet does not.'],
  ['en', 'Nvidia shipped H100 and B200 chips in 8x configurations.'],
  ['en', 'The RTX 4090 and the iPhone 16 star in a 1990s retrospective.'],
  ['en', 'Call the press office on +1 650 253 0000 or (555) 123-4567.'],
  ['fr', 'Contact presse : 01 42 68 53 00 ou +33 6 12 34 56 78.'],
  ['en', 'ISBN 978-3-16-148410-0, first printed in 2019.'],
  ['en', 'ISBN 9783161484100'],
  ['en', 'Update the SDK to v2.1 or to version 3.2.1.'],
  ['en', 'Slide 1/3 of the gallery, photo 2/12.'],
  ['de', 'Seite 1/3 – Bild 4 von 12'],
  ['fr', 'Le siège est au 75008 Paris, 12 rue de la Paix.'],
  ['en', 'They won 3 contracts and lost 2.'],
  ['fr', 'Il a écrit 12 livres sur la question.'],
  ['en', 'He weighed 200 pounds before the race.'],
  ['en', 'The 100m final was streamed as a 4K video.'],
  ['en', 'A 5G network keeps the plant running 24/7.'],
  ['en', 'All 70 of us.'],
  ['de', 'Der Eurofighter und die F-35 kamen 2023 nach Büchel.'],
  ['en', 'The S&P 500 and the Fortune 500, the CAC 40 and the DAX 40.'],
  ['en', 'Euro 2024 was held in Germany.'],
  ['en', 'Final score: 3-1 after extra time.'],
  ['en', 'Dates: 2025-03-31, 31.03.2025 and 03/31/2025.'],
  ['fr', "L'article 22 du RGPD et la section 230 du Communications Decency Act."],
  ['en', 'Millions of users and billions of dollars are at stake.'],
  ['en', 'One in a million.'],
  ['en', 'It is a billion-dollar question.'],
  ['it', 'Il modello Gemini 2.5 Pro è uscito il 25 marzo.'],
  ['es', 'El iPhone 15 Pro llegó a las 9.00 horas.'],
  ['de', 'Die Version 2.0.1 erschien am 12.04.2024 um 14.30 Uhr.'],
  ['en', 'COVID-19 and H5N1 dominated the 2020s.'],
  // A year followed by a scale word or a currency word is still a year.
  ['es', 'En 2024 mil empresas adoptaron la inteligencia artificial.'],
  ['en', 'In 2024 millions of users joined the service.'],
  ['it', "Nel 2023 mille aziende hanno adottato l'IA."],
  ['en', 'Costs are given in 2024 dollars.'],
];

// Numbers that are real quantities, but not money.
const NO_MONEY: [Lang, string][] = [
  ['fr', 'Le séisme a fait près de 5 500 morts, il y a 2 000 ans.'],
  ['en', 'More than 5,000 incidents were recorded.'],
  ['de', 'Insgesamt sollen 30.000 Kilometer Glasfaser entstehen.'],
  ['en', 'The model has 405 billion parameters.'],
  ['fr', 'La base compte 300 milliards de mots.'],
  ['en', 'Shares rose 4% on the news.'],
];

function expectWellFormed(text: string, found: Quantity[]) {
  for (const [i, q] of found.entries()) {
    expect(q.text).toBe(text.slice(q.start, q.end));
    expect(q.end).toBeGreaterThan(q.start);
    if (i > 0) expect(q.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
    expect(Number.isFinite(q.value)).toBe(true);
  }
}

describe('findQuantities — hard negatives', () => {
  it('has at least 30 strings that must yield nothing', () => {
    expect(NOTHING.length).toBeGreaterThanOrEqual(30);
  });

  it.each(NOTHING)('[%s] %s → nothing', (lang, text) => {
    expect(findQuantities(text, lang)).toEqual([]);
  });

  it.each(NO_MONEY)('[%s] %s → no money', (lang, text) => {
    const found = findQuantities(text, lang);
    expectWellFormed(text, found);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((q) => q.kind === 'money')).toEqual([]);
  });
});

describe('findQuantities — adversarial input', () => {
  // Built to trip regexes and scanners that back-track or rescan: long digit runs, separator chains,
  // runs of currency signs and spaces, half-finished amounts. Timing budgets belong to `npm run bench`;
  // here it must simply finish and stay well-formed.
  const pieces = [
    '1'.repeat(5000),
    '1,'.repeat(3000),
    '1.2.'.repeat(2000),
    '$'.repeat(3000),
    ' 1 000'.repeat(2000),
    '€ $ £ ¥ '.repeat(1000),
    '\u00A0'.repeat(3000),
    '1 '.repeat(3000),
    '40 milliards de '.repeat(800),
    'GPT-4o-'.repeat(1000),
    '+33 6 '.repeat(1000),
    '(1 (2 (3 '.repeat(1000),
    'a billion a million '.repeat(500),
  ];

  // The timeout only keeps a loaded CI machine from failing a correct run; speed is measured elsewhere.
  it('finishes on 1 MB of hostile text and returns well-formed results', { timeout: 60_000 }, () => {
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${pieces[i % pieces.length]} `;
    for (const lang of ['en', 'fr'] as const) {
      const found = findQuantities(text, lang);
      // Tens of thousands of results: checked in plain code, asserted once.
      const broken = found.filter(
        (q, i) =>
          q.text !== text.slice(q.start, q.end) ||
          q.end <= q.start ||
          !Number.isFinite(q.value) ||
          q.start < (found[i - 1]?.end ?? 0),
      );
      expect(broken).toEqual([]);
    }
  });
});
