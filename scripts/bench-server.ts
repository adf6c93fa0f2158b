// `npm run bench:server`: a bounded load test of the results server on loopback.
//
//  1. what a reader pays per answer: the shared Web Crypto proof-of-work solver at the default 16 bits,
//     in Node and, when /usr/bin/chromium exists, in headless Chromium;
//  2. answers per second and latency with autocannon, on SQLite then on PostgreSQL (a throwaway cluster),
//     plus a shorter run of result reads;
//  3. a PostgreSQL restart (`pg_ctl restart -m fast`) in the middle of the load: the server must survive,
//     answer 503 meanwhile, and every answer it acknowledged (2xx) must be in the database afterwards.
//
// The servers run with POW_BITS=4 and the rate limits off, and every request is precomputed (distinct
// pseudonyms, proofs solved with node:crypto, which is faster than Web Crypto for one-off hashes): the
// server checks a proof with one hash whatever its difficulty, so this measures the server, not the
// client's work, which phase 1 measures on its own.
// Flags: --seconds N (per phase, default 10), --connections N (default 16).
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '../server/dev/throwaway-postgres';
import { checkPow, leadingZeroBits, powMessage, solvePow, utcDay } from '../server/pow';

// autocannon ships no types; this is the part of its API used here.
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}
interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  duration: number;
  latency: Histogram;
  requests: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = resolve(repoRoot, 'node_modules/.bin/tsx');
const MAIN = resolve(repoRoot, 'server/main.ts');

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const SECONDS = flag('seconds', 10);
// 16 connections keep both cores busy (one runs autocannon, one the server) without queueing so deep
// that latency measures the queue rather than the server.
const CONNECTIONS = flag('connections', 16);
const BENCH_POW_BITS = 4;
// More requests than a run can send at the rates seen here (≈2-4k/s), so every answer is a new one.
const PREPARED = 60_000;
const CLIENT_POW_BITS = 16;
const CLIENT_POW_SAMPLES = 12;

const THEMES = ['europe-catch-up', 'sovereignty', 'ethics', 'bubble', 'jobs', 'regulation'];
const POLLS = [
  ...THEMES.map((theme) => `theme:${theme}`),
  ...Array.from({ length: 44 }, () => `q:${randomBytes(8).toString('hex')}`),
];
const OPTIONS = ['opt-a', 'opt-b', 'opt-c', 'opt-d'];
const LANGS = ['en', 'fr', 'de', 'es', 'it'];

interface Prepared {
  pollId: string;
  voter: string;
  option: string;
  path: string;
  body: string;
}

function solveFast(message: (nonce: string) => string, bits: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(createHash('sha256').update(message(nonce)).digest()) >= bits) return nonce;
  }
}

async function prepare(count: number): Promise<Prepared[]> {
  const day = utcDay();
  const out: Prepared[] = [];
  for (let i = 0; i < count; i++) {
    const pollId = POLLS[i % POLLS.length] as string;
    const voter = randomBytes(32).toString('base64url');
    const option = OPTIONS[(i * 7) % OPTIONS.length] as string;
    const claim = { pollId, voter, option, day };
    const nonce = solveFast((n) => powMessage(claim, n), BENCH_POW_BITS);
    out.push({
      pollId,
      voter,
      option,
      path: `/v1/polls/${pollId}/answers/${voter}`,
      body: JSON.stringify({ option, lang: LANGS[i % LANGS.length], pow: { day, nonce } }),
    });
  }
  // The fast solver must agree with the shared one, or every request would bounce as pow-invalid.
  const first = out[0] as Prepared;
  const firstNonce = (JSON.parse(first.body) as { pow: { nonce: string } }).pow.nonce;
  if (!(await checkPow({ ...first, day }, firstNonce, BENCH_POW_BITS))) throw new Error('precomputed proof rejected');
  return out;
}

interface Running {
  child: ChildProcess;
  base: string;
}

