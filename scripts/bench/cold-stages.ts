// The first analysis in a fresh JavaScript context, cut into the stages of analyzeArticle, so that a
// cold start can be charged to the stage that pays it (lexicon tables, regex compilation, Intl data).
// Each stage runs after the previous ones, so it is charged only for what it is the first to need;
// "rest" is what analyzeArticle still pays after all of them (figure roles, organisations' resolution,
// detection), measured as its first call minus its second.
import { findCues } from '../../core/analysis/find-cues';
import { findNames } from '../../core/analysis/find-names';
import { findZones } from '../../core/analysis/zones';
import { analyzeArticle } from '../../core/analyze-article';
import { detectLanguage } from '../../core/detect-language';
import { findOrganisations } from '../../core/find-organisations';
import { findQuantities } from '../../core/find-quantities';
import { findQuestions } from '../../core/find-questions';
import { findRound } from '../../core/find-round';
import { splitSentences } from '../../core/split-sentences';
import { themesOf } from '../../core/themes-of';
import type { Lang, Sentence } from '../../core/types';

export interface ColdStage {
  name: string;
  run(): void;
}

/** The same sample analyzeArticle gives the language detector. */
const LANGUAGE_SAMPLE = 20_000;
/** The same span analyzeArticle scans for article themes. */
const THEME_SCAN_CHARS = 6_000;

/** Names of the stages, in order; the last two are analyzeArticle's first and second calls. */
export const STAGE_NAMES = [
  'detectLanguage',
  'splitSentences',
  'findCues',
  'findQuantities',
  'findNames',
  'findOrganisations',
  'findQuestions',
  'themesOf',
  'findRound',
  'analyzeArticle, 1st call after the stages',
  'analyzeArticle, 2nd call',
] as const;

export function coldStages(text: string, title = ''): ColdStage[] {
  let lang: Lang = 'en';
  let sentences: Sentence[] = [];
  let cues: ReturnType<typeof findCues> | null = null;
  const needCues = () => {
    cues ??= findCues(text, lang);
    return cues;
  };
  const runs: Record<(typeof STAGE_NAMES)[number], () => void> = {
    detectLanguage: () => {
      lang = detectLanguage(`${title}\n${text.slice(0, LANGUAGE_SAMPLE)}`);
    },
    splitSentences: () => {
      sentences = splitSentences(text, lang);
    },
    findCues: () => {
      cues = findCues(text, lang);
    },
    findQuantities: () => void findQuantities(text, lang),
    findNames: () => void findNames(text, lang, needCues()),
    findOrganisations: () => void findOrganisations(text, lang, { context: { cues: needCues(), sentences, zones: findZones(text) } }),
    findQuestions: () => void findQuestions(text, sentences, lang),
    themesOf: () => {
      for (const paragraph of text.slice(0, THEME_SCAN_CHARS).split('\n')) themesOf(paragraph, lang);
    },
    findRound: () => void findRound(text, lang),
    'analyzeArticle, 1st call after the stages': () => void analyzeArticle({ text, title }),
    'analyzeArticle, 2nd call': () => void analyzeArticle({ text, title }),
  };
  return STAGE_NAMES.map((name) => ({ name, run: runs[name] }));
}
