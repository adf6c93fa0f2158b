import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../shared-dir';

// The real results server (server/main.ts, the same `npm run server`) on an ephemeral loopback port with
// SQLite in a temporary folder, behind a small recording proxy: the browsers talk to the proxy, which
// forwards every request and keeps a log of what reached the server (method, path, Origin, body), so a
// test can assert both what was sent and that nothing was.

export interface ServerRequest {
  method: string;
  path: string;
  origin: string | null;
  body: string;
}

export interface ResultsServer {
  /** What the reader types in the options page (the recording proxy's address). */
  url: string;
  requests(): ServerRequest[];
  close(): Promise<void>;
}

export interface ResultsServerOptions {
  minCount: number;
  powBits: number;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`results server did not start in 30 s:\n${log}`)), 30_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = log.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`results server exited (${code}):\n${log}`));
    });
  });
  return { child, port };
}

export async function startResultsServer(options: ResultsServerOptions): Promise<ResultsServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'contrepoint-results-'));
  const { child, port } = await startServerProcess({
    HOST: '127.0.0.1',
    PORT: '0',
    SQLITE_PATH: join(dataDir, 'results.sqlite'),
    RESULTS_MIN_COUNT: String(options.minCount),
    POW_BITS: String(options.powBits),
    // Counted afresh on every request: one browser must see the other's answer at once.
    RESULTS_CACHE_MS: '0',
  });
  const log: ServerRequest[] = [];
  const proxy = createServer(async (req, res) => {
    const body = await readBody(req);
    log.push({ method: req.method ?? '', path: req.url ?? '', origin: req.headers.origin ?? null, body: body.toString() });
    const forward = request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${port}` } },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      },
    );
    forward.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    forward.end(body);
  });
  const proxyPort = await listen(proxy);
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    requests: () => [...log],
    async close() {
      await new Promise<void>((r) => proxy.close(() => r()));
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
