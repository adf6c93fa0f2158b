// Server settings, all from the environment so that a self-hoster configures it without touching code.
// Every default is chosen for "npm run server" on a laptop: loopback only, SQLite in server/data/.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MAX_POW_BITS } from './pow';

export interface BucketConfig {
  /** Requests an address may make in a burst. */
  burst: number;
  /** Sustained rate; 0 turns this limiter off (for benchmarks and trusted set-ups only). */
  perMinute: number;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** PostgreSQL connection string; null means SQLite at `sqlitePath`. */
  databaseUrl: string | null;
  sqlitePath: string;
  pgPoolMax: number;
  minCount: number;
  /** How long a process may reuse a poll's counted results; 0 counts on every request. */
  resultsCacheMs: number;
  powBits: number;
  maxBodyBytes: number;
  /** Exact origins, or `chrome-extension://*` / `moz-extension://*` for any id of that browser. */
  allowedOrigins: string[];
  writeLimit: BucketConfig;
  readLimit: BucketConfig;
  /** Behind a reverse proxy, rate-limit by the address it appends to X-Forwarded-For, not by the proxy's. */
  trustProxy: boolean;
}

const serverDir = dirname(fileURLToPath(import.meta.url));

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/(\*|[a-z0-9-]+)$/;

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .default('0')
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65_535, 8787),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  SQLITE_PATH: z.string().min(1).optional(),
  // 10 connections per process: enough to keep two cores busy; several processes share the database's
  // max_connections (100 by default), so more per process would cap how many processes can run.
  PG_POOL_MAX: int(1, 200, 10),
  // 10 answers before anything but the total is shown: with fewer, one reader who knows how a few friends
  // voted could deduce the rest. Higher hides small polls longer.
  RESULTS_MIN_COUNT: int(1, 1_000_000, 10),
  // 2 s: a hot poll is counted at most once every 2 s per process, and results lag by at most that much
  // (a reader's own answer, sent through the same process, shows at once: see ResultsCache.forget).
  RESULTS_CACHE_MS: int(0, 3_600_000, 2000),
  // 16 bits ≈ 65k hashes: under a second for a reader, while a million fake answers cost ≈ 2^36 hashes.
  POW_BITS: int(0, MAX_POW_BITS, 16),
  // 2 kB: a real answer is about 150 bytes; anything bigger is a mistake or an attack.
  MAX_BODY_BYTES: int(64, 1_048_576, 2048),
  ALLOWED_ORIGINS: z.string().default('chrome-extension://*,moz-extension://*'),
  // Writes: a reader answers a handful of polls per article; 30 at once and one a second sustained leaves
  // room for a queue of offline answers being flushed, and slows a stuffer behind one address to 3,600/h.
  RATE_LIMIT_WRITE_BURST: int(1, 1_000_000, 30),
  RATE_LIMIT_WRITES_PER_MINUTE: int(0, 6_000_000, 60),
  // Reads are cheaper but still touch the database: 10 a second sustained per address.
  RATE_LIMIT_READ_BURST: int(1, 1_000_000, 120),
  RATE_LIMIT_READS_PER_MINUTE: int(0, 6_000_000, 600),
  TRUST_PROXY: flag,
});

function parseOrigins(list: string): string[] {
  const origins = list
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    // Extension pages only: a web page's origin would let any site a reader visits vote in their name.
    if (!EXTENSION_ORIGIN.test(origin)) {
      throw new Error(
        `ALLOWED_ORIGINS: "${origin}" is not an extension origin (chrome-extension://<id>, moz-extension://<uuid>, or <scheme>://*)`,
      );
    }
  }
  return origins;
}

/** Reads the configuration; throws one readable error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  // An empty variable (`PORT=`) means "not set", not zero.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid server configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR ?? resolve(serverDir, 'data'));
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? null,
    sqlitePath: resolve(e.SQLITE_PATH ?? resolve(dataDir, 'results.sqlite')),
    pgPoolMax: e.PG_POOL_MAX,
    minCount: e.RESULTS_MIN_COUNT,
    resultsCacheMs: e.RESULTS_CACHE_MS,
    powBits: e.POW_BITS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    allowedOrigins: parseOrigins(e.ALLOWED_ORIGINS),
    writeLimit: { burst: e.RATE_LIMIT_WRITE_BURST, perMinute: e.RATE_LIMIT_WRITES_PER_MINUTE },
    readLimit: { burst: e.RATE_LIMIT_READ_BURST, perMinute: e.RATE_LIMIT_READS_PER_MINUTE },
    trustProxy: e.TRUST_PROXY,
  };
}
