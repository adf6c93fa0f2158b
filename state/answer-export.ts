// Export of the reader's answers (JSON for re-import, CSV for a spreadsheet) and validation of an imported
// file. Pure functions: the options page does the downloading and the file reading.
import { ANSWER_VERSION, type AnswerRecord, type AnswerRecordV1, isAnswerRecord, migrateAnswerV1 } from './answer-record';

export const EXPORT_FORMAT = 'contrepoint-answers';

export interface AnswersExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  answers: AnswerRecord[];
}

export function exportAnswersJson(answers: readonly AnswerRecord[], now: Date = new Date()): string {
  const file: AnswersExport = {
    format: EXPORT_FORMAT,
    version: ANSWER_VERSION,
    exportedAt: now.toISOString(),
    answers: [...answers],
  };
  return JSON.stringify(file, null, 2);
}

// Spreadsheets run a cell that starts with one of these as a formula; question text comes from web pages,
// so such a cell is prefixed with an apostrophe to keep it text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'poll_id',
  'kind',
  'theme',
  'question',
  'option_id',
  'option',
  'changed_at',
  'current',
  'url',
  'title',
  'lang',
] as const;

/** One row per change (vote, change, withdrawal), oldest first within each poll. */
export function exportAnswersCsv(
  answers: readonly AnswerRecord[],
  optionLabel: (optionId: string) => string,
): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const record of answers) {
    record.history.forEach((change, i) => {
      const last = i === record.history.length - 1;
      rows.push(
        [
          record.pollId,
          record.kind,
          record.themeId ?? '',
          record.question,
          change.optionId ?? '',
          change.optionId ? optionLabel(change.optionId) : '',
          change.at,
          last ? 'yes' : 'no',
          change.url,
          change.title,
          record.lang ?? '',
        ]
          .map(csvCell)
          .join(','),
      );
    });
  }
  // CRLF, as RFC 4180 and every spreadsheet expect.
  return `${rows.join('\r\n')}\r\n`;
}

export type ImportErrorKey = 'importErrorNotJson' | 'importErrorFormat' | 'importErrorNewer' | 'importErrorEmpty';

export type ImportParse =
  | { ok: true; records: AnswerRecord[]; skipped: number }
  | { ok: false; errorKey: ImportErrorKey };

function isV1(x: unknown): x is AnswerRecordV1 {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.pollId === 'string' &&
    typeof r.optionId === 'string' &&
    typeof r.answeredAt === 'number' &&
    typeof r.url === 'string'
  );
}

/** Reads an exported file. Invalid entries are skipped and counted; a file with none valid is refused. */
export function parseAnswersImport(text: string): ImportParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errorKey: 'importErrorNotJson' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, errorKey: 'importErrorFormat' };
  const file = data as Partial<Record<keyof AnswersExport, unknown>>;
  if (file.format !== EXPORT_FORMAT || typeof file.version !== 'number' || !Array.isArray(file.answers)) {
    return { ok: false, errorKey: 'importErrorFormat' };
  }
  if (file.version > ANSWER_VERSION) return { ok: false, errorKey: 'importErrorNewer' };
  const records: AnswerRecord[] = [];
  let skipped = 0;
  for (const entry of file.answers) {
    if (file.version >= ANSWER_VERSION && isAnswerRecord(entry)) records.push(entry);
    else if (file.version < ANSWER_VERSION && isV1(entry)) records.push(migrateAnswerV1(entry));
    else skipped++;
  }
  if (records.length === 0) return { ok: false, errorKey: file.answers.length === 0 ? 'importErrorEmpty' : 'importErrorFormat' };
  return { ok: true, records, skipped };
}
