// Every endpoint, on both engines, through the Hono app without a socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, MAX_OPTIONS_PER_POLL } from '../../server/app';
import { openPostgresStore } from '../../server/db/postgres-store';
import type { ResultsStore } from '../../server/db/store';
import { createReaderSecret, derivePseudonym } from '../../server/pseudonym';
import { utcDay } from '../../server/pow';
import {
  answerRequest,
  ENGINES,
  migratedStore,
  randomArticlePoll,
  randomVoter,
  type TestDatabase,
  testConfig,
} from './helpers';

const CHROME = 'chrome-extension://kbfnbcaeplbcioakkpcpgfkobkghlhen';
const FIREFOX = 'moz-extension://3f1c2a9e-8b7d-4e6f-a5c4-1d2e3f4a5b6c';

type App = ReturnType<typeof createApp>;

async function put(app: App, spec: Parameters<typeof answerRequest>[0], headers: Record<string, string> = {}) {
  const { path, init } = await answerRequest(spec, headers);
  return app.request(path, init);
}

async function results(app: App, pollId: string) {
  const response = await app.request(`/v1/polls/${encodeURIComponent(pollId)}/results`);
  expect(response.status).toBe(200);
  return response.json();
}

describe.each(ENGINES)('results API on %s', (engine) => {
  let store: ResultsStore;
  let db: TestDatabase;
  let app: App;

  beforeAll(async () => {
    ({ store, db } = await migratedStore(engine));
    app = createApp({ store, config: testConfig({ minCount: 3 }) });
  });
  afterAll(async () => {
    await store.close();
    db.cleanup();
  });

  describe('GET /v1/health', () => {
    it('checks the database and tells clients the difficulty, the day and the minimum', async () => {
      const response = await app.request('/v1/health');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: 'ok',
        engine,
        day: utcDay(),
        powBits: 4,
        minCount: 3,
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('PUT /v1/polls/:pollId/answers/:voter', () => {
    it('records an answer, then changes it, and says which happened', async () => {
      const pollId = randomArticlePoll();
      const voter = randomVoter();
      const first = await put(app, { pollId, voter, option: 'yes', lang: 'fr' });
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ pollId, option: 'yes', lang: 'fr', outcome: 'created' });

      const again = await put(app, { pollId, voter, option: 'yes', lang: 'fr' });
      expect(again.status).toBe(200);
      expect((await again.json()).outcome).toBe('unchanged');

      const changed = await put(app, { pollId, voter, option: 'no', lang: 'fr' });
      expect(changed.status).toBe(200);
      expect((await changed.json()).outcome).toBe('updated');

      // Still one answer for this reader, now "no".
      const tally = await store.tally(pollId);
      expect(tally).toEqual([{ option: 'no', lang: 'fr', count: 1 }]);
    });

    it('accepts a poll id with its colon percent-encoded or not', async () => {
      const voter = randomVoter();
      const { init } = await answerRequest({ pollId: 'theme:ethics', voter, option: 'eth-transparency', lang: 'de' });
      const plain = await app.request(`/v1/polls/theme:ethics/answers/${voter}`, init);
      expect(plain.status).toBe(201);
      const encoded = await app.request(`/v1/polls/theme%3Aethics/answers/${voter}`, init);
      expect(encoded.status).toBe(200);
    });

    it('keeps one answer per pseudonym: readers derive a different one on each poll', async () => {
      const secret = createReaderSecret();
      const pollA = randomArticlePoll();
      const pollB = randomArticlePoll();
      const voterA = await derivePseudonym(secret, pollA);
      const voterB = await derivePseudonym(secret, pollB);
      expect((await put(app, { pollId: pollA, voter: voterA, option: 'agree', lang: 'it' })).status).toBe(201);
      expect((await put(app, { pollId: pollB, voter: voterB, option: 'disagree', lang: 'it' })).status).toBe(201);
      expect(await store.tally(pollA)).toEqual([{ option: 'agree', lang: 'it', count: 1 }]);
      expect(await store.tally(pollB)).toEqual([{ option: 'disagree', lang: 'it', count: 1 }]);
    });

    it(`refuses to grow a poll past ${MAX_OPTIONS_PER_POLL} distinct options`, async () => {
      const pollId = randomArticlePoll();
      for (let i = 0; i < MAX_OPTIONS_PER_POLL; i++) {
        expect((await put(app, { pollId, voter: randomVoter(), option: `made-up-${i}`, lang: 'en' })).status).toBe(201);
      }
      const extra = await put(app, { pollId, voter: randomVoter(), option: 'one-too-many', lang: 'en' });
      expect(extra.status).toBe(409);
      expect((await extra.json()).error).toBe('too-many-options');
      // An option the poll already has is still accepted.
      expect((await put(app, { pollId, voter: randomVoter(), option: 'made-up-3', lang: 'en' })).status).toBe(201);
    });
  });

  describe('proof of work', () => {
    it('rejects a nonce that does not reach the difficulty', async () => {
      const pollId = randomArticlePoll();
      const voter = randomVoter();
      const strict = createApp({ store, config: testConfig({ powBits: 20 }) });
      const { path, init } = await answerRequest({ pollId, voter, option: 'yes', lang: 'en', bits: 0 });
      const response = await strict.request(path, init);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'pow-invalid', powBits: 20, day: utcDay() });
      expect(await store.tally(pollId)).toEqual([]);
    });

    it('rejects a proof made for another option, voter or poll (no reuse)', async () => {
      const pollId = randomArticlePoll();
      const voter = randomVoter();
      // 16 bits: the odds that the proof also happens to fit an altered request are 2^-16 each.
      const strict = createApp({ store, config: testConfig({ powBits: 16 }) });
      const made = await answerRequest({ pollId, voter, option: 'yes', lang: 'en', bits: 16 });
      const body = JSON.parse(made.init.body as string);
      const reuse = [
        { path: made.path, body: { ...body, option: 'no' } },
        { path: `/v1/polls/${encodeURIComponent(pollId)}/answers/${randomVoter()}`, body },
        { path: `/v1/polls/${randomArticlePoll()}/answers/${voter}`, body },
      ];
      for (const attempt of reuse) {
        const response = await strict.request(attempt.path, { ...made.init, body: JSON.stringify(attempt.body) });
        expect(response.status).toBe(400);
        expect((await response.json()).error).toBe('pow-invalid');
      }
      expect((await strict.request(made.path, made.init)).status).toBe(201);
    });

    it('accepts proofs dated today or yesterday (UTC), not older nor in the future', async () => {
      const now = new Date('2026-11-26T00:10:00Z');
      const dated = createApp({ store, config: testConfig(), now: () => now });
      const pollId = randomArticlePoll();
      const cases: [string, number][] = [
        ['2026-11-26', 201],
        ['2026-11-25', 201],
        ['2026-11-24', 400],
        ['2026-11-27', 400],
      ];
      for (const [day, status] of cases) {
        const response = await put(dated, { pollId, voter: randomVoter(), option: 'yes', lang: 'en', day });
        expect(response.status, day).toBe(status);
        if (status === 400) expect((await response.json()).error).toBe('pow-expired');
      }
    });

    it('stores the server’s day, not the one the client named', async () => {
      const now = new Date('2026-11-26T00:10:00Z');
      const dated = createApp({ store, config: testConfig(), now: () => now });
      const pollId = randomArticlePoll();
      expect((await put(dated, { pollId, voter: randomVoter(), option: 'yes', lang: 'en', day: '2026-11-25' })).status).toBe(201);
      expect(await storedDays(db, pollId)).toEqual(['2026-11-26']);
    });
  });

  describe('GET /v1/polls/:pollId/results', () => {
    it('shows only the total until the minimum, then counts per option', async () => {
      const pollId = randomArticlePoll();
      expect(await results(app, pollId)).toMatchObject({ total: 0, enough: false, options: null });
      await put(app, { pollId, voter: randomVoter(), option: 'yes', lang: 'es' });
      await put(app, { pollId, voter: randomVoter(), option: 'no', lang: 'es' });
      const below = await results(app, pollId);
      expect(below).toMatchObject({ total: 2, enough: false, options: null, byLang: null, representative: false });
      expect(below.note).toBe('not-representative');
      await put(app, { pollId, voter: randomVoter(), option: 'yes', lang: 'es' });
      expect(await results(app, pollId)).toEqual({
        pollId,
        kind: 'article',
        total: 3,
        minCount: 3,
        enough: true,
        options: [
          { id: 'yes', count: 2 },
          { id: 'no', count: 1 },
        ],
        byLang: null,
        representative: false,
        note: 'not-representative',
      });
    });

    it('splits theme polls by language, across outlets and languages', async () => {
      const pollId = 'theme:compute-energy';
      const answers: [string, string][] = [
        ['nrg-worth-it', 'fr'],
        ['nrg-if-low-carbon', 'fr'],
        ['nrg-if-low-carbon', 'fr'],
        ['nrg-not-worth-it', 'de'],
        ['nrg-if-low-carbon', 'de'],
        ['nrg-not-worth-it', 'de'],
        ['nrg-worth-it', 'en'],
        ['nrg-worth-it', 'en'],
        ['nrg-worth-it', 'en'],
      ];
      for (const [option, lang] of answers) await put(app, { pollId, voter: randomVoter(), option, lang });
      const body = await results(app, pollId);
      expect(body.kind).toBe('theme');
      expect(body.total).toBe(9);
      expect(body.options).toEqual([
        { id: 'nrg-worth-it', count: 4 },
        { id: 'nrg-if-low-carbon', count: 3 },
        { id: 'nrg-not-worth-it', count: 2 },
      ]);
      expect(body.byLang).toEqual([
        { lang: 'de', total: 3, options: [{ id: 'nrg-not-worth-it', count: 2 }, { id: 'nrg-if-low-carbon', count: 1 }] },
        { lang: 'en', total: 3, options: [{ id: 'nrg-worth-it', count: 3 }] },
        { lang: 'fr', total: 3, options: [{ id: 'nrg-if-low-carbon', count: 2 }, { id: 'nrg-worth-it', count: 1 }] },
      ]);
    });

    it('leaves out a language below the minimum, and those that would reveal it by subtraction', async () => {
      const pollId = 'theme:open-source';
      for (const lang of ['it', 'it', 'it', 'es']) {
        await put(app, { pollId, voter: randomVoter(), option: 'os-all-open', lang });
      }
      const body = await results(app, pollId);
      expect(body.total).toBe(4);
      expect(body.options).toEqual([{ id: 'os-all-open', count: 4 }]);
      // Italian (3) reaches the minimum, but showing it would expose the single Spanish answer.
      expect(body.byLang).toEqual([]);
    });
  });

  describe('results cache', () => {
    it('reuses counted results for a while, but not after a write through the same process', async () => {
      const cached = createApp({ store, config: testConfig({ minCount: 1, resultsCacheMs: 60_000 }) });
      const otherProcess = createApp({ store, config: testConfig() });
      const pollId = randomArticlePoll();
      await put(cached, { pollId, voter: randomVoter(), option: 'yes', lang: 'en' });
      expect((await results(cached, pollId)).total).toBe(1);
      // An answer through another process shows only once the cache entry expires…
      await put(otherProcess, { pollId, voter: randomVoter(), option: 'no', lang: 'en' });
      expect((await results(cached, pollId)).total).toBe(1);
      expect((await results(otherProcess, pollId)).total).toBe(2);
      // …while one through this process shows at once, with everything before it.
      const voter = randomVoter();
      await put(cached, { pollId, voter, option: 'no', lang: 'en' });
      expect((await results(cached, pollId)).total).toBe(3);
      await cached.request(`/v1/polls/${pollId}/answers/${voter}`, { method: 'DELETE' });
      expect((await results(cached, pollId)).total).toBe(2);
    });
  });

  describe('DELETE /v1/polls/:pollId/answers/:voter', () => {
    it('withdraws the answer; withdrawing again is harmless', async () => {
      const pollId = randomArticlePoll();
      const voter = randomVoter();
      await put(app, { pollId, voter, option: 'matters-a-lot', lang: 'en' });
      const other = randomVoter();
      await put(app, { pollId, voter: other, option: 'matters-little', lang: 'en' });

      const response = await app.request(`/v1/polls/${pollId}/answers/${voter}`, { method: 'DELETE' });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ pollId, removed: true });
      expect(await store.tally(pollId)).toEqual([{ option: 'matters-little', lang: 'en', count: 1 }]);

      const again = await app.request(`/v1/polls/${pollId}/answers/${voter}`, { method: 'DELETE' });
      expect(await again.json()).toEqual({ pollId, removed: false });
    });

    it('only removes the answer of the pseudonym given, on that poll', async () => {
      const secret = createReaderSecret();
      const pollA = randomArticlePoll();
      const pollB = randomArticlePoll();
      const voterA = await derivePseudonym(secret, pollA);
      await put(app, { pollId: pollA, voter: voterA, option: 'yes', lang: 'en' });
      await put(app, { pollId: pollB, voter: await derivePseudonym(secret, pollB), option: 'yes', lang: 'en' });
      // Someone else's pseudonym, or this one on another poll, removes nothing.
      await app.request(`/v1/polls/${pollA}/answers/${randomVoter()}`, { method: 'DELETE' });
      const wrongPoll = await app.request(`/v1/polls/${pollB}/answers/${voterA}`, { method: 'DELETE' });
      expect((await wrongPoll.json()).removed).toBe(false);
      expect(await store.tally(pollA)).toHaveLength(1);
      expect(await store.tally(pollB)).toHaveLength(1);
    });
  });

  describe('validation', () => {
    const voter = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo';

    it('explains bad poll ids and pseudonyms with a 400', async () => {
      const cases: [string, string][] = [
        ['/v1/polls/theme:crypto/results', 'invalid-poll-id'],
        ['/v1/polls/q:ABCDEF0123456789/results', 'invalid-poll-id'],
        ['/v1/polls/q:0123/results', 'invalid-poll-id'],
        [`/v1/polls/q:0123456789abcdef'%20OR%201=1--/results`, 'invalid-poll-id'],
      ];
      for (const [path, code] of cases) {
        const response = await app.request(path);
        expect(response.status, path).toBe(400);
        expect(await response.json(), path).toMatchObject({ error: code, message: expect.any(String) });
      }
      for (const bad of [voter.slice(1), `${voter}A`, `${voter.slice(0, 42)}B`, `${voter.slice(0, 42)}+`]) {
        const response = await app.request(`/v1/polls/theme:jobs/answers/${encodeURIComponent(bad)}`, {
          method: 'DELETE',
        });
        expect(response.status, bad).toBe(400);
        expect((await response.json()).error).toBe('invalid-voter');
      }
    });

    it('explains bad bodies with a 400 naming the field', async () => {
      const path = `/v1/polls/theme:jobs/answers/${voter}`;
      const send = (body: string, contentType = 'application/json') =>
        app.request(path, { method: 'PUT', headers: { 'content-type': contentType }, body });
      const good = { option: 'jobs-transform', lang: 'fr', pow: { day: utcDay(), nonce: '0' } };

      expect(await (await send('{"option":')).json()).toMatchObject({ error: 'invalid-json' });
      const cases: [unknown, RegExp][] = [
        [{ ...good, option: 'Jobs Transform' }, /^option:/],
        [{ ...good, lang: 'pt' }, /^lang:/],
        [{ ...good, pow: { day: 'today', nonce: '0' } }, /^pow\.day:/],
        [{ ...good, pow: { day: utcDay(), nonce: 'x'.repeat(33) } }, /^pow\.nonce:/],
        [{ option: 'jobs-transform' }, /lang.*pow|pow.*lang/],
        [[good], /./],
        [null, /./],
      ];
      for (const [body, message] of cases) {
        const response = await send(JSON.stringify(body));
        expect(response.status).toBe(400);
        const json = await response.json();
        expect(json.error).toBe('invalid-body');
        expect(json.message).toMatch(message);
      }
      const plain = await send(JSON.stringify(good), 'text/plain');
      expect(plain.status).toBe(415);
      expect((await plain.json()).error).toBe('unsupported-media-type');
      // With a charset the type is accepted, and the request goes on to fail on its (made-up) proof of work.
      const strict = createApp({ store, config: testConfig({ powBits: 24 }) });
      const withCharset = await strict.request(path, {
        method: 'PUT',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(good),
      });
      expect((await withCharset.json()).error).toBe('pow-invalid');
    });

    it('refuses bodies over the size limit with a 413', async () => {
      const response = await app.request(`/v1/polls/theme:jobs/answers/${voter}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ option: 'jobs-transform', padding: 'x'.repeat(3000) }),
      });
      expect(response.status).toBe(413);
      expect((await response.json()).error).toBe('payload-too-large');
    });

    it('answers unknown routes with 404 and wrong methods with 405, in JSON', async () => {
      const missing = await app.request('/v2/polls/theme:jobs/results');
      expect(missing.status).toBe(404);
      expect((await missing.json()).error).toBe('not-found');
      const wrong = await app.request('/v1/polls/theme:jobs/results', { method: 'POST' });
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('GET');
      expect((await wrong.json()).error).toBe('method-not-allowed');
      const patch = await app.request(`/v1/polls/theme:jobs/answers/${voter}`, { method: 'PATCH' });
      expect(patch.status).toBe(405);
      expect(patch.headers.get('allow')).toBe('PUT, DELETE');
    });
  });

  describe('CORS', () => {
    it('lets extension pages of both browsers in, and tells the browser so', async () => {
      for (const origin of [CHROME, FIREFOX]) {
        const preflight = await app.request('/v1/polls/theme:jobs/answers/x', {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
        expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
        expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');

        const pollId = randomArticlePoll();
        const response = await put(app, { pollId, voter: randomVoter(), option: 'yes', lang: 'en' }, { origin });
        expect(response.status).toBe(201);
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        expect(response.headers.get('vary')).toContain('Origin');
      }
    });

    it('refuses web pages, even for simple requests that skip the preflight', async () => {
      for (const origin of ['https://www.lemonde.fr', 'http://localhost:8787', 'null', 'chrome-extension://short']) {
        const pollId = randomArticlePoll();
        const response = await put(app, { pollId, voter: randomVoter(), option: 'yes', lang: 'fr' }, { origin });
        expect(response.status, origin).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect((await response.json()).error).toBe('origin-not-allowed');
        expect(await store.tally(pollId)).toEqual([]);
        const preflight = await app.request(`/v1/polls/${pollId}/results`, { method: 'OPTIONS', headers: { origin } });
        expect(preflight.status).toBe(403);
      }
    });

    it('allows only the configured extension when a list is given', async () => {
      const pinned = createApp({ store, config: testConfig({ allowedOrigins: [CHROME] }) });
      expect((await pinned.request('/v1/health', { headers: { origin: CHROME } })).status).toBe(200);
      const otherChrome = 'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
      expect((await pinned.request('/v1/health', { headers: { origin: otherChrome } })).status).toBe(403);
      expect((await pinned.request('/v1/health', { headers: { origin: FIREFOX } })).status).toBe(403);
    });
  });

  describe('rate limiting', () => {
    it('limits writes per address, with Retry-After, separately from reads', async () => {
      const limited = createApp({
        store,
        config: testConfig({
          trustProxy: true,
          writeLimit: { burst: 3, perMinute: 6 },
          readLimit: { burst: 5, perMinute: 60 },
        }),
      });
      const pollId = randomArticlePoll();
      const from = (address: string) => ({ 'x-forwarded-for': `10.0.0.1, ${address}` });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await put(limited, { pollId, voter: randomVoter(), option: 'yes', lang: 'en' }, from('192.0.2.10'));
        statuses.push(response.status);
        if (response.status === 429) {
          expect(response.headers.get('retry-after')).toBe('10');
          expect((await response.json()).error).toBe('rate-limited');
        }
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
      expect(await store.tally(pollId)).toEqual([{ option: 'yes', lang: 'en', count: 3 }]);
      // Another address has its own bucket; reads have theirs.
      expect((await put(limited, { pollId, voter: randomVoter(), option: 'no', lang: 'en' }, from('192.0.2.11'))).status).toBe(201);
      const reads = [];
      for (let i = 0; i < 6; i++) {
        reads.push((await limited.request(`/v1/polls/${pollId}/results`, { headers: from('192.0.2.10') })).status);
      }
      expect(reads).toEqual([200, 200, 200, 200, 200, 429]);
    });
  });

  describe('privacy', () => {
    it('keeps nothing but poll, pseudonym, option, language and day', async () => {
      expect(await answerColumns(db)).toEqual(['day', 'lang', 'option_id', 'poll_id', 'voter']);
      const pollId = randomArticlePoll();
      await put(app, { pollId, voter: randomVoter(), option: 'yes', lang: 'en' }, {
        origin: CHROME,
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/153.0',
        'x-forwarded-for': '203.0.113.77',
        cookie: 'session=abc',
      });
      expect(await storedDays(db, pollId)).toEqual([utcDay()]);
      expect(JSON.stringify(await everyStoredValue(db))).not.toMatch(/203\.0\.113|Mozilla|session=|kbfnbc/);
    });

    it('sets no cookie', async () => {
      const response = await put(app, { pollId: randomArticlePoll(), voter: randomVoter(), option: 'yes', lang: 'en' });
      expect(response.headers.get('set-cookie')).toBeNull();
    });
  });
});

describe('database outage', () => {
  it('answers 503 with Retry-After while PostgreSQL is unreachable, and stays up', async () => {
    // Port 9 (discard) on loopback: nothing listens, so connections are refused at once.
    const store = openPostgresStore({ connectionString: 'postgres://app@127.0.0.1:9/none' });
    const app = createApp({ store, config: testConfig() });
    try {
      const health = await app.request('/v1/health');
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).toBe('5');
      expect((await health.json()).error).toBe('db-unavailable');
      const answer = await put(app, { pollId: randomArticlePoll(), voter: randomVoter(), option: 'yes', lang: 'en' });
      expect(answer.status).toBe(503);
      expect((await app.request(`/v1/polls/${randomArticlePoll()}/results`)).status).toBe(503);
    } finally {
      await store.close();
    }
  });
});

// What is on disk, read straight from the database rather than through the store under test.

async function query(db: TestDatabase, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  if (db.engine === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db.location, { readonly: true });
    try {
      return raw.prepare(sql.replace(/\$\d+/g, '?')).all(...params) as Record<string, unknown>[];
    } finally {
      raw.close();
    }
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: db.location });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function answerColumns(db: TestDatabase): Promise<string[]> {
  const rows =
    db.engine === 'sqlite'
      ? await query(db, "SELECT name FROM pragma_table_info('answers')")
      : await query(db, "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'answers'");
  return rows.map((row) => String(row.name)).sort();
}

async function storedDays(db: TestDatabase, pollId: string): Promise<string[]> {
  const sql =
    db.engine === 'sqlite'
      ? 'SELECT day FROM answers WHERE poll_id = $1'
      : "SELECT to_char(day, 'YYYY-MM-DD') AS day FROM answers WHERE poll_id = $1";
  return (await query(db, sql, [pollId])).map((row) => String(row.day));
}

async function everyStoredValue(db: TestDatabase): Promise<unknown[]> {
  const tables =
    db.engine === 'sqlite'
      ? await query(db, "SELECT name FROM sqlite_master WHERE type = 'table'")
      : await query(db, "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'");
  const values: unknown[] = [];
  for (const { name } of tables) values.push(...(await query(db, `SELECT * FROM ${String(name)}`)));
  return values;
}
