// The reader's answers as a table: each can be changed, withdrawn or deleted, and its history unfolded.
import { useId, useState } from 'preact/hooks';
import type { AnswerRecord } from '../state/answer-record';
import { useT } from './i18n';
import { themeLabel } from './labels';
import { optionLabel, optionsForRecord } from './poll-options';
import { formatDate, truncate } from './text-utils';

export interface AnswerHistoryProps {
  answers: AnswerRecord[];
  onChange(pollId: string, optionId: string): Promise<boolean>;
  onWithdraw(record: AnswerRecord): Promise<boolean>;
  onForget(pollId: string): Promise<boolean>;
  onAnnounce(message: string): void;
}

function AnswerRow({ record, onChange, onWithdraw, onForget, onAnnounce }: Omit<AnswerHistoryProps, 'answers'> & { record: AnswerRecord }) {
  const { t, lang } = useT();
  const selectId = useId();
  const options = optionsForRecord(record);
  const [choice, setChoice] = useState(record.optionId ?? options[0]?.id ?? '');
  const [confirmForget, setConfirmForget] = useState(false);
  const question = record.question || record.pollId;
  return (
    <tr>
      <th scope="row" class="cp-history__question">
        <span lang={record.lang ?? undefined}>{truncate(question, 160)}</span>
        {record.themeId && <span class="cp-muted cp-history__theme">{themeLabel(record.themeId, lang)}</span>}
        {record.url && (
          <a href={record.url} target="_blank" rel="noopener noreferrer" class="cp-history__article">
            {truncate(record.title || record.url, 80)}
          </a>
        )}
      </th>
      <td>{record.optionId ? optionLabel(record.optionId, lang) : <em class="cp-muted">{t('historyWithdrawn')}</em>}</td>
      <td>{formatDate(record.answeredAt, lang)}</td>
      <td>
        <details>
          <summary>{t('historyChanges', record.history.length)}</summary>
          <ol class="cp-history__changes">
            {record.history.map((change) => (
              <li key={`${change.at}-${change.optionId ?? ''}`}>
                {formatDate(change.at, lang)}: {change.optionId ? optionLabel(change.optionId, lang) : t('historyWithdrawn')}
              </li>
            ))}
          </ol>
        </details>
      </td>
      <td class="cp-history__actions">
        <label for={selectId} class="cp-visually-hidden">
          {t('historyNewAnswer', truncate(question, 80))}
        </label>
        <select id={selectId} value={choice} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label[lang] || option.label.en}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="cp-button cp-button--quiet"
          onClick={async () => {
            if (await onChange(record.pollId, choice)) onAnnounce(t('pollSaved', optionLabel(choice, lang)));
          }}
        >
          {t('historySave')}
        </button>
        <button
          type="button"
          class="cp-button cp-button--quiet"
          disabled={record.optionId === null}
          onClick={async () => {
            if (await onWithdraw(record)) onAnnounce(t('pollWithdrawn'));
          }}
        >
          {t('pollWithdraw')}
        </button>
        {confirmForget ? (
          <>
            <button
              type="button"
              class="cp-button"
              onClick={async () => {
                if (await onForget(record.pollId)) onAnnounce(t('historyForgotten'));
              }}
            >
              {t('historyForgetConfirm')}
            </button>
            <button type="button" class="cp-button cp-button--quiet" onClick={() => setConfirmForget(false)}>
              {t('pollCancel')}
            </button>
          </>
        ) : (
          <button type="button" class="cp-button cp-button--quiet" onClick={() => setConfirmForget(true)}>
            {t('historyForget')}
          </button>
        )}
      </td>
    </tr>
  );
}

export function AnswerHistory(props: AnswerHistoryProps) {
  const { t } = useT();
  if (props.answers.length === 0) return <p class="cp-muted">{t('historyEmpty')}</p>;
  const rows = [...props.answers].sort((a, b) => Date.parse(b.answeredAt) - Date.parse(a.answeredAt));
  return (
    <table class="cp-history">
      <caption class="cp-visually-hidden">{t('historyCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('historyQuestion')}</th>
          <th scope="col">{t('historyAnswer')}</th>
          <th scope="col">{t('historyWhen')}</th>
          <th scope="col">{t('historyChangesColumn')}</th>
          <th scope="col">{t('historyActions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((record) => (
          <AnswerRow key={record.pollId} record={record} {...props} />
        ))}
      </tbody>
    </table>
  );
}
