// Per-poll pseudonyms, computed on the reader's machine and shared with the extension.
//
// pseudonym = base64url(HMAC-SHA-256(readerSecret, pollId)), 43 characters.
// The server can keep one answer per reader per poll, yet two pseudonyms of one reader are unrelated
// without the secret (HMAC is a PRF), so answers cannot be linked across polls. The pseudonym is also the
// reader's capability to change or withdraw that answer: it is never published by the server, and at
// 256 bits it cannot be guessed. Pure Web Crypto: runs unchanged in Node 20 and in both browsers.
import { fromBase64Url, toBase64Url } from './base64url';

/** 256 bits: as strong as the HMAC output, so the secret is never the weaker link. */
export const SECRET_BYTES = 32;
export const PSEUDONYM_LENGTH = 43;

/** A fresh reader secret, to be stored on the reader's machine only (never sent anywhere). */
export function createReaderSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** Imports a secret once, so that deriving many pseudonyms does not re-import the key each time. */
export async function importReaderSecret(secret: string): Promise<CryptoKey> {
  const raw = fromBase64Url(secret);
  if (raw.length < 16) throw new Error('Reader secret too short: expected 32 random bytes in base64url');
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** The pseudonym under which this reader answers the poll `pollId` (43 base64url characters). */
export async function derivePseudonym(secret: string | CryptoKey, pollId: string): Promise<string> {
  const key = typeof secret === 'string' ? await importReaderSecret(secret) : secret;
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(pollId));
  return toBase64Url(new Uint8Array(mac));
}
