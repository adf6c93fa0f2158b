// The HTTP API as a Hono app: no socket, so tests call `app.request()` directly and main.ts serves it.
// Order of the checks is cheapest first: origin, rate limit, size, shape, proof of work, database.
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ServerConfig } from './config';
import { extensionCors } from './cors';
import { StoreUnavailableError, type ResultsStore } from './db/store';
import { ApiError } from './errors';
import { acceptedDays, checkPow } from './pow';
import { addressKey, RateLimiter } from './rate-limit';
import { shapeResults } from './results';
import { ResultsCache } from './results-cache';
import { answerBodySchema, describeIssues, pollIdSchema, voterSchema } from './schemas';

/** The most distinct options one poll keeps. Real polls have at most six; the cap stops anyone from
 * inflating a poll's results with invented options (each still costing a proof of work). */
export const MAX_OPTIONS_PER_POLL = 16;

/** How long a client should wait before retrying while the database is away (a restart takes seconds). */
const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

export type AppConfig = Pick<
  ServerConfig,
  'minCount' | 'resultsCacheMs' | 'powBits' | 'maxBodyBytes' | 'allowedOrigins' | 'writeLimit' | 'readLimit' | 'trustProxy'
>;

export interface AppOptions {
  store: ResultsStore;
  config: AppConfig;
  /** The clock that decides which proof-of-work days are current (tests move it). */
  now?: () => Date;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request() in tests has no socket
  }
}

/** The address a request is rate-limited under. Used for that only: never stored, never logged. */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // Our own proxy appends the address it saw last; earlier entries are whatever the client claimed.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress(c) ?? 'unknown';
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function param(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}

function validPollId(raw: string): string {
  const parsed = pollIdSchema.safeParse(raw);
  if (!parsed.success) throw new ApiError(400, 'invalid-poll-id', describeIssues(parsed.error));
  return parsed.data;
}

function validVoter(raw: string): string {
  const parsed = voterSchema.safeParse(raw);
  if (!parsed.success) throw new ApiError(400, 'invalid-voter', describeIssues(parsed.error));
  return parsed.data;
}

const HTTP_CODES = new Map<number, ApiError['code']>([
  [404, 'not-found'],
  [405, 'method-not-allowed'],
  [413, 'payload-too-large'],
  [415, 'unsupported-media-type'],
]);

export function createApp({ store, config, now = () => new Date() }: AppOptions): Hono {
  const app = new Hono();
  const writes = new RateLimiter(config.writeLimit);
  const reads = new RateLimiter(config.readLimit);
  const cache = new ResultsCache(config.resultsCacheMs);

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.json({ error: error.code, message: error.message, ...error.details }, error.status, error.headers);
    }
    if (error instanceof StoreUnavailableError) {
      return c.json(
        { error: 'db-unavailable', message: 'The results database is unavailable; retry later' },
        503,
        { 'Retry-After': String(RETRY_AFTER_UNAVAILABLE_SECONDS) },
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: HTTP_CODES.get(error.status) ?? 'bad-request', message: error.message }, error.status);
    }
    // Whatever else happened is our bug: log it for the operator (no request details, so no address),
    // and tell the client nothing about the internals.
    console.error('contrepoint-server: unexpected error:', error);
    return c.json({ error: 'internal', message: 'Internal server error' }, 500);
  });

  // The path is echoed for the client developer, cut short so a huge URL does not make a huge reply.
  app.notFound((c) =>
    c.json({ error: 'not-found', message: `No route for ${c.req.method} ${c.req.path.slice(0, 100)}` }, 404),
  );

  app.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });

  app.use('*', extensionCors(config.allowedOrigins));

  app.use('*', async (c, next) => {
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
    const taken = (reading ? reads : writes).take(addressKey(clientAddress(c, config.trustProxy)));
    if (!taken.ok) {
      throw new ApiError(429, 'rate-limited', 'Too many requests from this address; retry later', {}, {
        'Retry-After': String(taken.retryAfterSeconds),
      });
    }
    await next();
  });

  app.use(
    '*',
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: () => {
        throw new ApiError(413, 'payload-too-large', `Request bodies are limited to ${config.maxBodyBytes} bytes`);
      },
    }),
  );

  app.get('/v1/health', async (c) => {
    await store.ping();
    return c.json({
      status: 'ok',
      engine: store.engine,
      day: acceptedDays(now())[0],
      powBits: config.powBits,
      minCount: config.minCount,
    });
  });

  app.get('/v1/polls/:pollId/results', async (c) => {
    const pollId = validPollId(param(c, 'pollId'));
    let results = cache.get(pollId);
    if (!results) {
      results = shapeResults(pollId, await store.tally(pollId), config.minCount);
      cache.set(pollId, results);
    }
    return c.json(results);
  });

  app.put('/v1/polls/:pollId/answers/:voter', async (c) => {
    const pollId = validPollId(param(c, 'pollId'));
    const voter = validVoter(param(c, 'voter'));
    if (!isJson(c.req.header('content-type'))) {
      throw new ApiError(415, 'unsupported-media-type', 'Send the answer as Content-Type: application/json');
    }
    let json: unknown;
    try {
      json = JSON.parse(await c.req.text());
    } catch {
      throw new ApiError(400, 'invalid-json', 'The body is not valid JSON');
    }
    const body = answerBodySchema.safeParse(json);
    if (!body.success) throw new ApiError(400, 'invalid-body', describeIssues(body.error));
    const { option, lang, pow } = body.data;

    const days = acceptedDays(now());
    const powHelp = { powBits: config.powBits, day: days[0] };
    if (!days.includes(pow.day)) {
      throw new ApiError(400, 'pow-expired', `The proof of work must name today or yesterday (UTC)`, powHelp);
    }
    if (!(await checkPow({ pollId, voter, option, day: pow.day }, pow.nonce, config.powBits))) {
      throw new ApiError(400, 'pow-invalid', `The proof of work does not reach ${config.powBits} bits`, powHelp);
    }

    const outcome = await store.putAnswer({ pollId, voter, option, lang, day: days[0] }, MAX_OPTIONS_PER_POLL);
    cache.forget(pollId);
    if (outcome === 'too-many-options') {
      throw new ApiError(409, 'too-many-options', `A poll keeps at most ${MAX_OPTIONS_PER_POLL} distinct options`);
    }
    return c.json({ pollId, option, lang, outcome }, outcome === 'created' ? 201 : 200);
  });

  app.delete('/v1/polls/:pollId/answers/:voter', async (c) => {
    // No proof of work: the pseudonym itself is the capability. Only its holder knows it (the server
    // never shows one), and 256 random-looking bits cannot be guessed, so a stranger cannot withdraw
    // someone else's answer, and withdrawing stays cheap for a reader who turns sharing off.
    const pollId = validPollId(param(c, 'pollId'));
    const voter = validVoter(param(c, 'voter'));
    const removed = await store.deleteAnswer(pollId, voter);
    cache.forget(pollId);
    return c.json({ pollId, removed });
  });

  const methodNotAllowed = (allow: string) => () => {
    throw new ApiError(405, 'method-not-allowed', `Allowed methods: ${allow}`, {}, { Allow: allow });
  };
  app.all('/v1/health', methodNotAllowed('GET'));
  app.all('/v1/polls/:pollId/results', methodNotAllowed('GET'));
  app.all('/v1/polls/:pollId/answers/:voter', methodNotAllowed('PUT, DELETE'));

  return app;
}
