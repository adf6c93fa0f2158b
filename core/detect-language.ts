// The article's language: what the page declares, unless its own text clearly says otherwise.
import { LANGS } from './types';
import type { Lang, PageHints } from './types';
import { codeOf, LANGUAGE_CODES, scoreLanguages } from './text/score-languages';
import type { LanguageEvidence } from './text/score-languages';

/**
 * Evidence a text needs before it can overrule the page or settle the question alone. Trade-off: lower
 * and a two-line headline full of English tech words overrules a correct `lang="fr"`; higher and an English
 * article on a site that declares German everywhere is read as German.
 */
const STRONG_EVIDENCE = 3;
/** How many times the winner must outscore the runner-up (or the declared language) to count as clear. */
const CLEAR_RATIO = 2.5;
/** Above this share of non-Latin letters the page is not in one of our languages, whatever it declares. */
const NON_LATIN_LIMIT = 0.5;
/** Text length before the script alone decides: a short "OpenAI 日本" says too little. */
const SCRIPT_MIN_CHARS = 20;

const LANG_TAG = /^\s*([a-zA-Z]{2,3})(?:[-_][\w-]*)?\s*$/;

/** "fr-FR" → "fr", "de_DE" → "de", "EN" → "en"; null when it is not a language tag. */
function primaryTag(value: string | undefined): string | null {
  if (!value) return null;
  const match = LANG_TAG.exec(value);
  const tag = match?.[1]?.toLowerCase() ?? null;
  return tag === 'und' ? null : tag;
}

function asLang(tag: string | null): Lang | null {
  return tag !== null && (LANGS as readonly string[]).includes(tag) ? (tag as Lang) : null;
}

function scoreOf(evidence: LanguageEvidence, lang: Lang): number {
  return evidence.scores[codeOf(lang)] ?? 0;
}

/** The best-scoring language among `codes` (indices into LANGUAGE_CODES) and the runner-up's score. */
function best(evidence: LanguageEvidence, codes: number): { code: number; score: number; second: number } {
  let code = 0;
  let score = -1;
  let second = 0;
  for (let i = 0; i < codes; i++) {
    const value = evidence.scores[i] ?? 0;
    if (value > score) {
      second = Math.max(second, score);
      score = value;
      code = i;
    } else if (value > second) {
      second = value;
    }
  }
  return { code, score: Math.max(score, 0), second };
}

function isClear(score: number, other: number): boolean {
  return score >= STRONG_EVIDENCE && score >= CLEAR_RATIO * other;
}

function isOtherScript(evidence: LanguageEvidence, text: string): boolean {
  return evidence.nonLatin > NON_LATIN_LIMIT && text.length >= SCRIPT_MIN_CHARS;
}

/**
 * Scores of the five article languages as shares of all the language evidence in the text (Dutch,
 * Portuguese… included), so each is in 0..1 and they sum to less than 1 when the text looks foreign.
 * All zero when the text has no evidence at all.
 */
export function languageScores(text: string): Record<Lang, number> {
  const evidence = scoreLanguages(text);
  const result = {} as Record<Lang, number>;
  for (const lang of LANGS) result[lang] = evidence.total > 0 ? scoreOf(evidence, lang) / evidence.total : 0;
  return result;
}

/** Page candidates in priority order: declared tags that are article languages, then the browser's guess. */
function pageCandidates(hints: PageHints | undefined): Lang[] {
  const candidates: Lang[] = [];
  for (const value of hints?.declaredLangs ?? []) {
    const lang = asLang(primaryTag(value));
    if (lang && !candidates.includes(lang)) candidates.push(lang);
  }
  const detected = asLang(primaryTag(hints?.detectedLang));
  if (detected && !candidates.includes(detected)) candidates.push(detected);
  return candidates;
}

/**
 * The language of an article. Page signals come first (`<html lang>`, og:locale, the browser's own
 * detection); when they disagree among themselves the text picks between them, and when the text clearly
 * says something else (an English article on a site that declares "de") the text wins. Without page
 * signals, the text alone decides; "en" when it says nothing.
 */
export function detectLanguage(text: string, hints?: PageHints): Lang {
  const evidence = scoreLanguages(text);
  const fromText = best(evidence, LANGS.length);
  const textLang = LANGS[fromText.code] ?? 'en';
  const candidates = pageCandidates(hints);

  let page: Lang | null = null;
  for (const candidate of candidates) {
    if (page === null || scoreOf(evidence, candidate) > scoreOf(evidence, page)) page = candidate;
  }
  if (page !== null) {
    if (textLang !== page && isClear(fromText.score, scoreOf(evidence, page))) return textLang;
    return page;
  }
  return fromText.score > 0 ? textLang : 'en';
}

/**
 * Whether the extension should read this page at all: false when the text is clearly in another language
 * (Dutch, Portuguese, Japanese…) whatever the page declares, or, when the text is too short to tell, when
 * the page declares only other languages.
 */
export function isSupportedLang(text: string, hints?: PageHints): boolean {
  const evidence = scoreLanguages(text);
  if (isOtherScript(evidence, text)) return false;
  const overall = best(evidence, LANGUAGE_CODES.length);
  if (isClear(overall.score, overall.second)) return overall.code < LANGS.length;

  // The text alone is not conclusive: the page decides, then the text's leaning.
  const declared = (hints?.declaredLangs ?? []).map(primaryTag).filter((tag): tag is string => tag !== null);
  const detected = primaryTag(hints?.detectedLang);
  const pageTags = declared.length > 0 ? declared : detected ? [detected] : [];
  if (pageTags.length > 0) {
    const pageLang = pageTags.map(asLang).find((lang): lang is Lang => lang !== null);
    // A supported declaration loses only to a text that is clearly in a foreign language.
    if (pageLang) return overall.code < LANGS.length || !isClear(overall.score, scoreOf(evidence, pageLang));
    return false;
  }
  return overall.score > 0 && overall.code < LANGS.length;
}
