import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnswerSync, MAX_POW_BITS_ACCEPTED, type SyncDeps } from '../../../entrypoints/background/sync-answers';
import { checkPow } from '../../../server/pow';
import { derivePseudonym } from '../../../server/pseudonym';
import type { AnswerRecord } from '../../../state/answer-record';
import { ensureReaderSecret } from '../../../state/reader-secret';
import { DEFAULT_SETTINGS, type Settings } from '../../../state/settings';
import { defineSyncQueueItem, normaliseQueue, RETRY_BASE_MS } from '../../../state/sync-queue';
import { fakeResultsServer } from './fake-results-server';

const SERVER = 'https://results.example.org';
const SINCE = '2026-11-20T08:00:00.000Z';
const EUROPE = 'theme:europe-catch-up';
const ARTICLE_POLL = 'q:3f9a0c1d2e4b5a67';

function settings(enabled: boolean, serverUrl = SERVER): Settings {
  return { ...DEFAULT_SETTINGS, sharing: { enabled, serverUrl, since: enabled ? SINCE : null } };
}

async function setSharing(enabled: boolean, serverUrl = SERVER): Promise<Settings> {
  const value = settings(enabled, serverUrl);
  await browser.storage.local.set({ settings: value });
  return value;
}

let clock = Date.parse('2026-11-26T09:00:00.000Z');
function answer(pollId: string, optionId: string | null, at: string, lang: AnswerRecord['lang'] = 'fr'): AnswerRecord {
  return {
    pollId,
    kind: pollId.startsWith('theme:') ? 'theme' : 'article',
    themeId: pollId === EUROPE ? 'europe-catch-up' : null,
    optionId,
    question: 'L’Europe peut-elle encore rattraper son retard ?',
    quote: { exact: 'L’Europe peut-elle encore rattraper son retard ?', prefix: '', suffix: '' },
    url: 'https://www.lemonde.fr/economie/article/2026/11/20/openai-leve-40-milliards',
    title: 'OpenAI lève 40 milliards de dollars',
    lang,
    answeredAt: at,
    history: [],
  };
}

function setup(overrides: Partial<SyncDeps> = {}) {
  const server = fakeResultsServer();
  const schedule = vi.fn<(at: number | null) => void>();
  const releaseServer = vi.fn(async (_server: string) => undefined);
  const deps: SyncDeps = {
    fetch: server.fetch,
    schedule,
    releaseServer,
    now: () => clock,
    random: () => 0.5,
    ...overrides,
  };
  return { server, schedule, releaseServer, deps, sync: createAnswerSync(deps) };
}

const queue = async () => normaliseQueue(await defineSyncQueueItem().getValue());

