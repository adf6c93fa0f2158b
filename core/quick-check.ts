// The cheap gate the content script runs on every page before anything else: could this page be about
// money flowing into AI? Two precompiled regexes over a few hundred characters of title, description
// and lead. Recall comes first: a false "yes" only costs the full analysis, a false "no" hides the panel.
// Self-contained on purpose (no lexicon import), so that it adds about a kilobyte to the content script.

export interface QuickSignals {
  title?: string;
  description?: string;
  lead?: string;
  /** Page language if known; the patterns cover all five languages anyway. */
  lang?: string;
}

/** Characters read from each signal: a headline, a meta description and the first paragraph or two. */
const MAX_CHARS_PER_SIGNAL = 600;

// AI vocabulary in the five languages, plus the names of AI companies most often funded. Acronyms are
// case-sensitive ("AI", "IA", "KI"), so they live in their own regex.
// Dotted forms may carry a space or a no-break space between the letters ("I. A.", "K.\u00a0I.").
// Explicit Latin letters instead of Unicode property classes, and no `u` flag: those cost V8 about a
// millisecond to compile on every page the gate runs on. The five languages are written in Latin script,
// so a word boundary against other scripts is not needed here.
const AI_ACRONYM =
  /(?<![0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])(?:(?:AI|IA|KI)s?|A\.\s?I\.|I\.\s?A\.|K\.\s?I\.|GenAI|AGI|IAG|LLMs?|GPUs?)(?![0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])/;
/**
 * AI words, each as the plain lower-case text every match contains, with the pattern to confirm it when
 * the word has variants. A page is searched for the plain texts first (native substring searches, no
 * compilation); only a text found there has its pattern compiled and run. One alternation of all of
 * them cost V8 ~0.35 ms to compile and run on every page the gate ran on, the plain searches a fraction
 * of that, and a page about anything else has none of these texts. `tests/unit/core/quick-check.test.ts`
 * checks that every pattern's matches contain its text.
 */
const AI_WORDS: ReadonlyArray<readonly [text: string, pattern?: RegExp]> = [
  // One stem for "intelligence artificielle", "inteligencia artificial", "intelligenza artificiale",
  // "visión artificial" and their plurals; `\s` also takes the no-break space some outlets put there.
  ['artifici', /intell?igen(?:ce|za|cia)s?\sartifici|visi(?:on|ón|one)\sartifici/],
  ['intelligenz', /k(?:ü|ue)nstliche[nmrs]?\sintelligenz/],
  ['learning', /(?:machine|deep)[- ]learning/],
  ['apprentissage ', /apprentissage (?:automatique|profond)/],
  ['aprendizaje ', /aprendizaje (?:automático|automatico|profundo)/],
  ['apprendimento automatico'],
  ['maschinelle', /maschinelle[ns]? lernen/],
  ['generativ'],
  ['générativ'],
  ['chatbot'],
  ['chatgpt'],
  ['language model'],
  [' de langage', /modèles? de langage/],
  [' de lenguaje', /modelos? de lenguaje/],
  [' linguistic', /modell[oi] linguistic/],
  ['foundation model'],
  ['superintelligen'],
  // "neural network", "rete neurale"; "neuronale Netze", "réseau neuronal", "red neuronal".
  ['neural'],
  ['neuronal'],
  ['selbstlernend'],
  ['computer vision'],
  ['vision par ordinateur'],
  ['algorithm'],
  ['algoritm'],
  ['bildverarbeitung'],
  ['humanoid'],
  ['robotaxi'],
  // AI companies whose names may stand alone in a headline ("Helsing sammelt 600 Millionen ein").
  ['openai'],
  ['anthropic'],
  ['mistral'],
  ['xai', /xai\b/],
  ['deepseek'],
  ['deepmind'],
  ['cohere'],
  ['perplexity'],
  ['hugging', /hugging ?face/],
  ['databricks'],
  ['scale ai'],
  ['thinking machines'],
  ['character.ai'],
  ['helsing'],
  ['aleph alpha'],
  ['deepl', /deepl\b/],
  ['black forest labs'],
  ['parloa'],
  ['n8n'],
  ['elevenlabs'],
  ['synthesia'],
  ['wayve'],
  ['poolside'],
  ['kyutai'],
  ['lighton'],
  ['h company'],
  ['photoroom'],
  ['owkin'],
  ['multiverse computing'],
  ['igenius'],
  ['domyn'],
  ['run:ai'],
  ['silo ai'],
  ['cerebras'],
  ['groq'],
  ['coreweave'],
  ['nscale'],
  ['lovable'],
  ['anysphere'],
  ['midjourney'],
  ['runway'],
  ['stability ai'],
  ['inflection'],
  ['moonshot'],
  ['zhipu'],
  ['minimax'],
  ['stargate'],
  ['investai'],
  ['gigafactor'],
  ['gigafabbric'],
  ['gigausine'],
];

