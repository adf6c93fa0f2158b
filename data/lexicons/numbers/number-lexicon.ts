// The shape of one language's number vocabulary. The recogniser in core/find-quantities.ts is shared by
// every language; everything that differs between languages lives in one object of this type.

/** Units a count can have. Kept to a closed list so that later layers can switch on it. */
export type CountUnit = 'users' | 'customers' | 'employees' | 'developers' | 'subscribers' | 'downloads' | 'GPUs' | 'jobs';

/** A word or abbreviation that multiplies the number before it by 10^exp. */
export interface ScaleEntry {
  /** Surface forms, matched case-insensitively unless `caseSensitive`. Multi-word forms use single spaces. */
  forms: readonly string[];
  /** Power of ten: million = 6, milliard = 9. */
  exp: number;
  /**
   * A short abbreviation ("m", "B", "k") that reads as a scale only when a currency or a count noun
   * follows or precedes: "405B" after a model name is a parameter count, "100m" may be a distance.
   */
  needsUnit?: boolean;
  /** Only in this exact case: German "Billion" is 10^12, an English "billion" in German text is 10^9. */
  caseSensitive?: boolean;
  /** Only when a connector follows: French "1 billion d'euros" is 10^12, "1.7 billion dollars" from a wire is 10^9. */
  needsConnector?: boolean;
}

export interface CurrencyEntry {
  /** Words written after the number ("dollars", "d'euros" is connector + "euros"). */
  forms: readonly string[];
  /** ISO 4217 code. */
  iso: string;
  /** Ambiguous without a scale word: "12 livres" are books, "2 milliards de livres" are pounds. */
  needsScale?: boolean;
}

export interface CountEntry {
  forms: readonly string[];
  unit: CountUnit;
}

export interface NumberLexicon {
  /** The decimal separator of the language; the other of "." and "," groups thousands. */
  decimal: ',' | '.';
  /** Whether a plain space may group thousands ("40 000"); no-break and narrow spaces always may. */
  spaceGroups: boolean;
  scales: readonly ScaleEntry[];
  /** Words between a scale word and its unit: "de", "d'" ("40 milliards de dollars"). Apostrophe forms end with "'". */
  connectors: readonly string[];
  currencies: readonly CurrencyEntry[];
  /** Percent written as words ("pour cent"); the % sign is shared. */
  percentWords: readonly string[];
  countNouns: readonly CountEntry[];
  /** Words that may sit between the number and a count noun ("weekly", "aktive"). */
  countAdjectives: readonly string[];
  /**
   * Spelled-out numerals that may precede a scale word ("forty billion"). Value 100 multiplies
   * ("deux cents millions"), a value below 1 is a fraction ("half a billion", "un demi-milliard").
   */
  numberWords: Readonly<Record<string, number>>;
  /** Articles that mean "one" before a scale word ("a billion", "un milliard"), never combined with numerals. */
  articles: readonly string[];
  /** The word joining spelled numerals: "two and a half billion", "one hundred and fifty million". */
  and: readonly string[];
  /** "And a half" after a scale word: "1 milliard et demi d'euros" = 1.5 × 10^9. */
  halfAfterScale: readonly string[];
  /** "About", "roughly", "soit"…: skipped inside a bracketed conversion "(about $3.1 billion)". */
  hedges: readonly string[];
}
