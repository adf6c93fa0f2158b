// Reference figures that put an article's amount in context, taken from the project's research notes
// (shared/research/context-figures.md). Every figure keeps its own definition, year and source, because
// trackers count different things (all private investment vs venture capital only, AI companies vs
// "AI-first" ones) and disagree by tens of billions. A URL is given only for a source's landing page that
// was checked; the others name the source without a link rather than guess one.
import type { LocalisedText } from './polls';

export type ContextRegion =
  | 'US'
  | 'CN'
  | 'UK'
  | 'SE'
  | 'CA'
  | 'FR'
  | 'DE'
  | 'AE'
  | 'IL'
  | 'IN'
  | 'EU+UK'
  | 'Europe'
  | 'World';

export interface ContextSource {
  name: string;
  url: string | null;
  /** When the figure was read in a secondary publication, which one. */
  via?: string;
}

export interface ContextFigure {
  id: string;
  region: ContextRegion;
  /** In units (109.1 billion = 109100000000), or a percentage when unit is "%". */
  value: number;
  /** ISO 4217 code, or "%". */
  unit: string;
  /** The calendar year measured; for a cumulative figure, its last year (see `fromYear`). */
  year: number;
  fromYear?: number;
  definition: LocalisedText;
  source: ContextSource;
}

export const REGION_LABELS: Record<ContextRegion, LocalisedText> = {
  US: { en: 'United States', fr: 'États-Unis', de: 'USA', es: 'Estados Unidos', it: 'Stati Uniti' },
  CN: { en: 'China', fr: 'Chine', de: 'China', es: 'China', it: 'Cina' },
  UK: { en: 'United Kingdom', fr: 'Royaume-Uni', de: 'Vereinigtes Königreich', es: 'Reino Unido', it: 'Regno Unito' },
  SE: { en: 'Sweden', fr: 'Suède', de: 'Schweden', es: 'Suecia', it: 'Svezia' },
  CA: { en: 'Canada', fr: 'Canada', de: 'Kanada', es: 'Canadá', it: 'Canada' },
  FR: { en: 'France', fr: 'France', de: 'Frankreich', es: 'Francia', it: 'Francia' },
  DE: { en: 'Germany', fr: 'Allemagne', de: 'Deutschland', es: 'Alemania', it: 'Germania' },
  AE: {
    en: 'United Arab Emirates',
    fr: 'Émirats arabes unis',
    de: 'Vereinigte Arabische Emirate',
    es: 'Emiratos Árabes Unidos',
    it: 'Emirati Arabi Uniti',
  },
  IL: { en: 'Israel', fr: 'Israël', de: 'Israel', es: 'Israel', it: 'Israele' },
  IN: { en: 'India', fr: 'Inde', de: 'Indien', es: 'India', it: 'India' },
  'EU+UK': { en: 'EU + UK', fr: 'UE + Royaume-Uni', de: 'EU + Vereinigtes Königreich', es: 'UE + Reino Unido', it: 'UE + Regno Unito' },
  Europe: { en: 'Europe', fr: 'Europe', de: 'Europa', es: 'Europa', it: 'Europa' },
  World: { en: 'World', fr: 'Monde', de: 'Welt', es: 'Mundo', it: 'Mondo' },
};

const B = 1e9;

const AI_INDEX_2025: ContextSource = {
  name: 'Stanford AI Index 2025 (Quid data)',
  url: 'https://hai.stanford.edu/ai-index/2025-ai-index-report',
};
const AI_INDEX_2024: ContextSource = {
  name: 'Stanford AI Index 2024 (Quid data)',
  url: 'https://hai.stanford.edu/ai-index/2024-ai-index-report',
};
const AI_INDEX_2023_VIA_EPRS: ContextSource = {
  name: 'Stanford AI Index 2023',
  url: 'https://epthinktank.eu/2024/04/04/ai-investment-eu-and-global-indicators/',
  via: 'European Parliamentary Research Service, 4 April 2024',
};
const DEALROOM: ContextSource = { name: 'Dealroom', url: null };
const PITCHBOOK: ContextSource = { name: 'PitchBook (preliminary)', url: null };
const PITCHBOOK_TECHCRUNCH: ContextSource = { name: 'PitchBook', url: null, via: 'TechCrunch' };
const CB_INSIGHTS: ContextSource = { name: 'CB Insights, State of AI 2024', url: null };
const CRUNCHBASE: ContextSource = { name: 'Crunchbase', url: null };
const FRENCH_AI_REPORT: ContextSource = { name: 'French AI Report (Galion.exe, Revaia, Chausson)', url: null };
const STEPUP: ContextSource = { name: 'Funding the AI Economy (StepUp Startups)', url: null };