function startServer(env: Record<string, string>): Promise<Running> {
  const child = spawn(TSX, [MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      POW_BITS: String(BENCH_POW_BITS),
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
      RATE_LIMIT_READS_PER_MINUTE: '0',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) done({ child, base: match[1] as string });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`server exited (${code}):\n${output}`)));
  });
}

function stopServer(server: Running): Promise<void> {
  return new Promise((done) => {
    if (server.child.exitCode !== null) return done();
    server.child.once('exit', () => done());
    server.child.kill('SIGTERM');
  });
}

interface LoadFigures {
  requestsPerSecond: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
}

function figures(result: AutocannonResult): LoadFigures {
  const ok = Object.entries(result.statusCodeStats)
    .filter(([status]) => status.startsWith('2'))
    .reduce((sum, [, stats]) => sum + Number(stats.count), 0);
  return {
    requestsPerSecond: Math.round(ok / result.duration),
    ok2xx: ok,
    non2xx: result.non2xx,
    errors: result.errors,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
  };
}

async function writeLoad(base: string, prepared: Prepared[]): Promise<LoadFigures & { wrapped: boolean }> {
  let next = 0;
  let wrapped = false;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (request: AutocannonRequest) => {
          if (next >= prepared.length) {
            next = 0;
            wrapped = true; // re-sent answers are "unchanged": cheaper, so say so in the report
          }
          const item = prepared[next++] as Prepared;
          return {
            ...request,
            method: 'PUT',
            path: item.path,
            headers: { 'content-type': 'application/json' },
            body: item.body,
          };
        },
      },
    ],
  });
  return { ...figures(result), wrapped };
}

async function readLoad(base: string): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: Math.max(2, Math.round(SECONDS / 2)),
    requests: [
      {
        setupRequest: (request: AutocannonRequest) => ({
          ...request,
          method: 'GET',
          path: `/v1/polls/${POLLS[next++ % POLLS.length]}/results`,
        }),
      },
    ],
  });
  return figures(result);
}

interface RestartFigures {
  sent: number;
  acknowledged: number;
  unavailable503: number;
  otherStatuses: Record<string, number>;
  networkErrors: number;
  acknowledgedMissing: number;
  outageMs: number;
  restartCommandMs: number;
  serverAliveAfter: boolean;
  healthAfter: number;
}

