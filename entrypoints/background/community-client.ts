// The results server's HTTP API (docs/server-api.md), as the background calls it. Every call ends in one
// of four outcomes the sync can act on: done, try again later, solve the proof of work again, or refused
// for good. Only the background makes these requests, so that they carry the extension's Origin.
import { type PollResults, parsePollResults } from '../../state/community-results';

export interface Health {
  powBits: number;
  minCount: number;
  /** The server's UTC day: proofs are made for it, whatever the reader's clock says. */
  day: string;
}

export interface AnswerBody {
  option: string;
  lang: string;
  pow: { day: string; nonce: string };
}

export type Outcome<T> =
  | { kind: 'ok'; value: T }
  /** Offline, timed out, rate-limited or the server is down: keep the change and retry later. */
  | { kind: 'retry'; retryAfterMs: number | null; reason: string }
  /** The proof was refused: solve it again for this difficulty and day. */
  | { kind: 'pow'; powBits: number; day: string }
  /** The server will not take this request, ever (not ours, not allowed, malformed). */
  | { kind: 'refused'; status: number; reason: string };

export interface CommunityClient {
  health(): Promise<Outcome<Health>>;
  putAnswer(pollId: string, voter: string, body: AnswerBody): Promise<Outcome<null>>;
  deleteAnswer(pollId: string, voter: string): Promise<Outcome<null>>;
  results(pollId: string): Promise<Outcome<PollResults>>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

// 10 s: a healthy server answers in milliseconds; a reader on a train should not hold a flush (and, in
// Chrome, keep the service worker busy) for longer than that before it is retried later.
const REQUEST_TIMEOUT_MS = 10_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function retryAfter(response: Response): number | null {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
}

async function json(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

async function failure(response: Response): Promise<Outcome<never>> {
  const body = await json(response);
  const code = isRecord(body) && typeof body.error === 'string' ? body.error : `http-${response.status}`;
  if (
    response.status === 400 &&
    (code === 'pow-invalid' || code === 'pow-expired') &&
    isRecord(body) &&
    typeof body.powBits === 'number' &&
    typeof body.day === 'string' &&
    DAY.test(body.day)
  ) {
    return { kind: 'pow', powBits: body.powBits, day: body.day };
  }
  if (response.status === 429 || response.status >= 500) {
    return { kind: 'retry', retryAfterMs: retryAfter(response), reason: code };
  }
  return { kind: 'refused', status: response.status, reason: code };
}

export function createCommunityClient(serverUrl: string, fetchFn: FetchLike, timeoutMs = REQUEST_TIMEOUT_MS): CommunityClient {
  const answerUrl = (pollId: string, voter: string): string =>
    `${serverUrl}/v1/polls/${encodeURIComponent(pollId)}/answers/${encodeURIComponent(voter)}`;

  /** `read` checks a 2xx body and wraps what it holds; null when the body is not what the API returns. */
  const call = async <T>(url: string, init: RequestInit, read: (body: unknown) => { value: T } | null): Promise<Outcome<T>> => {
    let response: Response;
    try {
      // No cookies, no referrer: the server needs nothing but the request itself.
      response = await fetchFn(url, {
        ...init,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return { kind: 'retry', retryAfterMs: null, reason: error instanceof Error ? error.name : 'network' };
    }
    if (!response.ok) return failure(response);
    const checked = read(await json(response));
    // A 2xx that is not what the API returns: some other service answers at that address.
    return checked === null
      ? { kind: 'refused', status: response.status, reason: 'not-a-results-server' }
      : { kind: 'ok', value: checked.value };
  };
  const echoes = (pollId: string) => (reply: unknown) => (isRecord(reply) && reply.pollId === pollId ? { value: null } : null);

  return {
    health: () =>
      call(`${serverUrl}/v1/health`, { method: 'GET' }, (body) =>
        isRecord(body) &&
        body.status === 'ok' &&
        typeof body.powBits === 'number' &&
        typeof body.minCount === 'number' &&
        typeof body.day === 'string' &&
        DAY.test(body.day)
          ? { value: { powBits: body.powBits, minCount: body.minCount, day: body.day } }
          : null,
      ),
    putAnswer: (pollId, voter, body) =>
      call(
        answerUrl(pollId, voter),
        { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
        echoes(pollId),
      ),
    deleteAnswer: (pollId, voter) => call(answerUrl(pollId, voter), { method: 'DELETE' }, echoes(pollId)),
    results: (pollId) =>
      call(`${serverUrl}/v1/polls/${encodeURIComponent(pollId)}/results`, { method: 'GET' }, (body) => {
        const results = parsePollResults(body, pollId);
        return results ? { value: results } : null;
      }),
  };
}
