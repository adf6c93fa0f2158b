// "Where you stood last time": the reader's own earlier answers on a theme, taken from other articles.
// Only the reader's answers; there are no crowd numbers to show (nothing is shared unless opted in).
import type { ThemeId } from '../core/types';
import type { AnswerRecord } from './answer-record';

export interface EarlierAnswer {
  pollId: string;
  optionId: string;
  at: string;
  url: string;
  title: string;
  question: string;
}

/** Latest answer per other article on this theme, newest first. */
export function earlierAnswers(
  answers: Readonly<Record<string, AnswerRecord>>,
  themeId: ThemeId | null,
  currentUrl: string,
  limit = 5,
): EarlierAnswer[] {
  if (!themeId) return [];
  const latestByUrl = new Map<string, EarlierAnswer>();
  for (const record of Object.values(answers)) {
    if (record.themeId !== themeId) continue;
    for (const change of record.history) {
      if (change.optionId === null || change.url === currentUrl) continue;
      const known = latestByUrl.get(change.url);
      if (known && Date.parse(known.at) >= Date.parse(change.at)) continue;
      latestByUrl.set(change.url, {
        pollId: record.pollId,
        optionId: change.optionId,
        at: change.at,
        url: change.url,
        title: change.title,
        question: record.question,
      });
    }
  }
  return [...latestByUrl.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit);
}
