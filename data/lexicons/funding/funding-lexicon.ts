import type { Lang } from '../../../core/types';

/**
 * Everything the shared funding algorithms in core/ need to know about one language.
 *
 * Each string is a small regular-expression SOURCE (no capturing groups, no nested quantifiers), so that
 * inflections fit in one entry ("l[eè]v(?:e|ent|é|ée)"). core/ wraps every entry in Unicode word
 * boundaries and compiles the lists once. Lists are matched case-insensitively unless their name says
 * otherwise; names and short acronyms that are also common words ("AI" vs "ai", "IA", "KI") go in the
 * case-sensitive lists.
 */
export interface FundingLexicon {
  lang: Lang;
  /** The country "the government" means in articles of this language, as a gazetteer name ("" when
   *  the language is shared by too many countries to guess, as English is). */
  homeCountry: string;
  /** Currency of an amount written without one when the article names no currency at all ("incassa 10
   *  milioni"); "" when the language is used with too many currencies to guess (English). */
  defaultCurrency: string;

  // --- Is it about AI? -------------------------------------------------------------------------------
  /** AI vocabulary matched case-insensitively ("artificial intelligence", "machine learning"…). */
  aiTerms: string[];
  /** AI acronyms matched with their case ("AI", "IA", "KI", "LLM"…). */
  aiTermsCased: string[];

  // --- Money going in --------------------------------------------------------------------------------
  /** Verbs whose SUBJECT receives the money ("raises", "lève", "sammelt", "recauda", "raccoglie"). */
  fundingVerbs: string[];
  /** Verbs whose SUBJECT gives the money and whose object (after `investTargets`) receives it ("invests in"). */
  investVerbs: string[];
  /** Prepositions that introduce the receiver after an invest verb or a funding noun ("in", "dans", "in", "en", "in"). */
  investTargets: string[];
  /** Nouns naming a PRIVATE round or raise ("funding round", "levée de fonds", "Finanzierungsrunde"…); generic
   *  investment words belong in `investmentWords`, since states invest too. */
  fundingNouns: string[];
  /** Words naming investors as a group ("investors", "backers", "investisseurs"…). */
  investorNouns: string[];
  /** Cues right before the lead investor's name ("led by", "mené par", "angeführt von"…). */
  lead: string[];
  /** Cues right AFTER the lead investor's name ("X led the round", "X a mené le tour"). */
  leadAfter: string[];
  /** Hyphenated suffixes that make the name before them the lead ("SoftBank-led round"). */
  leadSuffixes: string[];
  /** Hyphenated suffixes that make the name before them a backer ("Nvidia-backed start-up"). */
  backerSuffixes: string[];
  /** Words that tie a deal noun to its company ("of", "de", "von", "di"), as in "la levée de fonds d’OpenAI". */
  ofWords: string[];
  /** Cues before a list of other investors ("with participation from", "aux côtés de"…). */
  participation: string[];
  /** Cues right AFTER a list of investors ("X, Y and Z also took part", "X und Y beteiligten sich"). */
  participationAfter: string[];
  /** Cues after which the receiver's name follows as a kind of apposition ("the start-up", "la jeune pousse"). */
  companyDescriptors: string[];

  // --- Roles of figures ------------------------------------------------------------------------------
  valuation: string[];
  valuationPre: string[];
  valuationPost: string[];
  /** Cues right before an OLDER valuation ("up from", "contre", "nach zuletzt", "frente a"). */
  previousValue: string[];
  /** Cues that place a raise in the past or make it another deal ("last year", "previous round"). */
  previousRound: string[];
  /** Dates that place a deal in the past when they open a sentence AFTER the lead ("In March, OpenAI
   *  raised…"): in the lead they usually date the news itself. */
  pastIfNotLead: string[];
  /** Founding dates ("founded in 2023", "gegründet 2021"): a year there does not date an older deal. */
  founded: string[];
  /** Cues for totals raised to date ("in total", "to date", "au total", "insgesamt"). */
  cumulative: string[];
  tranche: string[];
  users: string[];
  revenue: string[];
  loss: string[];
  employees: string[];
  stake: string[];