/** Own client rather than autocannon: it must know exactly which answers were acknowledged. */
async function restartUnderLoad(
  base: string,
  prepared: Prepared[],
  cluster: ThrowawayPostgres,
  server: Running,
  databaseUrl: string,
): Promise<RestartFigures> {
  const acknowledged: Prepared[] = [];
  const statuses = new Map<number, number>();
  let networkErrors = 0;
  let next = 0;
  let firstFailure = Number.POSITIVE_INFINITY;
  let lastFailure = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;

  const worker = async () => {
    while (performance.now() < deadline && next < prepared.length) {
      const item = prepared[next++] as Prepared;
      try {
        const response = await fetch(`${base}${item.path}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: item.body,
        });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.ok) acknowledged.push(item);
        else {
          firstFailure = Math.min(firstFailure, performance.now());
          lastFailure = performance.now();
        }
      } catch {
        networkErrors++;
      }
    }
  };

  const restart = (async () => {
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
    const t = performance.now();
    await cluster.restart();
    return performance.now() - t;
  })();
  const [restartCommandMs] = await Promise.all([restart, ...Array.from({ length: CONNECTIONS }, worker)]);

  // Every acknowledged answer must be in the database, with the acknowledged option.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const stored = new Set(
    (await client.query<{ k: string }>("SELECT poll_id || '|' || voter || '|' || option_id AS k FROM answers")).rows.map(
      (row) => row.k,
    ),
  );
  await client.end();
  const missing = acknowledged.filter((a) => !stored.has(`${a.pollId}|${a.voter}|${a.option}`)).length;

  const alive = server.child.exitCode === null;
  const health = alive ? (await fetch(`${base}/v1/health`)).status : 0;
  const other: Record<string, number> = {};
  for (const [status, count] of statuses) if (status !== 503 && (status < 200 || status > 299)) other[status] = count;
  return {
    sent: next,
    acknowledged: acknowledged.length,
    unavailable503: statuses.get(503) ?? 0,
    otherStatuses: other,
    networkErrors,
    acknowledgedMissing: missing,
    outageMs: Number.isFinite(firstFailure) ? Math.round(lastFailure - firstFailure) : 0,
    restartCommandMs: Math.round(restartCommandMs),
    serverAliveAfter: alive,
    healthAfter: health,
  };
}

interface PowCost {
  runtime: string;
  bits: number;
  medianMs: number;
  p90Ms: number;
  samples: number;
}

function powCost(runtime: string, times: number[]): PowCost {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { runtime, bits: CLIENT_POW_BITS, medianMs: at(0.5), p90Ms: at(0.9), samples: sorted.length };
}

async function nodePowCost(): Promise<PowCost> {
  const times: number[] = [];
  for (let i = 0; i < CLIENT_POW_SAMPLES; i++) {
    const claim = { pollId: 'theme:ethics', voter: randomBytes(32).toString('base64url'), option: 'eth-transparency', day: utcDay() };
    const t = performance.now();
    await solvePow(claim, CLIENT_POW_BITS);
    times.push(performance.now() - t);
  }
  return powCost(`Node ${process.version}`, times);
}

const CHROMIUM = '/usr/bin/chromium';

/** The same server/pow.ts, bundled, in a real browser page (a secure context, as Web Crypto requires). */
async function chromiumPowCost(): Promise<PowCost | null> {
  if (!existsSync(CHROMIUM)) return null;
  let tools: [typeof import('playwright-core'), typeof import('esbuild')];
  try {
    // esbuild comes with tsx rather than as a direct dependency: without it, skip this measurement.
    tools = await Promise.all([import('playwright-core'), import('esbuild')]);
  } catch {
    return null;
  }
  const [{ chromium }, { build }] = tools;
  const bundle = await build({
    entryPoints: [resolve(repoRoot, 'server/pow.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'ContrepointPow',
    write: false,
  });
  const page = createServer((_, res) => res.end('<!doctype html><title>pow</title>'));
  await new Promise<void>((done) => page.listen(0, '127.0.0.1', done));
  const address = page.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const times = await tab.evaluate(
      async ({ bits, samples, day }) => {
        const pow = (globalThis as unknown as { ContrepointPow: { solvePow: typeof solvePow } }).ContrepointPow;
        const out: number[] = [];
        for (let i = 0; i < samples; i++) {
          const voter = `${i}`.padEnd(43, 'x');
          const t = performance.now();
          await pow.solvePow({ pollId: 'theme:ethics', voter, option: 'eth-transparency', day }, bits);
          out.push(performance.now() - t);
        }
        return out;
      },
      { bits: CLIENT_POW_BITS, samples: CLIENT_POW_SAMPLES, day: utcDay() },
    );
    return powCost(`Chromium ${browser.version()}`, times);
  } finally {
    await browser.close();
    page.close();
  }
}

function sqliteRows(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function postgresRows(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM answers')).rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  console.log(`bench:server — ${SECONDS} s per phase, ${CONNECTIONS} connections, server POW_BITS=${BENCH_POW_BITS}`);
  console.log(`client proof of work at ${CLIENT_POW_BITS} bits (Web Crypto)…`);
  const clientPow = [await nodePowCost()];
  const inBrowser = await chromiumPowCost();
  if (inBrowser) clientPow.push(inBrowser);
  else console.log(`(no ${CHROMIUM}, playwright-core or esbuild: proof of work measured in Node only)`);

  const report: Record<string, unknown> = {
    date: new Date().toISOString().slice(0, 10),
    // Load average at the start: on a shared machine, other work skews every figure below.
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, loadAverage: loadavg() },
    settings: { seconds: SECONDS, connections: CONNECTIONS, serverPowBits: BENCH_POW_BITS, rateLimits: 'off' },
    clientPow,
  };

  // SQLite.
  const dir = mkdtempSync(join(tmpdir(), 'contrepoint-bench-'));
  const sqlitePath = join(dir, 'results.sqlite');
  let sqliteServer: Running | null = null;
  try {
    console.log('SQLite: preparing requests…');
    const prepared = await prepare(PREPARED);
    sqliteServer = await startServer({ SQLITE_PATH: sqlitePath });
    console.log('SQLite: writes…');
    const write = await writeLoad(sqliteServer.base, prepared);
    console.log('SQLite: reads…');
    const read = await readLoad(sqliteServer.base);
    report.sqlite = { write, read, rowsInDatabase: sqliteRows(sqlitePath) };
  } finally {
    if (sqliteServer) await stopServer(sqliteServer);
    rmSync(dir, { recursive: true, force: true });
  }

  // PostgreSQL, durable settings (fsync on): the numbers a production database would give.
  console.log('PostgreSQL: starting a throwaway cluster…');
  const cluster = await startThrowawayPostgres();
  let pgServer: Running | null = null;
  try {
    const loadUrl = await createDatabase(cluster.url, 'bench_load');
    const prepared = await prepare(PREPARED);
    pgServer = await startServer({ DATABASE_URL: loadUrl });
    console.log('PostgreSQL: writes…');
    const write = await writeLoad(pgServer.base, prepared);
    console.log('PostgreSQL: reads…');
    const read = await readLoad(pgServer.base);
    report.postgres = { write, read, rowsInDatabase: await postgresRows(loadUrl) };
    await stopServer(pgServer);

    console.log('PostgreSQL: restart under load…');
    const restartUrl = await createDatabase(cluster.url, 'bench_restart');
    const more = await prepare(PREPARED);
    pgServer = await startServer({ DATABASE_URL: restartUrl });
    report.restart = await restartUnderLoad(pgServer.base, more, cluster, pgServer, restartUrl);
  } finally {
    if (pgServer) await stopServer(pgServer);
    await cluster.stop();
  }

  printTable(report);
  const out = resolve(repoRoot, 'bench-results/server.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten ${out}`);

  const restart = report.restart as RestartFigures;
  if (restart.acknowledgedMissing > 0 || !restart.serverAliveAfter || restart.healthAfter !== 200) {
    console.error('FAILED: an acknowledged answer was lost or the server did not survive the restart');
    process.exitCode = 1;
  }
}

function printTable(report: Record<string, unknown>): void {
  type Engine = { write: LoadFigures & { wrapped: boolean }; read: LoadFigures; rowsInDatabase: number };
  const rows: Record<string, string | number>[] = [];
  for (const engine of ['sqlite', 'postgres'] as const) {
    const e = report[engine] as Engine;
    rows.push({
      engine,
      'answers/s': e.write.requestsPerSecond,
      'write p50 ms': e.write.latencyP50Ms,
      'write p99 ms': e.write.latencyP99Ms,
      'non-2xx': e.write.non2xx + e.write.errors,
      // Requests still in flight when autocannon stops may be stored without their 2xx being counted.
      'rows ≥ 2xx': e.rowsInDatabase >= e.write.ok2xx && !e.write.wrapped ? 'yes' : `NO (${e.rowsInDatabase})`,
      'reads/s': e.read.requestsPerSecond,
      'read p99 ms': e.read.latencyP99Ms,
    });
  }
  console.log();
  console.table(rows);
  for (const pow of report.clientPow as PowCost[]) {
    console.log(`client proof of work at ${pow.bits} bits in ${pow.runtime}: median ${pow.medianMs} ms, p90 ${pow.p90Ms} ms`);
  }
  const r = report.restart as RestartFigures;
  console.log(
    `PostgreSQL restart under load: ${r.acknowledged}/${r.sent} acknowledged, ${r.unavailable503} × 503 over ` +
      `${r.outageMs} ms, other statuses ${JSON.stringify(r.otherStatuses)}, network errors ${r.networkErrors}, ` +
      `acknowledged but missing ${r.acknowledgedMissing}, server alive ${r.serverAliveAfter}, health ${r.healthAfter}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
