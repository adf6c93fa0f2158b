// Export (JSON to re-import, CSV for a spreadsheet), import with validation, and erase-all with a
// confirmation step.
import { useId, useState } from 'preact/hooks';
import type { AnswerRecord } from '../state/answer-record';
import { exportAnswersCsv, exportAnswersJson, parseAnswersImport } from '../state/answer-export';
import type { ImportResult } from '../state/answers-store';
import type { DownloadFile } from './download-file';
import { useT } from './i18n';
import { optionLabel } from './poll-options';

export interface DataToolsProps {
  answers: AnswerRecord[];
  download: DownloadFile;
  onImport(records: AnswerRecord[]): Promise<ImportResult | null>;
  onEraseAll(): Promise<boolean>;
  onAnnounce(message: string): void;
  now?: () => Date;
}

const stamp = (date: Date): string => date.toISOString().slice(0, 10);

export function DataTools({ answers, download, onImport, onEraseAll, onAnnounce, now = () => new Date() }: DataToolsProps) {
  const { t, lang } = useT();
  const fileId = useId();
  const [importError, setImportError] = useState<string | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);

  const readFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setImportError(null);
    const parsed = parseAnswersImport(await file.text());
    input.value = '';
    if (!parsed.ok) {
      setImportError(t(parsed.errorKey));
      return;
    }
    const result = await onImport(parsed.records);
    if (result) onAnnounce(t('importDone', result.added, result.updated, parsed.skipped));
  };

  return (
    <div class="cp-data">
      <div class="cp-data__row">
        <button
          type="button"
          class="cp-button"
          disabled={answers.length === 0}
          onClick={() => {
            download(`contrepoint-answers-${stamp(now())}.json`, exportAnswersJson(answers, now()), 'application/json');
            onAnnounce(t('exportDone'));
          }}
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          class="cp-button"
          disabled={answers.length === 0}
          onClick={() => {
            download(
              `contrepoint-answers-${stamp(now())}.csv`,
              exportAnswersCsv(answers, (id) => optionLabel(id, lang)),
              'text/csv;charset=utf-8',
            );
            onAnnounce(t('exportDone'));
          }}
        >
          {t('exportCsv')}
        </button>
      </div>
      <div class="cp-data__row">
        <label for={fileId}>{t('importLabel')}</label>{' '}
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          aria-describedby={importError ? `${fileId}-error` : undefined}
          onChange={(e) => void readFile(e.currentTarget as HTMLInputElement)}
        />
      </div>
      {importError && (
        <p id={`${fileId}-error`} role="alert" class="cp-alert">
          {importError}
        </p>
      )}
      <div class="cp-data__row">
        {confirmErase ? (
          <fieldset class="cp-data__confirm">
            <legend>{t('eraseConfirmQuestion')}</legend>
            <button
              type="button"
              class="cp-button"
              onClick={async () => {
                setConfirmErase(false);
                if (await onEraseAll()) onAnnounce(t('eraseDone'));
              }}
            >
              {t('eraseConfirm')}
            </button>{' '}
            <button type="button" class="cp-button cp-button--quiet" onClick={() => setConfirmErase(false)}>
              {t('pollCancel')}
            </button>
          </fieldset>
        ) : (
          <button type="button" class="cp-button cp-button--quiet" onClick={() => setConfirmErase(true)}>
            {t('eraseAll')}
          </button>
        )}
      </div>
    </div>
  );
}
