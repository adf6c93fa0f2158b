import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../core/find-organisations';
import type { DealKind, Lang } from '../../../core/types';

interface Case {
  lang: Lang;
  text: string;
  kind?: DealKind;
  company?: string | null;
  lead?: string | null;
  /** Investors that must be found. */
  investors?: string[];
  /** Names that must NOT be among the investors (sources, analysts, places, the company itself). */
  notInvestors?: string[];
  acquirer?: string;
}

// Short articles written for these tests: a headline line, then a paragraph. Companies are real or
// invented; invented names test the patterns without help from the gazetteer.
const CASES: Case[] = [
  // ----------------------------------------------------------------------------------------- English
  {
    lang: 'en',
    text: 'Lumenweave raises $42 million for its legal AI assistant\nThe round was led by Kestrel Ventures, with participation from Accel and Index Ventures, according to Bloomberg.',
    company: 'Lumenweave',
    lead: 'Kestrel Ventures',
    investors: ['Kestrel Ventures', 'Accel', 'Index Ventures'],
    notInvestors: ['Bloomberg', 'Lumenweave'],
  },
  {
    lang: 'en',
    text: 'Anthropic, the maker of the Claude chatbot, has raised $13bn in a round that values it at $183bn. Iconiq led the round.',
    company: 'Anthropic',
    lead: 'ICONIQ',
  },
  {
    lang: 'en',
    text: 'OpenAI raises $40 billion in SoftBank-led round\nMicrosoft, Coatue and Thrive Capital also took part.',
    company: 'OpenAI',
    lead: 'SoftBank',
    investors: ['SoftBank', 'Microsoft', 'Coatue', 'Thrive Capital'],
  },
  {
    lang: 'en',
    text: 'Amazon invests another $4 billion in Anthropic\nThe cloud giant says it remains a minority shareholder.',
    company: 'Anthropic',
    investors: ['Amazon'],
  },
  {
    lang: 'en',
    text: 'AMD to buy Finland’s Silo AI for $665 million\nThe chipmaker said the acquisition would close later this year.',
    kind: 'acquisition',
    company: 'Silo AI',
    acquirer: 'AMD',
    notInvestors: ['AMD', 'Finland'],
  },
  {
    lang: 'en',
    text: 'Thinking Machines Lab, the start-up founded by former OpenAI executive Mira Murati, has closed a $2bn seed round led by Andreessen Horowitz.',
    company: 'Thinking Machines Lab',
    lead: 'Andreessen Horowitz',
    notInvestors: ['Mira Murati'],
  },
  {
    lang: 'en',
    text: 'Quarry Labs secures $8 million\nAnalysts at Morgan Stanley said the valuation looked rich. Investors include Northbridge Capital and Abu Dhabi’s MGX.',
    company: 'Quarry Labs',
    investors: ['Northbridge Capital', 'MGX'],
    notInvestors: ['Morgan Stanley', 'Abu Dhabi'],
  },
  {
    lang: 'en',
    text: 'Nvidia shares fell 3 per cent on Thursday after the chipmaker reported quarterly revenue of $46bn, analysts at Goldman Sachs said.',
    notInvestors: ['Goldman Sachs', 'Nvidia'],
    lead: null,
  },
  // ----------------------------------------------------------------------------------------- French
  {
    lang: 'fr',
    text: 'La start-up française Nautile IA lève 6 millions d’euros\nLe tour de table est mené par Elaia, aux côtés de Bpifrance et de business angels.',
    company: 'Nautile IA',
    lead: 'Elaia',
    investors: ['Elaia', 'Bpifrance'],
  },
  {
    lang: 'fr',
    text: 'Mistral AI boucle une levée de 1,7 milliard d’euros menée par ASML, selon Les Echos.',
    company: 'Mistral AI',
    lead: 'ASML',
    notInvestors: ['Les Echos'],
  },
  {
    lang: 'fr',
    text: 'Parmi les investisseurs, on retrouve les géants SoftBank et Microsoft, partenaires historiques d’OpenAI. La levée de fonds d’OpenAI atteint 40 milliards de dollars.',
    company: 'OpenAI',
    investors: ['SoftBank', 'Microsoft'],
  },
  {
    lang: 'fr',
    text: 'Le fonds souverain du Qatar (QIA) et le singapourien GIC y participent également, aux côtés du fonds Iconiq qui mène le tour.',
    investors: ['Qatar Investment Authority', 'GIC'],
    notInvestors: ['Qatar'],
  },
  {
    lang: 'fr',
    text: 'Capgemini rachète la pépite lyonnaise Vizia pour 90 millions d’euros.',
    kind: 'acquisition',
    company: 'Vizia',
    acquirer: 'Capgemini',
  },
  {
    lang: 'fr',
    text: 'Hugging Face lève 235 millions de dollars. Menée par Salesforce Ventures, cette série D réunit aussi Google, Amazon, Nvidia, Intel et AMD.',
    company: 'Hugging Face',
    lead: 'Salesforce Ventures',
    investors: ['Google', 'Amazon', 'Nvidia', 'Intel', 'AMD'],
  },
  {
    lang: 'fr',
    text: 'Selon Arthur Mensch, patron de Mistral AI, la société n’a pas besoin de lever à nouveau cette année.',
    notInvestors: ['Arthur Mensch'],
    lead: null,
  },
  {
    lang: 'fr',
    text: 'La jeune pousse Kairn obtient 3 millions d’euros auprès de Ouest Amorçage et d’Armor Angels.',
    company: 'Kairn',
    investors: ['Ouest Amorçage'],
  },
  // ----------------------------------------------------------------------------------------- German
  {
    lang: 'de',
    text: 'Helsing sammelt 600 Millionen Euro ein\nAngeführt wird die Runde von Prima Materia, der Beteiligungsgesellschaft von Spotify-Gründer Daniel Ek. Ebenfalls beteiligt sind die Bestandsinvestoren Accel und General Catalyst.',
    company: 'Helsing',
    lead: 'Prima Materia',
    investors: ['Prima Materia', 'Accel', 'General Catalyst'],
    notInvestors: ['Spotify'],
  },
  {
    lang: 'de',
    text: 'Das Berliner Start-up Parloa, das KI-Agenten für Callcenter baut, hat eine Serie-C-Runde über 120 Mio. Dollar abgeschlossen. Angeführt wird sie von Durable Capital Partners.',
    company: 'Parloa',
    lead: 'Durable Capital Partners',
  },
  {
    lang: 'de',
    text: 'Das Hamburger KI-Start-up Promptfabrik hat sich 6 Mio. Euro über ein Wandeldarlehen gesichert. Picus Capital und zwei Business Angels beteiligten sich.',
    company: 'Promptfabrik',
    investors: ['Picus Capital'],
    notInvestors: ['Wandeldarlehen'],
  },
  {
    lang: 'de',
    text: 'Amazon steckt weitere vier Milliarden Dollar in Anthropic. Der Konzern bleibt Minderheitsaktionär.',
    company: 'Anthropic',
    investors: ['Amazon'],
  },
  {
    lang: 'de',
    text: 'Nvidia übernimmt das israelische Start-up Run:ai für rund 700 Millionen Dollar.',
    kind: 'acquisition',
    company: 'Run:ai',
    acquirer: 'Nvidia',
  },
  {
    lang: 'de',
    text: 'Die Bewertung liegt nach Unternehmensangaben bei zwei Milliarden Dollar, sagte Firmenchef Jarek Kutylowski laut Handelsblatt.',
    notInvestors: ['Handelsblatt', 'Jarek Kutylowski'],
    lead: null,
  },
  {
    lang: 'de',
    text: 'Kognit Systems erhält 24 Millionen Euro. Die Runde wird angeführt von Earlybird, neu dabei ist Bayern Kapital.',
    company: 'Kognit Systems',
    lead: 'Earlybird',
  },
  {
    lang: 'de',
    text: 'Zu den Geldgebern zählen Index Ventures, IVP und Atomico, teilte DeepL in Köln mit.',
    investors: ['Index Ventures', 'IVP', 'Atomico'],
    notInvestors: ['Köln', 'DeepL'],
  },
  // ----------------------------------------------------------------------------------------- Spanish
  {
    lang: 'es',
    text: 'La startup valenciana Tesela IA capta 3 millones de euros\nLa ronda está liderada por Kfund, con la participación de Seaya Ventures.',
    company: 'Tesela IA',
    lead: 'Kfund',
    investors: ['Kfund', 'Seaya Ventures'],
  },
  {
    lang: 'es',
    text: 'Safe Superintelligence recauda 2.000 millones de dólares. La ronda la lidera el fondo Greenoaks. También entran Alphabet y Nvidia.',
    company: 'Safe Superintelligence',
    lead: 'Greenoaks',
    investors: ['Greenoaks', 'Alphabet', 'Nvidia'],
  },
  {
    lang: 'es',
    text: 'OpenAI recauda 40.000 millones de dólares en una ronda encabezada por SoftBank, según Reuters.',
    company: 'OpenAI',
    lead: 'SoftBank',
    notInvestors: ['Reuters'],
  },
  {
    lang: 'es',
    text: 'Multiverse Computing cierra una ronda de 189 millones. Entre los inversores figuran Bullhound Capital, Toshiba y el Gobierno vasco.',
    company: 'Multiverse Computing',
    investors: ['Bullhound Capital', 'Toshiba'],
  },
  {
    lang: 'es',
    text: 'Telefónica compra la startup madrileña Datanube por 50 millones de euros.',
    kind: 'acquisition',
    company: 'Datanube',
    acquirer: 'Telefónica',
  },
  {
    lang: 'es',
    text: 'Los analistas de BBVA Research creen que el sector se enfriará, según explicó el economista jefe en Madrid.',
    notInvestors: ['BBVA', 'Madrid'],
    lead: null,
  },
  {
    lang: 'es',
    text: 'La barcelonesa Ondara AI ha ampliado su ronda con 7 millones de euros. La extensión la lidera Tramuntana Ventures.',
    company: 'Ondara AI',
    lead: 'Tramuntana Ventures',
  },
  {
    lang: 'es',
    text: 'xAI obtiene 6.000 millones de dólares con la participación de Andreessen Horowitz, BlackRock y Fidelity.',
    company: 'xAI',
    investors: ['Andreessen Horowitz', 'BlackRock', 'Fidelity'],
  },
  // ----------------------------------------------------------------------------------------- Italian
  {
    lang: 'it',
    text: 'Lessico raccoglie 850mila euro\nL’operazione è guidata da Italian Founders Fund, con la partecipazione di un gruppo di business angel.',
    company: 'Lessico',
    lead: 'Italian Founders Fund',
    notInvestors: ['Founders Fund'],
  },
  {
    lang: 'it',
    text: 'OpenAI raccoglie 40 miliardi di dollari\nIl round è guidato dal gruppo giapponese SoftBank. All’operazione partecipano anche Microsoft, Coatue e Thrive Capital.',
    company: 'OpenAI',
    lead: 'SoftBank',
    investors: ['SoftBank', 'Microsoft', 'Coatue', 'Thrive Capital'],
  },
  {
    lang: 'it',
    text: 'Il round è guidato da Andreessen Horowitz e nella lista degli investitori c’è mezza Silicon Valley: Nvidia, Accel, ServiceNow e Cisco.',
    lead: 'Andreessen Horowitz',
    investors: ['Nvidia', 'Accel', 'ServiceNow', 'Cisco'],
    notInvestors: ['Silicon Valley'],
  },
  {
    lang: 'it',
    text: 'La start-up torinese Sinaptica chiude un round di Serie A da 18 milioni di euro, guidato da United Ventures, con la partecipazione di CDP Venture Capital.',
    company: 'Sinaptica',
    lead: 'United Ventures',
    investors: ['United Ventures', 'CDP Venture Capital'],
  },
  {
    lang: 'it',
    text: 'AMD acquisisce la finlandese Silo AI per 665 milioni di dollari.',
    kind: 'acquisition',
    company: 'Silo AI',
    acquirer: 'AMD',
  },
  {
    lang: 'it',
    text: 'Secondo Il Sole 24 Ore, gli analisti di Mediobanca giudicano alta la valutazione di Vocalia.',
    notInvestors: ['Il Sole 24 Ore', 'Mediobanca'],
    lead: null,
  },
  {
    lang: 'it',
    text: 'Vocalia ha raccolto 12 milioni di euro. L’estensione è guidata dal fondo britannico Balderton Capital, con la partecipazione degli investitori già presenti Primo Ventures e Banca Sella.',
    company: 'Vocalia',
    lead: 'Balderton Capital',
    investors: ['Balderton Capital', 'Primo Ventures'],
  },
  {
    lang: 'it',
    text: 'Il presidente di Domyn, Uljan Sharka, ha detto che la società raccoglie nuovi capitali da investitori del Golfo.',
    notInvestors: ['Uljan Sharka', 'Domyn'],
  },
];

