import { byLanguage } from '../by-language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { FundingLexicon } from './funding-lexicon';
import { it } from './it';

export type { FundingLexicon, NegativeId } from './funding-lexicon';
export { NEGATIVE_IDS } from './funding-lexicon';

/** One lexicon per supported language, built on first use; adding a language = one file + one line here. */
export const fundingLexicons = byLanguage<FundingLexicon>({ en, fr, de, es, it });
