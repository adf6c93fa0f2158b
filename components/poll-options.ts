// The options a stored answer can be changed to, found again from its poll id and its own option ids
// (article polls do not store their scale; the option ids tell which scale it was).
import type { Lang } from '../core/types';
import { findPollOption, type PollOption, SCALES, THEME_POLLS } from '../data/polls';
import type { AnswerRecord } from '../state/answer-record';

export function optionsForRecord(record: AnswerRecord): PollOption[] {
  if (record.kind === 'theme' && record.themeId) return THEME_POLLS[record.themeId].options;
  const used = record.history.map((change) => change.optionId).filter((id): id is string => id !== null);
  const scale = Object.values(SCALES).find((options) => options.some((option) => used.includes(option.id)));
  return scale ?? SCALES['yes-no'];
}

export function optionLabel(optionId: string, lang: Lang): string {
  const option = findPollOption(optionId);
  return option ? option.label[lang] || option.label.en : optionId;
}
