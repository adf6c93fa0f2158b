import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../core/analyze-article';
import { THRESHOLD } from '../../../core/detect-ai-funding';
import type { DealKind, Lang } from '../../../core/types';

// [language, expected kind (null = not AI funding), article]. First line = headline. Written for these
// tests; the negatives are the hard ones: AI without money, money without AI, market news of AI
// companies, fines, licensing deals, lawsuits, budgets and football transfers.
const CASES: [Lang, DealKind | null, string][] = [
  // ----------------------------------------------------------------------------------------- English
  ['en', 'round', 'Lumenweave raises $42 million to build AI paralegals\nThe London start-up said on Tuesday that the Series B round was led by Kestrel Ventures. Its software uses large language models to draft contracts.'],
  ['en', 'round', 'Mistral AI secures €600m as Europe’s AI race heats up\nThe Paris-based developer of open-weight models raised the money from General Catalyst and existing backers, valuing it at €5.8bn.'],
  ['en', 'acquisition', 'AMD to buy Finland’s Silo AI for $665 million\nThe chipmaker will acquire the Helsinki lab, which trains large language models for European customers, in an all-cash deal.'],
  ['en', 'public-investment', 'Britain pledges £2bn for AI compute in national plan\nThe government said the money would fund new supercomputers and an AI research programme over five years.'],
  ['en', null, 'Nvidia revenue jumps 56% to $46.7bn as AI demand holds\nThe chipmaker’s shares fell in after-hours trading as investors weighed its quarterly results and guidance for the next quarter.'],
  ['en', null, 'Italy fines OpenAI €15 million over ChatGPT privacy breaches\nThe data protection watchdog said the company processed users’ data without an adequate legal basis.'],
  ['en', null, 'Calderwood Therapeutics raises $50 million for its kidney drug\nThe biotech’s Series B was led by Northbridge Bio Partners and will fund a clinical trial next year.'],
  ['en', null, 'OpenAI unveils GPT-5 with better reasoning\nThe new model is rolling out to all ChatGPT users from today, the company said at a livestreamed event.'],
  ['en', null, 'Liverpool sign striker for a record £125m transfer fee\nThe club beat several Premier League rivals to the forward, who joins on a six-year contract.'],
  ['en', null, 'News Corp signs content licensing deal with OpenAI worth $250m\nThe publisher will let the AI company use its archive, in a licensing agreement spanning five years.'],
  // ----------------------------------------------------------------------------------------- French
  ['fr', 'round', 'La start-up Nautile IA lève 6 millions d’euros\nLa jeune pousse nantaise, qui développe une intelligence artificielle pour la maintenance des navires, a bouclé un tour de table mené par Elaia.'],
  ['fr', 'round', 'Mistral AI boucle une levée de fonds de 1,7 milliard d’euros\nLe champion français de l’IA générative est désormais valorisé 11,7 milliards d’euros après cette opération menée par ASML.'],
  ['fr', 'acquisition', 'Capgemini rachète la pépite de l’IA Vizia pour 90 millions d’euros\nLe groupe met la main sur la start-up lyonnaise spécialisée dans la vision par ordinateur.'],
  ['fr', 'public-investment', 'Intelligence artificielle : l’État va investir 2,5 milliards d’euros\nLe gouvernement présente un plan national pour financer des centres de calcul et la recherche en IA.'],
  ['fr', null, 'Nvidia : le chiffre d’affaires trimestriel atteint 46 milliards de dollars\nLe titre du fabricant de puces pour l’IA a reculé en Bourse malgré des résultats supérieurs aux attentes.'],
  ['fr', null, 'La CNIL inflige une amende de 5 millions d’euros à un éditeur d’IA\nLe gendarme des données reproche à la société des manquements dans la collecte des données de ses utilisateurs.'],
  ['fr', null, 'Le PSG boucle le transfert d’un attaquant pour 80 millions d’euros\nLe club de la capitale s’offre un joueur très convoité pour la saison prochaine.'],
  ['fr', null, 'La fintech Qonto lève 50 millions d’euros pour se développer en Italie\nLa néobanque pour les PME a bouclé un tour de table auprès de ses investisseurs historiques.'],
  ['fr', null, 'L’IA va-t-elle remplacer les traducteurs ?\nDe plus en plus d’éditeurs utilisent des outils d’intelligence artificielle, au grand dam des professionnels du secteur.'],
  // ----------------------------------------------------------------------------------------- German
  ['de', 'round', 'Helsing sammelt 600 Millionen Euro ein\nDas Münchner KI-Start-up für Verteidigungssoftware hat eine Finanzierungsrunde abgeschlossen, angeführt von Prima Materia.'],
  ['de', 'round', 'KI-Start-up Kognit Systems erhält 24 Millionen Euro\nDie Serie-A-Runde wird angeführt von Earlybird. Das Unternehmen entwickelt KI-Agenten für Fabriken.'],
  ['de', 'acquisition', 'Nvidia übernimmt KI-Start-up Run:ai für 700 Millionen Dollar\nDer Chipkonzern kauft das israelische Unternehmen, dessen Software die Auslastung von KI-Rechenzentren steuert.'],
  ['de', 'public-investment', 'Bundesregierung will 1,6 Milliarden Euro in künstliche Intelligenz investieren\nDer KI-Aktionsplan des Bundes sieht neue Rechenzentren und Förderprogramme vor.'],
  ['de', null, 'Nvidia-Aktie fällt trotz Rekordumsatz von 46 Milliarden Dollar\nDer Chiphersteller meldete Quartalszahlen über den Erwartungen, die Börse reagierte dennoch verhalten.'],
  ['de', null, 'Datenschützer verhängen Bußgeld von 3 Millionen Euro gegen KI-Anbieter\nDie Behörde wirft dem Unternehmen vor, Nutzerdaten ohne Einwilligung verarbeitet zu haben.'],
  ['de', null, 'FC Bayern zahlt 70 Millionen Euro Ablöse für Mittelfeldspieler\nDer Verein verpflichtet den Nationalspieler für fünf Jahre, wie der Klub am Montag mitteilte.'],
  ['de', null, 'Lieferdienst Flink sammelt 100 Millionen Euro ein\nDas Berliner Start-up für schnelle Lebensmittellieferungen will mit dem Geld neue Städte erschließen.'],
  ['de', null, 'Wie künstliche Intelligenz den Arbeitsmarkt verändert\nEine neue Studie zeigt, welche Berufe besonders betroffen sind und wo neue Stellen entstehen.'],
  // ----------------------------------------------------------------------------------------- Spanish
  ['es', 'round', 'La startup Tesela IA capta 3 millones de euros en una ronda semilla\nLa empresa valenciana, que aplica inteligencia artificial a la inspección de obras, ha cerrado la ronda liderada por Kfund.'],
  ['es', 'round', 'Safe Superintelligence recauda 2.000 millones de dólares\nEl laboratorio de inteligencia artificial fundado por Ilya Sutskever ya vale 32.000 millones tras la ronda liderada por Greenoaks.'],
  ['es', 'acquisition', 'Telefónica compra la startup de inteligencia artificial Datanube por 50 millones\nLa operadora adquiere la empresa madrileña para reforzar sus servicios de IA para empresas.'],
  ['es', 'public-investment', 'El Gobierno invertirá 1.500 millones de euros en inteligencia artificial\nEl plan nacional destinará el dinero a supercomputación y a modelos de lenguaje en español.'],
  ['es', null, 'Las acciones de Nvidia caen pese a unos ingresos récord de 46.000 millones\nLa cotización del fabricante de chips de IA retrocede en Wall Street tras presentar resultados trimestrales.'],
  ['es', null, 'La AEPD multa con 2 millones de euros a una empresa de IA\nLa agencia sanciona a la compañía por tratar datos biométricos sin consentimiento.'],
  ['es', null, 'El Real Madrid paga 100 millones por el fichaje de un delantero\nEl club blanco cierra el traspaso del jugador, que firma hasta 2030.'],
  ['es', null, 'Glovo recauda 150 millones de euros para crecer en África\nLa plataforma de reparto de comida ha cerrado una ronda con sus inversores actuales.'],
  ['es', null, '¿Puede la inteligencia artificial escribir una novela?\nEscritores y editores debaten sobre el papel de los modelos de lenguaje en la literatura.'],
  // ----------------------------------------------------------------------------------------- Italian
  ['it', 'round', 'Lessico raccoglie 850mila euro per l’IA che legge i contratti\nLa start-up bolognese che sviluppa un assistente basato sull’intelligenza artificiale ha chiuso un round pre-seed guidato da Italian Founders Fund.'],
  ['it', 'round', 'Vocalia chiude un round di Serie B da 12 milioni di euro\nLa società milanese che sviluppa assistenti vocali con intelligenza artificiale ha raccolto i fondi da Balderton Capital.'],
  ['it', 'acquisition', 'AMD acquisisce la finlandese Silo AI per 665 milioni di dollari\nIl produttore di chip rileva il laboratorio di intelligenza artificiale con un’operazione in contanti.'],
  ['it', 'public-investment', 'Il governo stanzia un miliardo di euro per l’intelligenza artificiale\nIl piano nazionale prevede un fondo gestito da CDP Venture Capital per sostenere le start-up di IA.'],
  ['it', null, 'Nvidia, il titolo crolla in Borsa nonostante ricavi per 46 miliardi\nLe azioni del produttore di chip per l’IA perdono terreno a Wall Street dopo i risultati trimestrali.'],
  ['it', null, 'Il Garante multa OpenAI per 15 milioni di euro\nL’autorità contesta a ChatGPT la raccolta dei dati degli utenti senza adeguata base giuridica.'],
  ['it', null, 'Il Napoli cede il suo attaccante per 70 milioni di euro\nIl club campano chiude il trasferimento più ricco della sessione di calciomercato.'],
  ['it', null, 'Satispay raccoglie 60 milioni di euro per crescere in Europa\nLa fintech dei pagamenti digitali ha chiuso un round con nuovi investitori.'],
  ['it', null, 'L’intelligenza artificiale cambierà la scuola?\nInsegnanti e studenti si interrogano sull’uso dei chatbot in classe e sui rischi per l’apprendimento.'],
];

