// Shared by the server tests: fresh stores on both engines, a test configuration, and valid answers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { AppConfig } from '../../server/app';
import { openPostgresStore } from '../../server/db/postgres-store';
import { openSqliteStore } from '../../server/db/sqlite-store';
import type { ResultsStore } from '../../server/db/store';
import { createDatabase } from '../../server/dev/throwaway-postgres';
import { solvePow, utcDay } from '../../server/pow';

export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

export const TEST_POW_BITS = 4;

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    minCount: 3,
    resultsCacheMs: 0,
    powBits: TEST_POW_BITS,
    maxBodyBytes: 2048,
    allowedOrigins: ['chrome-extension://*', 'moz-extension://*'],
    // Tests exercise the limiter on purpose in their own app; everywhere else it stays out of the way.
    writeLimit: { burst: 1_000_000, perMinute: 0 },
    readLimit: { burst: 1_000_000, perMinute: 0 },
    trustProxy: false,
    ...overrides,
  };
}

export interface TestDatabase {
  engine: Engine;
  /** SQLite file path or PostgreSQL connection string. */
  location: string;
  open(): ResultsStore;
  /** Removes the SQLite folder (PostgreSQL databases go with the throwaway cluster). */
  cleanup(): void;
}

let databases = 0;

/** An empty database of the engine; `open()` may be called several times (several server processes). */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'contrepoint-sqlite-'));
    const location = join(dir, 'results.sqlite');
    return {
      engine,
      location,
      open: () => openSqliteStore(location),
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  databases += 1;
  const name = `t_${process.pid}_${databases}_${randomBytes(4).toString('hex')}`;
  const location = await createDatabase(inject('pgAdminUrl'), name);
  return { engine, location, open: () => openPostgresStore({ connectionString: location }), cleanup: () => {} };
}

/** A fresh, migrated store. */
export async function migratedStore(engine: Engine): Promise<{ store: ResultsStore; db: TestDatabase }> {
  const db = await freshDatabase(engine);
  const store = db.open();
  await store.migrate();
  return { store, db };
}

/** A random pseudonym, as the extension's HMAC would give (32 random-looking bytes, base64url). */
export function randomVoter(): string {
  return randomBytes(32).toString('base64url');
}

export function randomArticlePoll(): string {
  return `q:${randomBytes(8).toString('hex')}`;
}

export interface AnswerSpec {
  pollId: string;
  voter: string;
  option: string;
  lang: string;
  day?: string;
  bits?: number;
}

export interface PreparedRequest {
  path: string;
  init: RequestInit;
}

/** A valid PUT (proof of work solved) ready for `app.request(path, init)`. */
export async function answerRequest(
  spec: AnswerSpec,
  headers: Record<string, string> = {},
): Promise<PreparedRequest> {
  const day = spec.day ?? utcDay();
  const nonce = await solvePow(
    { pollId: spec.pollId, voter: spec.voter, option: spec.option, day },
    spec.bits ?? TEST_POW_BITS,
  );
  return {
    path: `/v1/polls/${encodeURIComponent(spec.pollId)}/answers/${spec.voter}`,
    init: {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ option: spec.option, lang: spec.lang, pow: { day, nonce } }),
    },
  };
}
