// Every failure the API reports is one of these codes, sent as {error: code, message}. Clients branch on
// the code (stable), never on the message (for humans, may change).

export type ErrorCode =
  | 'bad-request'
  | 'invalid-json'
  | 'invalid-poll-id'
  | 'invalid-voter'
  | 'invalid-body'
  | 'pow-invalid'
  | 'pow-expired'
  | 'too-many-options'
  | 'origin-not-allowed'
  | 'not-found'
  | 'method-not-allowed'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'db-unavailable'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503,
    readonly code: ErrorCode,
    message: string,
    /** Extra fields for the body, e.g. the difficulty a client must meet. */
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
