// One lexicon per article language. Adding a language = one file next to these + one line here
// (and the language code in core/types.ts LANGS, which makes the compiler ask for this line).
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';

export type { CountEntry, CountUnit, CurrencyEntry, NumberLexicon, ScaleEntry } from './number-lexicon';

export const NUMBER_LEXICONS = { en, fr, de, es, it };
