import { describe, expect, it } from 'vitest';
import { themesOf } from '../../../core/themes-of';
import { LANGS, THEME_IDS } from '../../../core/types';
import type { Lang, ThemeId } from '../../../core/types';
import { THEMES } from '../../../data/themes';

describe('themesOf: examples from the design', () => {
  it('maps the seed article’s questions', () => {
    expect(themesOf('L’Europe peut-elle encore rattraper son retard ?', 'fr')).toEqual(['europe-catch-up']);
    const ethical = themesOf(
      'quelle place possible pour une IA plus éthique et souveraine dans ce paysage ultra-concurrentiel ?',
      'fr',
    );
    expect(ethical).toContain('ethics');
    expect(ethical).toContain('sovereignty');
    expect(
      themesOf(
        'Cela pose la question de l’indépendance stratégique dans des secteurs aussi sensibles que l’IA générative.',
        'fr',
      ),
    ).toContain('sovereignty');
  });

  it('maps the English examples to exactly one theme each', () => {
    expect(themesOf('Is this a bubble?', 'en')).toEqual(['bubble']);
    expect(themesOf('Who will pay for the electricity these data centres need?', 'en')).toEqual(['compute-energy']);
    expect(themesOf('Will a handful of US firms control the technology?', 'en')).toEqual(['concentration']);
  });
});

/** [lang, text]: each must include its theme. At least five per theme, over several languages. */
const BY_THEME: Record<ThemeId, [Lang, string][]> = {
  'europe-catch-up': [
    ['en', 'Can Europe still catch up with America in AI?'],
    ['fr', 'Le Vieux Continent est-il condamné à rester à la traîne ?'],
    ['de', 'Kann Europa den Rückstand auf die USA noch aufholen?'],
    ['es', '¿Se está quedando atrás Europa en la carrera de la IA?'],
    ['it', 'L’Europa riuscirà a colmare il divario con gli Stati Uniti?'],
    ['en', 'Why is the continent lagging so far behind Silicon Valley and China?'],
  ],
  sovereignty: [
    ['en', 'How can Europe reduce its dependence on American cloud providers?'],
    ['fr', 'La souveraineté numérique de la France est-elle menacée ?'],
    ['de', 'Wie wichtig ist digitale Souveränität für den Mittelstand?'],
    ['es', '¿Qué significa la soberanía tecnológica para las empresas españolas?'],
    ['it', 'La sovranità digitale europea è solo uno slogan?'],
    ['de', 'Die Abhängigkeit von amerikanischen Chips wächst weiter.'],
  ],
  ethics: [
    ['en', 'Who makes sure these models are used ethically?'],
    ['fr', 'Peut-on garantir une IA éthique sans freiner l’innovation ?'],
    ['de', 'Welche Rolle spielt Ethik bei der Entwicklung der Modelle?'],
    ['es', '¿Cómo evitar los sesgos de los algoritmos en la contratación?'],
    ['it', 'Come proteggere la privacy degli utenti?'],
    ['en', 'The chatbot was accused of spreading misinformation before the vote.'],
  ],
  concentration: [
    ['en', 'Is the market turning into a monopoly for two or three firms?'],
    ['fr', 'Faut-il craindre la domination de quelques acteurs américains ?'],
    ['de', 'Wird die Marktmacht der Tech-Riesen noch größer?'],
    ['es', '¿Acabará el sector en manos de un puñado de gigantes?'],
    ['it', 'Il potere resterà concentrato nelle mani di pochi colossi?'],
    ['fr', 'La concentration de la puissance technologique inquiète Bruxelles.'],
  ],
  bubble: [
    ['en', 'Are these valuations a sign that the bubble is about to burst?'],
    ['fr', 'La bulle de l’IA va-t-elle éclater ?'],
    ['de', 'Droht eine neue Spekulationsblase wie beim Dotcom-Boom?'],
    ['es', '¿Estamos ante una burbuja financiera?'],
    ['it', 'Le aziende sono sopravvalutate?'],
    ['de', 'Ist die KI-Blase schon geplatzt?'],
  ],
  'compute-energy': [
    ['en', 'Where will the energy for the new GPUs come from?'],
    ['fr', 'Les centres de données vont-ils saturer le réseau électrique ?'],
    ['de', 'Reicht der Strom für all die neuen Rechenzentren?'],
    ['es', '¿Cuánta agua consumen los centros de datos?'],
    ['it', 'Quanta elettricità servirà per i nuovi data center?'],
    ['de', 'Der Stromverbrauch der Großrechenzentren steigt rasant.'],
  ],
  jobs: [
    ['en', 'How many jobs will be lost to automation?'],
    ['fr', 'Quels métiers vont disparaître avec l’automatisation ?'],
    ['de', 'Wie viele Arbeitsplätze kostet die KI?'],
    ['es', '¿Qué pasará con los trabajadores de los centros de atención telefónica?'],
    ['it', 'Quanti posti di lavoro saranno a rischio?'],
    ['fr', 'Les salariés du secteur craignent des licenciements massifs.'],
  ],
  regulation: [
    ['en', 'Will the new rules slow down innovation?'],
    ['fr', 'Faut-il une régulation plus stricte des modèles ?'],
    ['de', 'Bremst die Regulierung durch den AI Act die Start-ups aus?'],
    ['es', '¿Debe la ley europea prohibir ciertos usos?'],
    ['it', 'La normativa europea è troppo severa?'],
    ['en', 'Lawmakers in Brussels want stronger oversight of the largest models.'],
  ],
  'open-source': [
    ['en', 'Can open-source models compete with proprietary ones?'],
    ['fr', 'Les modèles ouverts sont-ils une chance pour l’Europe ?'],
    ['de', 'Sind quelloffene Modelle sicherer?'],
    ['es', '¿Puede el código abierto competir con los gigantes?'],
    ['it', 'I modelli aperti possono sfidare quelli chiusi?'],
    ['fr', 'Mistral publie ses modèles en open source.'],
  ],
};