const PRIVATE_INVESTMENT: LocalisedText = {
  en: 'private investment in AI companies',
  fr: 'investissement privé dans les entreprises d’IA',
  de: 'private Investitionen in KI-Unternehmen',
  es: 'inversión privada en empresas de IA',
  it: 'investimenti privati in aziende di IA',
};
const PRIVATE_INVESTMENT_CUMULATIVE: LocalisedText = {
  en: 'private investment in AI companies, cumulative',
  fr: 'investissement privé dans les entreprises d’IA, cumulé',
  de: 'private Investitionen in KI-Unternehmen, kumuliert',
  es: 'inversión privada en empresas de IA, acumulada',
  it: 'investimenti privati in aziende di IA, cumulati',
};
const GENAI_PRIVATE: LocalisedText = {
  en: 'private investment in generative AI',
  fr: 'investissement privé dans l’IA générative',
  de: 'private Investitionen in generative KI',
  es: 'inversión privada en IA generativa',
  it: 'investimenti privati nell’IA generativa',
};
const VC_AI_FIRST: LocalisedText = {
  en: 'venture capital into AI-first companies',
  fr: 'capital-risque investi dans les entreprises « AI-first »',
  de: 'Wagniskapital für „AI-first“-Unternehmen',
  es: 'capital riesgo en empresas «AI-first»',
  it: 'capitale di rischio in aziende «AI-first»',
};
const VC_AI_STARTUPS: LocalisedText = {
  en: 'venture capital into AI start-ups',
  fr: 'capital-risque investi dans les start-up d’IA',
  de: 'Wagniskapital für KI-Start-ups',
  es: 'capital riesgo en start-ups de IA',
  it: 'capitale di rischio in start-up di IA',
};
const VC_GENAI: LocalisedText = {
  en: 'venture capital into generative AI (885 deals)',
  fr: 'capital-risque dans l’IA générative (885 opérations)',
  de: 'Wagniskapital für generative KI (885 Deals)',
  es: 'capital riesgo en IA generativa (885 operaciones)',
  it: 'capitale di rischio nell’IA generativa (885 operazioni)',
};
const AI_FUNDING: LocalisedText = {
  en: 'funding of AI companies',
  fr: 'financements des entreprises d’IA',
  de: 'Finanzierungen von KI-Unternehmen',
  es: 'financiación de empresas de IA',
  it: 'finanziamenti alle aziende di IA',
};
const VC_SHARE_TO_AI: LocalisedText = {
  en: 'share of venture capital going to AI, 2020–2025',
  fr: 'part du capital-risque allant à l’IA, 2020-2025',
  de: 'Anteil des Wagniskapitals für KI, 2020–2025',
  es: 'parte del capital riesgo destinada a la IA, 2020-2025',
  it: 'quota del capitale di rischio destinata all’IA, 2020-2025',
};

const aiIndex2025 = (region: ContextRegion, billions: number): ContextFigure => ({
  id: `ai-index-2025:${region}:2024`,
  region,
  value: billions * B,
  unit: 'USD',
  year: 2024,
  definition: PRIVATE_INVESTMENT,
  source: AI_INDEX_2025,
});

const aiIndex2025Cumulative = (region: ContextRegion, billions: number): ContextFigure => ({
  id: `ai-index-2025:${region}:2013-2024`,
  region,
  value: billions * B,
  unit: 'USD',
  year: 2024,
  fromYear: 2013,
  definition: PRIVATE_INVESTMENT_CUMULATIVE,
  source: AI_INDEX_2025,
});

