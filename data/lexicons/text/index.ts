import type { Lang } from '../../../core/types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import type { TextLexicon } from './text-lexicon';

export type { LanguageProfile, TextLexicon } from './text-lexicon';
export { OTHER_LANGUAGES } from './other-languages';

/** One text lexicon per article language; the shared algorithms in core/ read only this table. */
export const TEXT_LEXICONS: Record<Lang, TextLexicon> = { en, fr, de, es, it };