  // --- Other kinds of deal ---------------------------------------------------------------------------
  /** The buyer is the subject ("acquires", "rachète", "übernimmt", "adquiere", "acquisisce"). */
  acquisitionVerbs: string[];
  /** The buyer follows ("acquired by", "racheté par", "übernommen von"). */
  acquisitionPassive: string[];
  /** Nouns for the deal ("acquisition", "rachat", "Übernahme"). */
  acquisitionNouns: string[];
  /** Public actors and plans ("government", "l'État", "Bundesregierung", "EU"…). */
  publicActors: string[];
  /** Plan words ("plan", "programme", "strategy", "gigafactories"…). */
  publicPlan: string[];
  /** Generic investment words that, with a public actor, make a public investment ("invest", "investir"). */
  investmentWords: string[];

  // --- What a name is NOT ----------------------------------------------------------------------------
  /** Cues right BEFORE a name that make it a journalist's source ("according to", "selon", "laut"). */
  sources: string[];
  /** Words that introduce a competitor ("rival", "concurrent", "Konkurrent"): a figure in a sentence that
   *  names one and not the article's company is that rival's, not this deal's. */
  rivals?: string[];
  /** Analyst nouns: a name within a few words of one is an analyst's employer, not an investor. */
  analysts: string[];
  /** Titles before a person's name ("chief executive", "fondateur", "Gründer"): such a name is a person,
   *  never the company (persons may still be investors: business angels). */
  personTitles: string[];
  /** Capitalised words that never start or form an organisation name (determiners, months, generic nouns). */
  notNames: string[];
  /** Auxiliaries and adverbs allowed between a subject and its verb ("has", "a", "hat", "ha", "vient de"). */
  auxiliaries: string[];
  /** Determiners and small words allowed between a cue and the name it introduces ("the", "les", "dem"). */
  determiners: string[];
  /** Adjectives follow the noun ("la start-up française Mistral AI"): allow two words between a descriptor and its name. */
  adjectivesAfterNoun: boolean;
  /** The finite verb comes second and participles last (German): a subject must open its clause. */
  verbSecond: boolean;
  /** Endings of common nouns that are capitalised in this language (German): an unknown one-word name
   *  ending like this is a noun, not a company ("Berichten", "Finanzierung"). */
  commonNounEndings: string[];
  /** Articles before a capitalised common noun (German "der Risikokapitalarm"): a single unknown word
   *  right after one is a noun, not a name. Empty where only names are capitalised. */
  nounArticles: string[];
  /** Words that join names in a list ("and", "et", "und", "y", "e"). */
  listJoiners: string[];
  /** Lowercase particles allowed inside a name ("de", "von", "di", "of"). */
  nameParticles: string[];

  /** Funding rounds: pattern → normalised English label ("Series B", "Seed"…). Series letters are captured by core. */
  rounds: { pattern: string; label: string }[];
  /** Negations right before a round word ("keine große Series A", "no Series B yet"): not this deal's round. */
  negations: string[];
  /** Series words before or after the letter ("Series", "série", "Serie"), for "Series B" in any spelling. */
  seriesWords: string[];

  /** Negative evidence, by machine-readable id ("transfer", "earnings", "fine"…). */
  negatives: Record<NegativeId, string[]>;
}

export const NEGATIVE_IDS = [
  'sport', // football transfers, clubs, players
  'earnings', // quarters, results, shares, stock, market cap
  'fine', // fines and penalties
  'licensing', // content / licensing deals
  'lawsuit', // lawsuits and settlements
  'budget', // public budgets in general
  'sector', // other sectors: biotech, fintech, food delivery, real estate…
  'spending', // capex, data-centre spending by a company on itself
] as const;
export type NegativeId = (typeof NEGATIVE_IDS)[number];
