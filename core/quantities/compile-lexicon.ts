// Turns one language's NumberLexicon into the tables the recogniser uses: tries of literal forms, plus one
// regex that finds scale words for spelled-out amounts. Runs once per language, on its first use.
import type { CountUnit, NumberLexicon, ScaleEntry } from '../../data/lexicons/numbers/index';
import { CODES_ANY_CASE, CODES_UPPER_ONLY, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './currency-table';
import type { NumberStyle } from './parse-number';
import { WORD_CLASS } from './text-chars';
import { alternationSource, buildWordTable, type WordCandidate, type WordTable } from './word-table';

export interface CurrencyMeaning {
  iso: string;
  needsScale: boolean;
  /** A sign or code rather than a word: it belongs to the next number when digits touch it ("1 $10"). */
  sign: boolean;
  /** Ends with "$", so a country may follow ("$ US", "$CAD"). */
  dollar: boolean;
}

export interface CompiledLexicon {
  lexicon: NumberLexicon;
  style: NumberStyle;
  scales: WordTable<ScaleEntry>;
  currencies: WordTable<CurrencyMeaning>;
  counts: WordTable<CountUnit>;
  connectors: WordTable<true>;
  adjectives: WordTable<true>;
  percent: WordTable<true>;
  hedges: WordTable<true>;
  /** Global finder for scale words that may follow spelled-out numerals ("forty billion", "mil millones"). */
  spelledScaleFinder: RegExp;
  numberWords: ReadonlyMap<string, number>;
  articles: ReadonlySet<string>;
  andWords: ReadonlySet<string>;
  halfAfterScale: WordTable<true>;
}

const PERCENT_SIGNS = ['%', '％'];

function flag(forms: readonly string[]): WordCandidate<true>[] {
  return forms.map((form) => ({ form, meaning: true, caseSensitive: false }));
}

function currencyCandidates(lexicon: NumberLexicon): WordCandidate<CurrencyMeaning>[] {
  const out: WordCandidate<CurrencyMeaning>[] = [];
  for (const c of lexicon.currencies) {
    for (const form of c.forms) {
      out.push({ form, caseSensitive: false, meaning: { iso: c.iso, needsScale: c.needsScale ?? false, sign: false, dollar: false } });
    }
  }
  for (const [symbol, iso] of Object.entries(CURRENCY_SYMBOLS)) {
    out.push({ form: symbol, caseSensitive: false, meaning: { iso, needsScale: false, sign: true, dollar: symbol === '$' } });
  }
  for (const [letters, iso] of Object.entries(DOLLAR_PREFIXES)) {
    // "40 milliards US$"; one-letter prefixes only in capitals, as before a number.
    const single = letters.length === 1;
    out.push({
      form: `${single ? letters.toUpperCase() : letters}$`,
      caseSensitive: single,
      meaning: { iso, needsScale: false, sign: true, dollar: false },
    });
  }
  for (const [code, iso] of Object.entries(CODES_ANY_CASE)) {
    out.push({ form: code, caseSensitive: false, meaning: { iso, needsScale: false, sign: true, dollar: false } });
  }
  for (const code of CODES_UPPER_ONLY) {
    out.push({ form: code, caseSensitive: true, meaning: { iso: code, needsScale: false, sign: true, dollar: false } });
  }
  return out;
}

export function compileLexicon(lexicon: NumberLexicon): CompiledLexicon {
  const scaleCandidates: WordCandidate<ScaleEntry>[] = lexicon.scales.flatMap((entry) =>
    entry.forms.map((form) => ({ form, meaning: entry, caseSensitive: entry.caseSensitive ?? false })),
  );
  const wordScales = lexicon.scales.filter((s) => !s.needsUnit).flatMap((s) => s.forms);
  const numberWords = new Map<string, number>();
  for (const [word, value] of Object.entries(lexicon.numberWords)) numberWords.set(word.toLowerCase(), value);
  return {
    lexicon,
    style: { decimal: lexicon.decimal, spaceGroups: lexicon.spaceGroups },
    scales: buildWordTable(scaleCandidates),
    currencies: buildWordTable(currencyCandidates(lexicon)),
    counts: buildWordTable(
      lexicon.countNouns.flatMap((c) => c.forms.map((form) => ({ form, meaning: c.unit, caseSensitive: false }))),
    ),
    connectors: buildWordTable(flag(lexicon.connectors)),
    adjectives: buildWordTable(flag(lexicon.countAdjectives)),
    percent: buildWordTable(flag([...PERCENT_SIGNS, ...lexicon.percentWords])),
    hedges: buildWordTable(flag(lexicon.hedges)),
    spelledScaleFinder: new RegExp(`(?<![${WORD_CLASS}])(?:${alternationSource(wordScales)})`, 'g'),
    numberWords,
    articles: new Set(lexicon.articles.map((a) => a.toLowerCase())),
    andWords: new Set(lexicon.and.map((a) => a.toLowerCase())),
    halfAfterScale: buildWordTable(flag(lexicon.halfAfterScale)),
  };
}
