// Hostile and malformed requests, generated: whatever arrives, the answer is a 4xx (or a 2xx for the rare
// valid one) in JSON, never a 500, never a crash, and nothing unexpected reaches the error log.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app';
import type { ResultsStore } from '../../server/db/store';
import { utcDay } from '../../server/pow';
import { answerRequest, ENGINES, migratedStore, randomVoter, type TestDatabase, testConfig } from './helpers';

const HOSTILE = [
  "' OR 1=1 --",
  "theme:jobs'; DROP TABLE answers; --",
  'q:0123456789abcdef" UNION SELECT * FROM schema_migrations --',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '\u202etheme:jobs',
  'théme:jobs',
  'theme:jobs\n',
  'ＴＨＥＭＥ:jobs',
  '😀'.repeat(30),
  'x'.repeat(5000),
  '__proto__',
  'constructor',
  '$1',
  '?',
  '%',
];

// Raw path pieces that are not produced by encodeURIComponent: broken escapes, encoded slashes, dots.
const RAW_SEGMENTS = ['%', '%zz', '%C0%AF', '%E0%A4%A', '%2F', '..', '.', '', '%00', '%252F', ';', '::'];

const segment = fc.oneof(
  fc.constantFrom('theme:jobs', 'theme:europe-catch-up', 'q:0123456789abcdef', randomVoter(), 'results', 'answers'),
  fc.constantFrom(...HOSTILE).map(encodeURIComponent),
  fc.constantFrom(...RAW_SEGMENTS),
  fc.string({ unit: 'grapheme', maxLength: 60 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 60 }).map((text) => encodeURIComponent(text.toWellFormed())),
);

const path = fc.oneof(
  fc.tuple(segment, segment).map(([poll, voter]) => `/v1/polls/${poll}/answers/${voter}`),
  segment.map((poll) => `/v1/polls/${poll}/results`),
  fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
  fc.constantFrom('/v1/health', '/v1/health/', '/v1', '/', '//v1//health', '/v1/polls', '/v1/polls/theme:jobs'),
);

const goodBody = fc.record({
  option: fc.oneof(fc.constantFrom('jobs-transform', 'yes'), fc.string({ maxLength: 50 })),
  lang: fc.oneof(fc.constantFrom('en', 'fr', 'de', 'es', 'it'), fc.string({ maxLength: 5 })),
  pow: fc.oneof(
    fc.record({ day: fc.constantFrom(utcDay(), '2000-01-01', 'x'), nonce: fc.string({ maxLength: 40 }) }),
    fc.anything(),
  ),
});

const body = fc.oneof(
  goodBody.map((value) => JSON.stringify(value)),
  fc.json({ maxDepth: 6 }),
  fc.anything({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'undefined'),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(...HOSTILE),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => `{"option":"${'a'.repeat(n)}"}`),
  fc.integer({ min: 1, max: 600 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.constantFrom('', '{}', '[]', 'null', 'true', '{"option":', '\uFEFF{}', '{"__proto__":{"polluted":1}}'),
);

const headerValue = fc.string({ maxLength: 80 }).map((text) => text.replace(/[^\x20-\x7e]/g, ''));
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json, text/plain',
  ),
  headerValue,
);
const origin = fc.constantFrom(
  undefined,
  'chrome-extension://kbfnbcaeplbcioakkpcpgfkobkghlhen',
  'moz-extension://3f1c2a9e-8b7d-4e6f-a5c4-1d2e3f4a5b6c',
  'https://www.spiegel.de',
  'null',
  'chrome-extension://',
);

const anyRequest = fc.record({
  method: fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE', 'POST', 'PATCH', 'OPTIONS'),
  path,
  body: fc.option(body, { nil: undefined }),
  contentType: fc.option(contentType, { nil: undefined }),
  origin,
  extra: fc.dictionary(
    fc.constantFrom('x-forwarded-for', 'content-encoding', 'transfer-encoding-x', 'accept', 'cookie', 'x-http-method-override'),
    headerValue,
  ),
});