const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());

describe('findOrganisations', () => {
  it.each(CASES.map((c) => [c.lang, c.text.slice(0, 70), c] as const))('%s: %s', (_lang, _t, c) => {
    const r = findOrganisations(c.text, c.lang, c.kind ? { kind: c.kind } : {});
    if (c.company !== undefined) expect(r.company).toBe(c.company);
    if (c.lead !== undefined) expect(r.leadInvestor).toBe(c.lead);
    if (c.acquirer) expect(r.acquirer).toBe(c.acquirer);
    for (const name of c.investors ?? []) expect(lower(r.investors)).toContain(name.toLowerCase());
    for (const name of c.notInvestors ?? []) expect(lower(r.investors)).not.toContain(name.toLowerCase());
    // The company never backs itself, and every organisation span points at its text.
    if (r.company) expect(lower(r.investors)).not.toContain(r.company.toLowerCase());
    for (const o of r.organisations) expect(o.end).toBeGreaterThan(o.start);
  });

  it('lists no investors for an acquisition or a public plan', () => {
    const text = 'Nvidia acquires Run:ai for $700 million. The deal was backed by Tiger Global and Insight Partners, early investors in Run:ai.';
    expect(findOrganisations(text, 'en', { kind: 'acquisition' }).investors).toEqual([]);
    expect(findOrganisations(text, 'en', { kind: 'round' }).investors.length).toBeGreaterThan(0);
  });

  it('names the owner of a public plan: the Commission for Europe, else the country', () => {
    const eu = 'Brussels unveils InvestAI\nThe European Commission says it will mobilise €200bn for artificial intelligence.';
    expect(findOrganisations(eu, 'en', { kind: 'public-investment' }).company).toBe('European Commission');
    const de = 'Deutschland will bis 2030 1,6 Milliarden Euro in KI investieren, kündigte die Bundesregierung an.';
    expect(findOrganisations(de, 'de', { kind: 'public-investment' }).company).toBe('Germany');
  });

  it('reads gazetteer names through possessives and elisions', () => {
    for (const [text, lang] of [
      ['La levée de fonds d’OpenAI est la plus importante de l’année.', 'fr'],
      ["OpenAI's funding round is the largest ever.", 'en'],
      ['Il round di OpenAI è il più grande di sempre.', 'it'],
    ] as const) {
      expect(findOrganisations(text, lang).organisations.map((o) => o.name)).toContain('OpenAI');
    }
  });

  it('matches names that are ordinary words only with their capital', () => {
    const names = (t: string) => findOrganisations(t, 'en').organisations.map((o) => o.name);
    expect(names('The mistral wind and a thrive mindset set the benchmark for cohere projects.')).toEqual([]);
    expect(names('Mistral AI and Cohere were backed by Thrive Capital and Benchmark.')).toEqual(
      expect.arrayContaining(['Mistral AI', 'Cohere', 'Thrive Capital', 'Benchmark']),
    );
    expect(names('a16z led the round.')).toContain('Andreessen Horowitz');
  });
});
