import { describe, expect, it, vi } from 'vitest';
import { createCommunityClient } from '../../../entrypoints/background/community-client';

const SERVER = 'https://results.example.org';
const VOTER = 'vDwajFd8yzH8wsQFizt-zMMFUqkURgTzCdrl9Nv6isQ';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('results server client', () => {
  it('builds the documented URLs, escaping the poll id, and sends no cookies or referrer', async () => {
    const fetchFn = vi.fn(async (_url: string, _init: RequestInit) => json(200, { pollId: 'theme:jobs', removed: true }));
    await createCommunityClient(SERVER, fetchFn).deleteAnswer('theme:jobs', VOTER);
    const [url, init] = fetchFn.mock.calls[0] ?? [];
    expect(url).toBe(`${SERVER}/v1/polls/theme%3Ajobs/answers/${VOTER}`);
    expect(init).toMatchObject({ method: 'DELETE', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
  });

  it('tells apart "retry later", "solve again" and "refused for good"', async () => {
    const body = { option: 'jobs-more', lang: 'de', pow: { day: '2026-11-26', nonce: 'a' } };
    const answerWith = (response: Response | Error) =>
      createCommunityClient(SERVER, async () => {
        if (response instanceof Error) throw response;
        return response;
      }).putAnswer('theme:jobs', VOTER, body);
    expect(await answerWith(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'retry', retryAfterMs: null });
    expect(await answerWith(json(503, { error: 'db-unavailable' }, { 'retry-after': '5' }))).toEqual({
      kind: 'retry',
      retryAfterMs: 5000,
      reason: 'db-unavailable',
    });
    expect(await answerWith(json(429, { error: 'rate-limited' }, { 'retry-after': '30' }))).toMatchObject({ kind: 'retry', retryAfterMs: 30_000 });
    expect(await answerWith(json(400, { error: 'pow-invalid', powBits: 18, day: '2026-11-26' }))).toEqual({ kind: 'pow', powBits: 18, day: '2026-11-26' });
    expect(await answerWith(json(400, { error: 'invalid-body' }))).toEqual({ kind: 'refused', status: 400, reason: 'invalid-body' });
    expect(await answerWith(json(403, { error: 'origin-not-allowed' }))).toEqual({ kind: 'refused', status: 403, reason: 'origin-not-allowed' });
    // A 2xx from something else at that address (a web page, a proxy's portal) is not taken as done.
    expect(await answerWith(new Response('<html>Welcome</html>', { status: 200 }))).toEqual({
      kind: 'refused',
      status: 200,
      reason: 'not-a-results-server',
    });
    expect(await answerWith(json(201, { pollId: 'theme:jobs', outcome: 'created' }))).toEqual({ kind: 'ok', value: null });
  });

  it('checks the shape of health and results replies', async () => {
    const health = createCommunityClient(SERVER, async () => json(200, { status: 'ok', powBits: 16, minCount: 10, day: '2026-11-26' }));
    expect(await health.health()).toEqual({ kind: 'ok', value: { powBits: 16, minCount: 10, day: '2026-11-26' } });
    const wrong = createCommunityClient(SERVER, async () => json(200, { status: 'ok' }));
    expect((await wrong.health()).kind).toBe('refused');
    const results = createCommunityClient(SERVER, async () =>
      json(200, { pollId: 'theme:jobs', kind: 'theme', total: 12, minCount: 10, enough: true, options: [{ id: 'jobs-more', count: 12 }], byLang: [], note: 'not-representative' }),
    );
    expect(await results.results('theme:jobs')).toMatchObject({ kind: 'ok', value: { total: 12, enough: true, byLang: [] } });
    // Results for another poll than the one asked for are not believed.
    expect((await results.results('theme:bubble')).kind).toBe('refused');
  });
});