describe('themesOf: each theme across languages', () => {
  for (const theme of THEME_IDS) {
    it(`${theme} has at least five cases in at least four languages`, () => {
      expect(BY_THEME[theme].length).toBeGreaterThanOrEqual(5);
      expect(new Set(BY_THEME[theme].map(([lang]) => lang)).size).toBeGreaterThanOrEqual(4);
    });
    for (const [lang, text] of BY_THEME[theme]) {
      it(`${theme} (${lang}): ${text}`, () => {
        expect(themesOf(text, lang)).toContain(theme);
      });
    }
  }
});

describe('themesOf: matching rules', () => {
  it('ignores accents and case', () => {
    expect(themesOf('ÉTHIQUE', 'fr')).toEqual(['ethics']);
    expect(themesOf('une IA ethique', 'fr')).toEqual(['ethics']);
    expect(themesOf('SOUVERÄNITÄT', 'de')).toEqual(['sovereignty']);
    expect(themesOf('Souveranitat', 'de')).toEqual(['sovereignty']);
  });

  it('matches stems only at word starts and whole words elsewhere', () => {
    expect(themesOf('A bubbly launch party', 'en')).toEqual([]);
    expect(themesOf('The lagoon behind the campus', 'en')).toEqual([]);
    expect(themesOf('They concentrate on enterprise customers.', 'en')).toEqual([]);
    expect(themesOf('Le chef de la Sûreté a démissionné.', 'fr')).toEqual([]);
    expect(themesOf('Un chercheur indépendant a relu le rapport.', 'fr')).toEqual([]);
  });

  it('reads elisions, hyphens and German compounds as separate words', () => {
    expect(themesOf('l’indépendance', 'fr')).toEqual(['sovereignty']);
    expect(themesOf('open-source', 'en')).toEqual(['open-source']);
    expect(themesOf('Die Spekulationsblase', 'de')).toEqual(['bubble']);
    expect(themesOf('Neue KI-Rechenzentren', 'de')).toEqual(['compute-energy']);
  });

  it('reports each theme once, in the order of data/themes.ts', () => {
    const themes = themesOf(
      'Open-source models, fewer jobs, a bubble, new rules and energy: Europe must catch up.',
      'en',
    );
    expect(themes).toEqual(['europe-catch-up', 'bubble', 'compute-energy', 'jobs', 'regulation', 'open-source']);
  });

  it('uses only the keywords of the language it is given', () => {
    expect(themesOf('la burbuja', 'it')).toEqual([]);
    expect(themesOf('la burbuja', 'es')).toEqual(['bubble']);
  });

  it('finds nothing in text about other things', () => {
    expect(themesOf('The museum reopened after a long renovation.', 'en')).toEqual([]);
    expect(themesOf('Le club parisien s’impose dans les dernières minutes.', 'fr')).toEqual([]);
    expect(themesOf('Die Bahn streicht Verbindungen wegen Sturm.', 'de')).toEqual([]);
    expect(themesOf('', 'es')).toEqual([]);
  });

  it('does not read everyday words that share a stem with a theme', () => {
    expect(themesOf('Il proprietario del giornale ha parlato.', 'it')).toEqual([]);
    expect(themesOf('Stanno lavorando a un nuovo progetto.', 'it')).toEqual([]);
    expect(themesOf('Die Firma will die Weichen neu stellen.', 'de')).toEqual([]);
    expect(themesOf('La jeune pousse décroche un contrat.', 'fr')).toEqual([]);
    expect(themesOf('Il passe régulièrement à Paris.', 'fr')).toEqual([]);
  });
});

describe('data/themes.ts', () => {
  it('defines the nine themes of the contract, once each', () => {
    expect(THEMES.map((theme) => theme.id).sort()).toEqual([...THEME_IDS].sort());
  });

  for (const theme of THEMES) {
    it(`${theme.id} has a label and keywords in every language`, () => {
      for (const lang of LANGS) {
        expect(theme.label[lang].trim().length).toBeGreaterThan(3);
        expect(theme.keywords[lang].length).toBeGreaterThanOrEqual(5);
        for (const keyword of theme.keywords[lang]) {
          // Keywords are written folded (lower case, no accents) and a stem has at least three letters.
          expect(keyword, keyword).toBe(keyword.toLowerCase());
          expect(keyword.normalize('NFD'), keyword).toBe(keyword);
          expect(keyword.replace(/\*/g, '').length, keyword).toBeGreaterThanOrEqual(2);
          expect(keyword.split(' ').slice(1).some((word) => word.startsWith('*')), keyword).toBe(false);
        }
      }
    });
  }
});