// Most random requests stop at the first check (path, method, origin); these reach the body parsing, the
// schema, the proof of work and the database: a valid route and headers, with a hostile body.
const deepRequest = fc.record({
  method: fc.constantFrom('PUT', 'PUT', 'DELETE'),
  path: fc
    .tuple(
      fc.constantFrom('theme:jobs', 'theme:bubble', 'q:0123456789abcdef', 'theme%3Aethics'),
      fc.uint8Array({ minLength: 32, maxLength: 32 }),
    )
    .map(([poll, bytes]) => `/v1/polls/${poll}/answers/${Buffer.from(bytes).toString('base64url')}`),
  body: fc.option(body, { nil: undefined, freq: 10 }),
  contentType: fc.option(fc.constantFrom('application/json', 'application/json; charset=utf-8'), { nil: undefined, freq: 10 }),
  origin: fc.constantFrom(undefined, 'moz-extension://3f1c2a9e-8b7d-4e6f-a5c4-1d2e3f4a5b6c'),
  extra: fc.constant({}),
});

const request = fc.oneof(anyRequest, deepRequest);

describe.each(ENGINES)('hostile input on %s', (engine) => {
  let store: ResultsStore;
  let db: TestDatabase;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    ({ store, db } = await migratedStore(engine));
    app = createApp({ store, config: testConfig({ trustProxy: true }) });
  });
  afterAll(async () => {
    await store.close();
    db.cleanup();
  });

  it('always answers in JSON with a client error or success, never a server error', async () => {
    const logged = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = { ...r.extra };
        if (r.contentType !== undefined) headers['content-type'] = r.contentType;
        if (r.origin !== undefined) headers.origin = r.origin;
        const hasBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
        const response = await app.request(`http://localhost${r.path}`, {
          method: r.method,
          headers,
          body: hasBody ? r.body : undefined,
        });
        expect(response.status).toBeLessThan(500);
        if (response.status === 204 || r.method === 'HEAD') return;
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        const json = await response.json();
        if (response.status >= 400) {
          expect(typeof json.error).toBe('string');
          expect(typeof json.message).toBe('string');
          expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+|SQLITE|syntax error|relation "/);
        }
      }),
      { numRuns: engine === 'sqlite' ? 600 : 300 },
    );
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    // And the database is still whole.
    expect((await app.request('/v1/health')).status).toBe(200);
  });

  it('treats injection-like poll ids and options as plain invalid input', async () => {
    // A difficulty no random nonce meets, so only validation decides; a poll the fuzzing above never used.
    const strict = createApp({ store, config: testConfig({ powBits: 24 }) });
    const pollId = 'theme:concentration';
    for (const hostile of HOSTILE) {
      const results = await strict.request(`/v1/polls/${encodeURIComponent(hostile)}/results`);
      expect(results.status, hostile).toBe(400);
      const body = JSON.stringify({ option: hostile, lang: 'en', pow: { day: utcDay(), nonce: '0' } });
      const answer = await strict.request(`/v1/polls/${pollId}/answers/${randomVoter()}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const { error } = await answer.json();
      // "constructor" is a well-formed option id: it fails on the proof of work instead.
      const expected =
        body.length > 2048 ? 'payload-too-large' : /^[a-z0-9-]{1,40}$/.test(hostile) ? 'pow-invalid' : 'invalid-body';
      expect(error, hostile).toBe(expected);
    }
    expect(await store.tally(pollId)).toEqual([]);
  });

  it('counts options named like object properties as ordinary options', async () => {
    const pollId = 'q:00000000000000ff';
    for (const option of ['constructor', 'constructor', 'hasownproperty', 'tostring']) {
      const { path, init } = await answerRequest({ pollId, voter: randomVoter(), option, lang: 'en' });
      expect((await app.request(path, init)).status).toBe(201);
    }
    const results = await (await app.request(`/v1/polls/${pollId}/results`)).json();
    expect(results.options).toEqual([
      { id: 'constructor', count: 2 },
      { id: 'hasownproperty', count: 1 },
      { id: 'tostring', count: 1 },
    ]);
  });
});
