// `npm run server` as a real process on a real socket: what app.request() cannot show (rate limiting by
// the socket's address, chunked bodies, start-up configuration errors, clean shutdown).
import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../shared-dir';
import { answerRequest, freshDatabase, randomArticlePoll, randomVoter, type TestDatabase } from './helpers';

const TSX = resolve(repoRoot, 'node_modules/.bin/tsx');
const MAIN = resolve(repoRoot, 'server/main.ts');

interface Running {
  child: ChildProcess;
  base: string;
  output: () => string;
}

function start(env: Record<string, string>): Promise<Running> {
  const child = spawn(TSX, [MAIN], {
    env: { ...process.env, PORT: '0', POW_BITS: '4', RESULTS_MIN_COUNT: '2', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done({ child, base: match[1] as string, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

function stop(running: Running): Promise<number | null> {
  return new Promise((done) => {
    if (running.child.exitCode !== null) return done(running.child.exitCode);
    running.child.once('exit', (code) => done(code));
    running.child.kill('SIGTERM');
  });
}

describe.each(['sqlite', 'postgres'] as const)('the server process on %s', (engine) => {
  let db: TestDatabase;
  let server: Running;

  beforeAll(async () => {
    db = await freshDatabase(engine);
    server = await start({
      ...(engine === 'sqlite' ? { SQLITE_PATH: db.location } : { DATABASE_URL: db.location }),
      // One write for the chunked-body test, then three for the rate-limit test before it is refused.
      RATE_LIMIT_WRITE_BURST: '4',
      RATE_LIMIT_WRITES_PER_MINUTE: '1',
    });
  });
  afterAll(async () => {
    if (server) await stop(server);
    db?.cleanup();
  });

  it('starts on loopback with the engine asked for, without printing secrets', async () => {
    expect(server.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.output()).toContain(engine === 'sqlite' ? `SQLite at ${db.location}` : '(PostgreSQL)');
    expect(server.output()).not.toContain('postgres://');
    const health = await fetch(`${server.base}/v1/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', engine, powBits: 4, minCount: 2 });
  });

  it('refuses an oversized chunked body (no Content-Length) with a 413', async () => {
    const status = await new Promise<number>((done, fail) => {
      const url = new URL(`${server.base}/v1/polls/theme:jobs/answers/${randomVoter()}`);
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'PUT', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      // Four 1 kB chunks: only the running total shows it is too big.
      for (let i = 0; i < 4; i++) req.write(`${'{"x":"'.padEnd(1024, 'a')}`);
      req.end();
    });
    expect(status).toBe(413);
  });

  // Last: it empties this address's write bucket.
  it('rate-limits writes by the socket’s address, ignoring X-Forwarded-For it does not trust', async () => {
    const pollId = randomArticlePoll();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { path, init } = await answerRequest(
        { pollId, voter: randomVoter(), option: 'yes', lang: 'en' },
        { 'x-forwarded-for': `198.51.100.${i}` },
      );
      statuses.push((await fetch(`${server.base}${path}`, init)).status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    // Reads have their own bucket.
    const results = await fetch(`${server.base}/v1/polls/${pollId}/results`);
    expect(await results.json()).toMatchObject({ total: 3, enough: true, options: [{ id: 'yes', count: 3 }] });
  });
});

describe('server start-up', () => {
  it('exits with a readable message on bad configuration', async () => {
    const child = spawn(TSX, [MAIN], {
      env: { ...process.env, PORT: 'abc', ALLOWED_ORIGINS: 'https://example.org' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((done) => child.on('exit', done));
    expect(code).toBe(2);
    expect(output).toMatch(/Invalid server configuration|not an extension origin/);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const db = await freshDatabase('sqlite');
    try {
      const running = await start({ SQLITE_PATH: db.location });
      expect((await fetch(`${running.base}/v1/health`)).status).toBe(200);
      expect(await stop(running)).toBe(0);
    } finally {
      db.cleanup();
    }
  });
});
