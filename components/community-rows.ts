// Community results turned into what a reader sees: one row per option of the poll (in the poll's own
// order, so that the results line up with the radios), with its count, its share of all answers, whether
// it is the reader's, and its share among each language's readers. Pure functions, tested on plain data.
import { LANGS, type Lang } from '../core/types';
import type { PollOption } from '../data/polls';
import type { LangResults, PollResults } from '../state/community-results';
import type { Translate } from './i18n';

export interface LangShare {
  lang: Lang;
  /** Share of that language's answers that chose the option, 0..1. */
  share: number;
}

export interface ResultRow {
  id: string;
  label: string;
  count: number;
  /** Share of all answers, 0..1. */
  share: number;
  own: boolean;
  byLang: LangShare[];
}

/**
 * The languages in one fixed order (the UI's list: en, fr, de, es, it), not the server's (largest first):
 * each language keeps its place from one poll to the next, which makes them easier to compare.
 */
export function languagesInOrder(results: PollResults): LangResults[] {
  return [...(results.byLang ?? [])].sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
}

export function resultRows(
  results: PollResults,
  options: readonly PollOption[],
  ownOptionId: string | null,
  lang: Lang,
): ResultRow[] {
  const counts = new Map((results.options ?? []).map((o) => [o.id, o.count]));
  // Options the server knows and this version of the poll does not are left out of the rows (their
  // answers still count in the total): the server may keep answers to options since retired.
  return options.map((option) => {
    const count = counts.get(option.id) ?? 0;
    return {
      id: option.id,
      label: option.label[lang] || option.label.en,
      count,
      share: results.total > 0 ? count / results.total : 0,
      own: option.id === ownOptionId,
      byLang: languagesInOrder(results).map((group) => ({
        lang: group.lang,
        share: group.total > 0 ? (group.options.find((o) => o.id === option.id)?.count ?? 0) / group.total : 0,
      })),
    };
  });
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** "44 %" / "44%" as the UI language writes it. Whole percents: a finer figure would suggest a precision
 * a self-selected sample does not have. */
export function formatShare(share: number, lang: Lang): string {
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(lang, format);
  }
  return format.format(share);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** "French", "Französisch"…: a language's name in the UI language, for screen readers. */
export function languageName(of: Lang, lang: Lang): string {
  let names = languageNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'language' });
    languageNames.set(lang, names);
  }
  return names.of(of) ?? of.toUpperCase();
}

/** Answers in the languages the server left out (too few to show on their own), if any. */
export function otherLanguagesCount(results: PollResults): number {
  if (!results.byLang || results.byLang.length === 0) return 0;
  return results.total - results.byLang.reduce((sum, group) => sum + group.total, 0);
}

/** One sentence for the live region: totals and every option's count and share, the reader's marked. */
export function resultsSummary(results: PollResults, rows: readonly ResultRow[], t: Translate, lang: Lang): string {
  if (!results.enough) return t('communityNotEnough', results.total, results.minCount);
  const details = rows
    .map((row) => {
      const line = t('communityOptionLine', row.label, row.count, formatShare(row.share, lang));
      return row.own ? `${line}, ${t('communityYours')}` : line;
    })
    .join('; ');
  return t('communityAnnounce', results.total, details);
}
