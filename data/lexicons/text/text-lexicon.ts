import type { Lang } from '../../../core/types';

/**
 * What the language detector knows about one language. Shared by the five article languages and by the
 * "other" languages the extension must recognise only to stay silent on them (Dutch, Portuguese…).
 * Words are written naturally (accents, capitals); core/ lower-cases them when it compiles the tables.
 */
export interface LanguageProfile {
  /** Frequent short words (articles, pronouns, prepositions…) plus very frequent news words. */
  stopWords: readonly string[];
  /** Letters typical of the language (diacritics, ß, ñ, ¿…); each counts once per word that holds it. */
  letters: string;
  /** Word endings typical of the language ("ung", "zione", "ción"); only words of 5+ letters are checked. */
  wordEndings: readonly string[];
  /** Elided forms written with an apostrophe ("l'", "qu'", "dell'"), or English clitics ("'s", "n't"). */
  elisions?: readonly string[];
}

/**
 * Everything the shared text algorithms (language, sentences, questions) need about one language.
 * Adding a language = one file that exports one of these, registered in ./index.ts.
 */
export interface TextLexicon {
  lang: Lang;
  detection: LanguageProfile;

  sentences: {
    /**
     * Abbreviations after which a sentence never ends, written as in text ("M.", "Dr.", "z. B.", "EE.").
     * The splitter always joins the next piece to them. Compared without inner spaces and with case.
     */
    neverFinal: readonly string[];
    /**
     * Abbreviations that may also end a sentence ("U.S.", "Inc.", "etc."): the splitter joins the next
     * piece unless it starts with one of `starters`.
     */
    maybeFinal: readonly string[];
    /**
     * Words that usually open a sentence (articles, pronouns, conjunctions: "The", "Il", "Das"…). After an
     * ambiguous abbreviation or a German ordinal dot, one of these means a new sentence starts.
     */
    starters: readonly string[];
    /** Abbreviations that stand before a number ("No. 1", "Nr. 5", "n. 3"): joined when a digit follows. */
    beforeNumber: readonly string[];
    /** Month names, for ordinal dates written with a dot ("3. März", "1. Januar"). */
    months: readonly string[];
    /**
     * Whether a number followed by a dot is an ordinal ("der 2. Weltkrieg"): then "12. Xyz" is joined
     * unless "Xyz" is a stop word. Only German writes ordinals like this among the five languages.
     */
    ordinalDot: boolean;
  };

  questions: {
    /** Quote pairs [open, close] the language uses; a question inside them is reported on its own. */
    quotes: readonly (readonly [string, string])[];
    /** Marks that open a question inside a sentence ("¿" in Spanish). */
    openers: string;
    /**
     * Implicit-question patterns: small regular-expression SOURCES, written with accents, without
     * capital-letter escapes (\S, \W, \B…), capturing groups or nested quantifiers. core/ matches them
     * case- and accent-insensitively on the sentence, with typographic apostrophes read as "'".
     * Gaps are bounded ("[^.;!?]{0,120}") so that matching stays linear.
     */
    implicit: readonly string[];
    /**
     * Questions that are page furniture, not part of the article ("Déjà abonné ?"). A question is skipped
     * when its words, compared without case, accents and punctuation, equal one of these; an entry that
     * ends with "…" matches every question that starts with its words ("Warum sehe ich…").
     */
    furniture: readonly string[];
  };
}