// Indexed loops, no destructuring: this runs once per page in cold code, where `for…of` and `[a, b] =`
// go through the iterator protocol in the interpreter (measured: half of the check's first-call time).
function hasAiWord(lower: string): boolean {
  for (let i = 0; i < AI_WORDS.length; i++) {
    const word = AI_WORDS[i] as (typeof AI_WORDS)[number];
    if (lower.includes(word[0])) {
      const pattern = word[1];
      if (pattern === undefined || pattern.test(lower)) return true;
    }
  }
  return false;
}

/** The AI words' table, for the test that checks each pattern against its plain text. */
export const AI_WORDS_FOR_TESTS = AI_WORDS;

// Money and deal vocabulary: currency amounts, scale words, funding / acquisition / valuation words.
// Built on first use: most pages the gate sees have no AI term, and never need it.
let moneyOrDeal: RegExp | undefined;
const moneyOrDealRegex = (): RegExp =>
  (moneyOrDeal ??= new RegExp(
  [
    // A currency sign or code on either side of the number: "$40", "CHF 15", "C$ 2", "2,4 G$",
    // "500 M$", "3 Mio.", "22 MCHF", "23.000 millones de reales". The digit run is bounded by the
    // clipped signals, so the class-then-alternatives scan stays cheap.
    '(?:[$€£¥₣₹]|usd|eur|gbp|chf|cad|aud|brl|mxn|fr\\.)\\s?\\d',
    '\\d[\\d.,\\s]*(?:[$€£¥₣₹]|usd|eur|gbp|chf|cad|dollar|d[óo]lar|euro|pounds?|livres?|sterlin|francs?|francos?|franchi|franken|reais|reales|pesos?|yuan|yen)',
    '\\d[\\d.,\\s]*(?:bn|mn|mln|mld|mrd|mio|mds?|md\\$|[mkgb][€$£]|mchf|mfr)(?![A-Za-z\\u00C0-\\u024F])',
    // Scale words in the five languages: million(s), millions, Millionen, millones, milioni/milione,
    // milliard(s), Milliarde(n), miliardo/miliardi, billion, billón/billones, "mil millones".
    'mill?i?[oó]n',
    'mill?iard',
    'bill?i?[oó]n',
    'rais(?:e|es|ed|ing)\\b',
    'fund(?:ing|raising|-raising|ed)',
    'financ',
    'finanz',
    'invest',
    'inversi',
    'backed',
    'round',
    'ronda',
    'tour de table',
    'levée',
    'lève',
    'lever\\b',
    'boucle',
    'ronde\\b',
    'capta',
    'recaud',
    'levanta',
    'stanzia',
    'f[öo]rder',
    'subvenci',
    'subvention',
    'sovvenzion',
    'budget',
    'presupuest',
    'haushalt',
    'fonds\\b',
    'fond(?:o|i|os)\\b',
    'sammelt',
    'eingesammelt',
    'geldgeber',
    'kapital',
    'capital',
    'recauda',
    'raccoglie',
    'raccolt',
    'series [a-h]\\b',
    's[ée]rie[- ][a-h]\\b',
    'seed\\b',
    'amorçage',
    'semilla',
    'acqui[rs]',
    'adqui[rs]',
    'rach[eè]t',
    'rachat',
    'übernimmt',
    'übernahme',
    'kauft',
    'buy(?:s|ing)?\\b',
    'bought',
    'merger',
    'fusi[oó]n',
    'takeover',
    'compra',
    'rileva',
    'shareholder',
    'stake\\b',
    'actionnaire',
    'anteil',
    'beteilig',
    'accionista',
    'azionist',
    'participaci',
    'partecipazion',
    'quota',
    'deal\\b',
    'valuation',
    'valued',
    'valoris',
    'valoraci',
    'valorad',
    'valutazion',
    'valutat',
    'bewert',
    'unicorn',
    'licorne',
    'einhorn',
    'unicornio',
    'unicorno',
    'plan',
  ].join('|'),
));

// Every acronym the regex knows holds one of these: a text without any (most pages) skips the regex,
// whose look-behind is tried at every position of the text, and whose first run is interpreted.
const ACRONYM_PIECES = ['AI', 'IA', 'KI', 'AGI', 'A.', 'I.', 'K.', 'LLM', 'GPU'];

function mayHaveAcronym(text: string): boolean {
  for (let i = 0; i < ACRONYM_PIECES.length; i++) if (text.includes(ACRONYM_PIECES[i] as string)) return true;
  return false;
}

function clip(s: string | undefined): string {
  return typeof s === 'string' ? s.slice(0, MAX_CHARS_PER_SIGNAL) : '';
}

/** True when the page may be about money flowing into AI: an AI term and a money or deal term both appear. */
export function quickCheck(signals: QuickSignals): boolean {
  const text = `${clip(signals?.title)}\n${clip(signals?.description)}\n${clip(signals?.lead)}`;
  if (text.length < 8) return false;
  // The word lists are lower case and matched against lower-cased text rather than with the `i` flag:
  // V8 compiles case-insensitive patterns more slowly, and the five languages lower-case without surprises.
  const lower = text.toLowerCase();
  if (!(mayHaveAcronym(text) && AI_ACRONYM.test(text)) && !hasAiWord(lower)) return false;
  return moneyOrDealRegex().test(lower);
}