describe('answer sync (background)', () => {
  let secret: string;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    clock = Date.parse('2026-11-26T09:00:00.000Z');
    secret = await ensureReaderSecret();
  });

  it('sends a vote given while sharing is on: the per-poll pseudonym, a real proof of work, option and language', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-joint-investment', '2026-11-26T08:59:00.000Z'));

    const voter = await derivePseudonym(secret, EUROPE);
    expect(server.writes()).toHaveLength(1);
    const [put] = server.writes();
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(`/v1/polls/${EUROPE}/answers/${voter}`);
    const body = put?.body as { option: string; lang: string; pow: { day: string; nonce: string } };
    expect(body.option).toBe('eu-joint-investment');
    expect(body.lang).toBe('fr');
    expect(await checkPow({ pollId: EUROPE, voter, option: body.option, day: body.pow.day }, body.pow.nonce, server.state.powBits)).toBe(true);
    // Nothing else in the body: no page address, no title, no time of day.
    expect(Object.keys(body).sort()).toEqual(['lang', 'option', 'pow']);
    expect(server.held(EUROPE).get(voter)).toEqual({ option: 'eu-joint-investment', lang: 'fr' });
    expect((await queue()).changes).toEqual([]);
    expect((await queue()).shared[SERVER]).toEqual([EUROPE]);
  });

  it('gives each poll its own pseudonym, so the server cannot link two answers of one reader', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:59:00.000Z'));
    await sync.answerChanged(ARTICLE_POLL, null, answer(ARTICLE_POLL, 'yes', '2026-11-26T08:59:30.000Z'));
    const voters = server.writes().map((r) => r.path.split('/').pop());
    expect(voters).toHaveLength(2);
    expect(voters[0]).not.toBe(voters[1]);
  });

  it('sends nothing at all while sharing is off, and nothing answered before it was turned on', async () => {
    await setSharing(false);
    const { sync, server } = setup();
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:59:00.000Z'));
    expect(await sync.results(EUROPE)).toEqual({ state: 'off' });
    expect(await sync.check()).toEqual({ status: 'off' });

    await setSharing(true);
    // Answered on 19 November, sharing turned on on the 20th: that answer stays on this device.
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-19T10:00:00.000Z'));
    expect(server.log).toEqual([]);
    expect((await queue()).changes).toEqual([]);
  });

  it('keeps a vote made offline, backs off, and sends it once the server can be reached', async () => {
    await setSharing(true);
    const { sync, server, schedule } = setup();
    server.state.online = false;
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:59:00.000Z'));

    let q = await queue();
    expect(q.changes.map((c) => [c.pollId, c.optionId])).toEqual([[EUROPE, 'eu-niches']]);
    expect(q.failures).toBe(1);
    expect(q.retryAt).toBe(clock + RETRY_BASE_MS);
    expect(schedule).toHaveBeenLastCalledWith(clock + RETRY_BASE_MS);

    // A second failure doubles the wait.
    clock += RETRY_BASE_MS;
    await sync.flush();
    q = await queue();
    expect(q.failures).toBe(2);
    expect(q.retryAt).toBe(clock + 2 * RETRY_BASE_MS);

    // Back online, but the retry is not due yet: a plain flush waits, it does not hammer the server.
    server.state.online = true;
    await sync.flush();
    expect(server.log).toEqual([]);

    clock += 2 * RETRY_BASE_MS;
    const report = await sync.flush();
    expect(report).toEqual({ sent: 1, dropped: 0, pending: 0 });
    expect(server.writes().map((r) => r.method)).toEqual(['PUT']);
    q = await queue();
    expect(q).toMatchObject({ changes: [], failures: 0, retryAt: null });
    expect(schedule).toHaveBeenLastCalledWith(null);
  });

  it('sends only the latest state of a poll changed twice while offline: one request', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    server.state.online = false;
    const first = answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z');
    const second = answer(EUROPE, 'eu-joint-investment', '2026-11-26T08:55:00.000Z');
    const third = answer(EUROPE, 'eu-gap-too-large', '2026-11-26T08:58:00.000Z');
    await sync.answerChanged(EUROPE, null, first);
    await sync.answerChanged(EUROPE, first, second);
    await sync.answerChanged(EUROPE, second, third);
    expect((await queue()).changes).toHaveLength(1);

    server.state.online = true;
    await sync.flush(true);
    expect(server.writes()).toHaveLength(1);
    expect(server.writes()[0]?.body).toMatchObject({ option: 'eu-gap-too-large' });
  });

  it('withdraws a shared answer with a DELETE, and never contacts the server for one it never had', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    const voted = answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z');
    await sync.answerChanged(EUROPE, null, voted);
    await sync.answerChanged(EUROPE, voted, { ...voted, optionId: null, answeredAt: '2026-11-26T08:51:00.000Z' });
    expect(server.writes().map((r) => r.method)).toEqual(['PUT', 'DELETE']);
    expect(server.held(EUROPE).size).toBe(0);
    expect((await queue()).shared).toEqual({});

    // An answer given before sharing was on, then withdrawn: the server never had it, so no request.
    const old = answer(ARTICLE_POLL, 'no', '2026-11-18T12:00:00.000Z');
    await sync.answerChanged(ARTICLE_POLL, old, { ...old, optionId: null, answeredAt: '2026-11-26T08:52:00.000Z' });
    // Forgetting an answer (its key removed) withdraws it too, when shared.
    expect(server.writes()).toHaveLength(2);
  });

  it('a vote and its withdrawal both made offline leave as one DELETE (nothing stays on the server)', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    server.state.online = false;
    const voted = answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z');
    await sync.answerChanged(EUROPE, null, voted);
    await sync.answerChanged(EUROPE, voted, null);
    server.state.online = true;
    await sync.flush(true);
    expect(server.writes().map((r) => r.method)).toEqual(['DELETE']);
  });

  it('turning sharing off (the stored setting) withdraws every shared answer, one DELETE each, and gives the server back', async () => {
    const on = await setSharing(true);
    const { sync, server, releaseServer } = setup();
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    await sync.answerChanged(ARTICLE_POLL, null, answer(ARTICLE_POLL, 'yes', '2026-11-26T08:51:00.000Z'));
    expect(server.held(EUROPE).size + server.held(ARTICLE_POLL).size).toBe(2);

    const off = await setSharing(false);
    await sync.settingsChanged(on, off);
    const deletes = server.writes().filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => r.path.split('/')[3]).sort()).toEqual([EUROPE, ARTICLE_POLL].sort());
    expect(server.held(EUROPE).size + server.held(ARTICLE_POLL).size).toBe(0);
    expect(releaseServer).toHaveBeenCalledWith(SERVER);
    // The options page then asks for the outcome: it hears what the switch withdrew, and nothing is sent twice.
    expect(await sync.withdrawAll()).toEqual({ withdrawn: 2, pending: 0 });
    expect(server.writes().filter((r) => r.method === 'DELETE')).toHaveLength(2);

    // Sharing is off now: a new vote stays on this device.
    const before = server.log.length;
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-joint-investment', '2026-11-26T09:00:00.000Z'));
    await sync.flush(true);
    expect(server.log.length).toBe(before);
  });

  it('reports how many answers the withdrawal took off the server', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    await sync.answerChanged(ARTICLE_POLL, null, answer(ARTICLE_POLL, 'yes', '2026-11-26T08:51:00.000Z'));
    await setSharing(false);
    expect(await sync.withdrawAll()).toEqual({ withdrawn: 2, pending: 0 });
    expect(server.held(EUROPE).size + server.held(ARTICLE_POLL).size).toBe(0);
  });

  it('gives the server’s permissions back at turn-off even when nothing was ever shared with it', async () => {
    const on = await setSharing(true);
    const { sync, server, releaseServer } = setup();
    const off = await setSharing(false);
    await sync.settingsChanged(on, off);
    expect(releaseServer).toHaveBeenCalledWith(SERVER);
    expect(await sync.withdrawAll()).toEqual({ withdrawn: 0, pending: 0 });
    expect(server.writes()).toEqual([]);
  });

  it('does not send an answer once sharing is turned off while its proof was being made', async () => {
    await setSharing(true);
    const server = fakeResultsServer();
    const fetchFn = async (url: string, init: RequestInit = {}) => {
      const response = await server.fetch(url, init);
      // The reader turns sharing off while the background works on the proof.
      if (url.endsWith('/v1/health')) await setSharing(false);
      return response;
    };
    const sync = createAnswerSync({ fetch: fetchFn, schedule: vi.fn(), releaseServer: vi.fn(async () => undefined), now: () => clock });
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    expect(server.writes()).toEqual([]);
    expect((await queue()).changes).toEqual([]);
  });

  it('keeps owing the withdrawals when the server is down at turn-off, and delivers them later', async () => {
    const on = await setSharing(true);
    const { sync, server, releaseServer } = setup();
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    server.state.online = false;
    const off = await setSharing(false);
    await sync.settingsChanged(on, off);
    expect(await sync.withdrawAll()).toEqual({ withdrawn: 0, pending: 1 });
    expect(releaseServer).not.toHaveBeenCalled();

    server.state.online = true;
    clock += 60 * 60 * 1000;
    await sync.flush();
    expect(server.held(EUROPE).size).toBe(0);
    expect(releaseServer).toHaveBeenCalledWith(SERVER);
    expect((await queue()).changes).toEqual([]);
  });

  it('resumes the stored queue after a restart (a new background), without sending anything twice', async () => {
    await setSharing(true);
    const before = setup();
    before.server.state.online = false;
    await before.sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    await before.sync.answerChanged(ARTICLE_POLL, null, answer(ARTICLE_POLL, 'no', '2026-11-26T08:51:00.000Z'));

    // The service worker was stopped: a fresh sync over the same storage, with the network back.
    const after = setup();
    clock += 60_000;
    const report = await after.sync.flush();
    expect(report).toEqual({ sent: 2, dropped: 0, pending: 0 });
    expect(after.server.writes().map((r) => r.path.split('/')[3])).toEqual([EUROPE, ARTICLE_POLL]);
    await after.sync.flush(true);
    expect(after.server.writes()).toHaveLength(2);
  });

  it('solves the proof again when the server’s day turns between the health check and the answer', async () => {
    await setSharing(true);
    const server = fakeResultsServer({ day: '2026-11-25' });
    const fetchFn = async (url: string, init: RequestInit = {}) => {
      const response = await server.fetch(url, init);
      // Midnight (UTC) passes right after the health check: the first proof names a day now refused.
      if (url.endsWith('/v1/health')) server.state.day = '2026-11-26';
      return response;
    };
    const sync = createAnswerSync({ fetch: fetchFn, schedule: vi.fn(), releaseServer: vi.fn(async () => undefined), now: () => clock });
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    const days = server.writes().map((r) => (r.body as { pow: { day: string } }).pow.day);
    expect(days).toEqual(['2026-11-25', '2026-11-26']);
    expect(server.held(EUROPE).size).toBe(1);
    expect((await queue()).changes).toEqual([]);
  });

  it('refuses a server that asks for an unreasonable proof of work, instead of burning the reader’s CPU', async () => {
    await setSharing(true);
    const server = fakeResultsServer({ powBits: MAX_POW_BITS_ACCEPTED + 4 });
    const solve = vi.fn(async () => '0');
    const sync = createAnswerSync({ fetch: server.fetch, schedule: vi.fn(), releaseServer: vi.fn(async () => undefined), solve });
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    expect(solve).not.toHaveBeenCalled();
    expect(server.writes()).toEqual([]);
    expect((await queue()).changes).toEqual([]);
  });

  it('drops a change the server refuses for good (403) rather than retrying it forever', async () => {
    await setSharing(true);
    const { sync, server, schedule } = setup();
    server.state.failWith = { status: 403, error: 'origin-not-allowed' };
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    expect((await queue()).changes).toEqual([]);
    expect(schedule).toHaveBeenLastCalledWith(null);
  });

  it('waits at least as long as the server’s Retry-After when it is overloaded', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    server.state.failWith = { status: 503, error: 'db-unavailable', retryAfter: 120 };
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    expect((await queue()).retryAt).toBe(clock + 120_000);
  });

  it('fetches results after sending the reader’s own pending answer, so that it is counted', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    server.state.online = false;
    await sync.answerChanged(EUROPE, null, answer(EUROPE, 'eu-niches', '2026-11-26T08:50:00.000Z'));
    expect(await sync.results(EUROPE)).toEqual({ state: 'unreachable', pending: true });

    server.state.online = true;
    const reply = await sync.results(EUROPE);
    expect(reply).toMatchObject({ state: 'ok', counted: true, results: { total: 1, enough: false, minCount: 2 } });
    expect(server.log.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET']);
  });

  it('says "connected", "unreachable" or "refused" for the options page', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    expect(await sync.check()).toEqual({ status: 'connected', powBits: 2, minCount: 2, pending: 0 });
    server.state.online = false;
    expect(await sync.check()).toEqual({ status: 'unreachable', pending: 0 });
    server.state.online = true;
    server.state.failWith = { status: 403, error: 'origin-not-allowed' };
    expect(await sync.check()).toEqual({ status: 'refused', reason: 'origin-not-allowed' });
  });

  it('ignores poll ids that are not the server’s (nothing built from them reaches a URL)', async () => {
    await setSharing(true);
    const { sync, server } = setup();
    for (const bad of ['theme:../../admin', 'q:XYZ', 'q:3f9a0c1d2e4b5a67/../x', '']) {
      await sync.answerChanged(bad, null, answer(bad, 'yes', '2026-11-26T08:50:00.000Z'));
      expect(await sync.results(bad)).toEqual({ state: 'refused' });
    }
    expect(server.log).toEqual([]);
  });
});