export const CONTEXT_FIGURES: readonly ContextFigure[] = [
  aiIndex2025('US', 109.1),
  aiIndex2025('CN', 9.3),
  aiIndex2025('UK', 4.5),
  aiIndex2025('SE', 4.34),
  aiIndex2025('CA', 2.89),
  aiIndex2025('FR', 2.62),
  aiIndex2025('DE', 1.97),
  aiIndex2025('AE', 1.77),
  aiIndex2025Cumulative('US', 470.9),
  aiIndex2025Cumulative('CN', 119.3),
  aiIndex2025Cumulative('UK', 28.2),
  aiIndex2025Cumulative('CA', 15.3),
  aiIndex2025Cumulative('IL', 15.0),
  aiIndex2025Cumulative('DE', 11.3),
  aiIndex2025Cumulative('IN', 11.1),
  {
    id: 'ai-index-2025:World:genai:2024',
    region: 'World',
    value: 33.9 * B,
    unit: 'USD',
    year: 2024,
    definition: GENAI_PRIVATE,
    source: AI_INDEX_2025,
  },
  {
    id: 'ai-index-2024:US:2023',
    region: 'US',
    value: 67.2 * B,
    unit: 'USD',
    year: 2023,
    definition: PRIVATE_INVESTMENT,
    source: AI_INDEX_2024,
  },
  {
    id: 'ai-index-2024:CN:2023',
    region: 'CN',
    value: 7.8 * B,
    unit: 'USD',
    year: 2023,
    definition: PRIVATE_INVESTMENT,
    source: AI_INDEX_2024,
  },
  {
    id: 'ai-index-2023:US:2022',
    region: 'US',
    value: 44 * B,
    unit: 'EUR',
    year: 2022,
    definition: PRIVATE_INVESTMENT,
    source: AI_INDEX_2023_VIA_EPRS,
  },
  {
    id: 'ai-index-2023:CN:2022',
    region: 'CN',
    value: 12 * B,
    unit: 'EUR',
    year: 2022,
    definition: PRIVATE_INVESTMENT,
    source: AI_INDEX_2023_VIA_EPRS,
  },
  {
    id: 'ai-index-2023:EU+UK:2022',
    region: 'EU+UK',
    value: 10.2 * B,
    unit: 'EUR',
    year: 2022,
    definition: PRIVATE_INVESTMENT,
    source: AI_INDEX_2023_VIA_EPRS,
  },
  { id: 'dealroom:World:2024', region: 'World', value: 110 * B, unit: 'USD', year: 2024, definition: VC_AI_FIRST, source: DEALROOM },
  { id: 'dealroom:US:2024', region: 'US', value: 80.7 * B, unit: 'USD', year: 2024, definition: VC_AI_FIRST, source: DEALROOM },
  { id: 'dealroom:CN:2024', region: 'CN', value: 7.6 * B, unit: 'USD', year: 2024, definition: VC_AI_FIRST, source: DEALROOM },
  {
    id: 'dealroom:Europe:2024',
    region: 'Europe',
    value: 12.8 * B,
    unit: 'USD',
    year: 2024,
    definition: VC_AI_FIRST,
    source: DEALROOM,
  },
  {
    id: 'pitchbook:World:2024',
    region: 'World',
    value: 131.5 * B,
    unit: 'USD',
    year: 2024,
    definition: VC_AI_STARTUPS,
    source: PITCHBOOK,
  },
  {
    id: 'pitchbook:World:genai:2024',
    region: 'World',
    value: 56 * B,
    unit: 'USD',
    year: 2024,
    definition: VC_GENAI,
    source: PITCHBOOK_TECHCRUNCH,
  },
  {
    id: 'french-ai-report:Europe:2024',
    region: 'Europe',
    value: 8 * B,
    unit: 'USD',
    year: 2024,
    definition: VC_AI_STARTUPS,
    source: FRENCH_AI_REPORT,
  },
  {
    id: 'cb-insights:World:2024',
    region: 'World',
    value: 100.4 * B,
    unit: 'USD',
    year: 2024,
    definition: AI_FUNDING,
    source: CB_INSIGHTS,
  },
  {
    id: 'crunchbase:Europe:2025',
    region: 'Europe',
    value: 17.5 * B,
    unit: 'USD',
    year: 2025,
    definition: VC_AI_STARTUPS,
    source: CRUNCHBASE,
  },
  {
    id: 'stepup:US:share',
    region: 'US',
    value: 34,
    unit: '%',
    year: 2025,
    fromYear: 2020,
    definition: VC_SHARE_TO_AI,
    source: STEPUP,
  },
  {
    id: 'stepup:EU:share',
    region: 'Europe',
    value: 18,
    unit: '%',
    year: 2025,
    fromYear: 2020,
    definition: VC_SHARE_TO_AI,
    source: STEPUP,
  },
];

// The chart compares like with like: one currency, one kind of measure per bar, the US–Europe–China
// comparison by year first. Amounts are never converted between currencies (no exchange rate is shipped,
// and a rate would need its own date and source), so an article in euros is set beside figures in euros.
const CHART_SETS: Record<string, readonly string[]> = {
  USD: [
    'ai-index-2025:US:2024',
    'ai-index-2024:US:2023',
    'dealroom:Europe:2024',
    'ai-index-2025:CN:2024',
    'ai-index-2024:CN:2023',
  ],
  EUR: ['ai-index-2023:US:2022', 'ai-index-2023:EU+UK:2022', 'ai-index-2023:CN:2022'],
};

/** Reference bars for an amount in this currency; empty when no figure shares the currency. */
export function chartFiguresFor(currency: string): ContextFigure[] {
  const ids = CHART_SETS[currency] ?? [];
  return ids
    .map((id) => CONTEXT_FIGURES.find((figure) => figure.id === id))
    .filter((figure): figure is ContextFigure => figure !== undefined);
}

/** Currencies that have reference figures, for a note when the article's currency has none. */
export const CHART_CURRENCIES: readonly string[] = Object.keys(CHART_SETS);
