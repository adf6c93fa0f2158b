// A results server in memory, behind a fake `fetch`: enough of docs/server-api.md to test the extension's
// side (proof of work checked for real, one answer per pseudonym and poll, the minimum count), plus
// switches to take it offline or make it refuse, and a log of every request that reached it.
import { checkPow } from '../../../server/pow';

export interface LoggedRequest {
  method: string;
  path: string;
  body: unknown;
  origin: string;
}

export interface FakeServerOptions {
  powBits?: number;
  minCount?: number;
  day?: string;
}

export function fakeResultsServer(options: FakeServerOptions = {}) {
  const state = {
    online: true,
    powBits: options.powBits ?? 2,
    minCount: options.minCount ?? 2,
    day: options.day ?? new Date().toISOString().slice(0, 10),
    /** When set, every request gets this status and error code (e.g. 503, 403). */
    failWith: null as null | { status: number; error: string; retryAfter?: number },
  };
  const answers = new Map<string, Map<string, { option: string; lang: string }>>();
  const log: LoggedRequest[] = [];

  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

  const fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    if (!state.online) throw new TypeError('Failed to fetch');
    const parsed = new URL(url);
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : null;
    log.push({ method, path: decodeURIComponent(parsed.pathname), body, origin: parsed.origin });
    if (state.failWith) {
      const { status, error, retryAfter } = state.failWith;
      return reply(status, { error, message: error }, retryAfter ? { 'retry-after': String(retryAfter) } : {});
    }
    const path = parsed.pathname.split('/').map(decodeURIComponent);
    if (method === 'GET' && parsed.pathname === '/v1/health') {
      return reply(200, { status: 'ok', engine: 'memory', day: state.day, powBits: state.powBits, minCount: state.minCount });
    }
    const [, v1, polls, pollId = '', what, voter = ''] = path;
    if (v1 !== 'v1' || polls !== 'polls') return reply(404, { error: 'not-found', message: '' });
    const poll = answers.get(pollId) ?? new Map<string, { option: string; lang: string }>();
    answers.set(pollId, poll);
    if (what === 'answers' && method === 'PUT') {
      const { option, lang, pow } = body as { option: string; lang: string; pow: { day: string; nonce: string } };
      if (pow.day !== state.day) return reply(400, { error: 'pow-expired', message: '', powBits: state.powBits, day: state.day });
      if (!(await checkPow({ pollId, voter, option, day: pow.day }, pow.nonce, state.powBits))) {
        return reply(400, { error: 'pow-invalid', message: '', powBits: state.powBits, day: state.day });
      }
      const before = poll.get(voter);
      poll.set(voter, { option, lang });
      return reply(before ? 200 : 201, { pollId, option, lang, outcome: before ? 'updated' : 'created' });
    }
    if (what === 'answers' && method === 'DELETE') {
      return reply(200, { pollId, removed: poll.delete(voter) });
    }
    if (what === 'results' && method === 'GET') {
      const total = poll.size;
      const enough = total >= state.minCount;
      const counts = new Map<string, number>();
      for (const a of poll.values()) counts.set(a.option, (counts.get(a.option) ?? 0) + 1);
      return reply(200, {
        pollId,
        kind: pollId.startsWith('theme:') ? 'theme' : 'article',
        total,
        minCount: state.minCount,
        enough,
        options: enough ? [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count) : null,
        byLang: null,
        representative: false,
        note: 'not-representative',
      });
    }
    return reply(405, { error: 'method-not-allowed', message: '' });
  };

  return {
    state,
    fetch,
    log,
    /** The answers the server holds for a poll, by pseudonym. */
    held: (pollId: string) => new Map(answers.get(pollId) ?? []),
    writes: () => log.filter((r) => r.method === 'PUT' || r.method === 'DELETE'),
  };
}
