// Turns a poll's raw tally into what the API may show without exposing any single reader's answer.
import type { Lang } from '../core/types';
import type { TallyRow } from './db/store';
import { type PollKind, pollKind } from './schemas';

export interface OptionCount {
  id: string;
  count: number;
}

export interface LangResults {
  lang: Lang;
  total: number;
  options: OptionCount[];
}

export interface PollResults {
  pollId: string;
  kind: PollKind;
  /** Every answer, always shown: it says how far the poll is from showing anything else. */
  total: number;
  minCount: number;
  /** False until `total` reaches `minCount`; until then `options` and `byLang` are null. */
  enough: boolean;
  /** Most chosen first. Options nobody chose are absent: the client knows the poll's full list. */
  options: OptionCount[] | null;
  /** Theme polls only: the languages that can be shown on their own (see splitByLang). */
  byLang: LangResults[] | null;
  /** Always false: answers come from whoever chose to share them, not from a sample. */
  representative: false;
  /** A message key the client shows in the reader's language. */
  note: 'not-representative';
}

function countOptions(rows: readonly TallyRow[]): OptionCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.option, (counts.get(row.option) ?? 0) + row.count);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/**
 * The per-language split. A language is shown only if it has `minCount` answers itself, and only if the
 * languages left out add up to zero or at least `minCount`: otherwise subtracting the shown languages
 * from the overall counts would reveal the answers of the few left out. Languages are dropped smallest
 * first until that holds.
 */
function splitByLang(rows: readonly TallyRow[], total: number, minCount: number): LangResults[] {
  const byLang = new Map<Lang, TallyRow[]>();
  for (const row of rows) {
    const list = byLang.get(row.lang);
    if (list) list.push(row);
    else byLang.set(row.lang, [row]);
  }
  const shown = [...byLang]
    .map(([lang, langRows]) => ({
      lang,
      total: langRows.reduce((sum, row) => sum + row.count, 0),
      options: countOptions(langRows),
    }))
    .filter((entry) => entry.total >= minCount)
    .sort((a, b) => a.total - b.total || (a.lang < b.lang ? -1 : 1));
  let hidden = total - shown.reduce((sum, entry) => sum + entry.total, 0);
  while (hidden > 0 && hidden < minCount && shown.length > 0) {
    hidden += shown.shift()?.total ?? 0;
  }
  return shown.sort((a, b) => b.total - a.total || (a.lang < b.lang ? -1 : 1));
}

export function shapeResults(pollId: string, rows: readonly TallyRow[], minCount: number): PollResults {
  const kind = pollKind(pollId);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const enough = total >= minCount;
  return {
    pollId,
    kind,
    total,
    minCount,
    enough,
    options: enough ? countOptions(rows) : null,
    byLang: enough && kind === 'theme' ? splitByLang(rows, total, minCount) : null,
    representative: false,
    note: 'not-representative',
  };
}
