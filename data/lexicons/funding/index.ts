import type { Lang } from '../../../core/types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { FundingLexicon } from './funding-lexicon';
import { it } from './it';

export type { FundingLexicon, NegativeId } from './funding-lexicon';
export { NEGATIVE_IDS } from './funding-lexicon';

/** One lexicon per supported language; adding a language = one file + one line here. */
export const fundingLexicons: Record<Lang, FundingLexicon> = { en, fr, de, es, it };
