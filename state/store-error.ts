// Storage failures, reduced to what the UI needs to say. The message key is looked up in the UI's
// message files; `detail` keeps the browser's own words for the options page and bug reports.

export type StoreErrorKind = 'quota' | 'write';

export interface StoreError {
  kind: StoreErrorKind;
  /** i18n message key for the reader. */
  messageKey: 'errorStorageFull' | 'errorStorageWrite';
  detail: string;
}

// Chrome says "QUOTA_BYTES quota exceeded" / "QUOTA_BYTES_PER_ITEM"; Firefox raises a QuotaExceededError.
const QUOTA = /quota/i;

export function toStoreError(error: unknown): StoreError {
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : String(error);
  return QUOTA.test(detail)
    ? { kind: 'quota', messageKey: 'errorStorageFull', detail }
    : { kind: 'write', messageKey: 'errorStorageWrite', detail };
}
