// One lexicon per article language. Adding a language = one file next to these + one line here
// (and the language code in core/types.ts LANGS, which makes the compiler ask for this line).
import { byLanguage } from '../by-language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import type { NumberLexicon } from './number-lexicon';

export type { CountEntry, CountUnit, CurrencyEntry, NumberLexicon, ScaleEntry } from './number-lexicon';

/** Built on first use: a page reads one language's lexicon. */
export const NUMBER_LEXICONS = byLanguage<NumberLexicon>({ en, fr, de, es, it });