describe('detectAiFunding (through analyzeArticle)', () => {
  it.each(CASES.map(([lang, kind, text]) => [lang, kind ?? 'not AI funding', text.split('\n')[0], kind, text] as const))(
    '%s → %s: %s',
    (lang, _label, _headline, kind, text) => {
      const a = analyzeArticle({ text });
      expect(a.lang).toBe(lang);
      expect(a.isAiFunding, a.reasons.join(' ')).toBe(kind !== null);
      expect(a.kind).toBe(kind);
      expect(a.score >= THRESHOLD).toBe(kind !== null);
    },
  );

  it('explains its verdict with machine-readable reasons', () => {
    const positive = analyzeArticle({ text: 'Mistral AI raises €600m\nThe French developer of language models raised the money from General Catalyst.' });
    expect(positive.reasons).toEqual(expect.arrayContaining(['company:ai', 'funding-verb:raises', 'sentence:ai+deal+money:lead']));
    expect(positive.reasons.some((r) => r.startsWith('funding-verb:'))).toBe(true);
    const fine = analyzeArticle({ text: 'Italy fines OpenAI €15 million over ChatGPT privacy breaches\nThe watchdog said so.' });
    expect(fine.reasons.some((r) => r.startsWith('negative:fine'))).toBe(true);
  });

  it('counts the headline more than the tail: a round mentioned in passing does not make the article', () => {
    const tail = [
      'How teachers are using chatbots in the classroom',
      'Schools across the country are trying out AI tutors, with mixed results so far.',
      'Teachers say pupils enjoy the tools but worry about cheating and about how much the software gets wrong.',
      'Many districts are writing their own rules while they wait for national guidance.',
      'Separately, one of the tutoring apps, Brightpath, raised $5 million last year from local investors.',
    ].join('\n');
    expect(analyzeArticle({ text: tail }).isAiFunding).toBe(false);
  });

  it('scores between 0 and 1 and is deterministic', () => {
    for (const [, , text] of CASES.slice(0, 6)) {
      const a = analyzeArticle({ text });
      const b = analyzeArticle({ text });
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(1);
      expect(b).toEqual(a);
    }
  });
});
