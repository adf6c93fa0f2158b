// The reader secret behind the per-poll pseudonyms (docs/server-api.md): 32 random bytes, created the
// first time the reader turns sharing on and kept in this browser's local storage only. It is never sent
// and never handed to a page; the background derives pseudonyms from it when it talks to the server.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { createReaderSecret } from '../server/pseudonym';

export const READER_SECRET_KEY = 'reader-secret';

export function defineReaderSecretItem(): WxtStorageItem<string | null, Record<string, never>> {
  return storage.defineItem<string>(`local:${READER_SECRET_KEY}`, { version: 1, migrations: {} });
}

// A secret created twice at once (the options page and the background both asking) would leave the
// answers of the losing one impossible to withdraw; one chain per JavaScript context serialises them, and
// the value read back after writing is the one every caller gets.
let pending: Promise<string> | null = null;

/** The reader's secret, created on first use. */
export function ensureReaderSecret(): Promise<string> {
  pending ??= (async () => {
    const item = defineReaderSecretItem();
    const existing = await item.getValue();
    if (typeof existing === 'string' && existing.length >= 43) return existing;
    await item.setValue(createReaderSecret());
    return (await item.getValue()) as string;
  })().finally(() => {
    pending = null;
  });
  return pending;
}

/** The stored secret, or null before the first opt-in (never creates one). */
export async function readReaderSecret(): Promise<string | null> {
  const value = await defineReaderSecretItem().getValue();
  return typeof value === 'string' && value.length >= 43 ? value : null;
}
