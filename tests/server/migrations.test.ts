// Migrations run on start for both engines: once, in order, and safely when several processes start at
// the same moment on one database.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../server/db/migrations';
import { repoRoot } from '../shared-dir';
import { ENGINES, freshDatabase, type TestDatabase } from './helpers';

const TSX = resolve(repoRoot, 'node_modules/.bin/tsx');
const MAIN = resolve(repoRoot, 'server/main.ts');

function migrateInChild(db: TestDatabase): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', SQLITE_PATH: '' };
  if (db.engine === 'sqlite') env.SQLITE_PATH = db.location;
  else env.DATABASE_URL = db.location;
  return new Promise((done) => {
    const child = spawn(TSX, [MAIN, '--migrate-only'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

async function appliedVersions(db: TestDatabase): Promise<number[]> {
  if (db.engine === 'sqlite') {
    const raw = new Database(db.location, { readonly: true });
    try {
      return raw.prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => r.version);
    } finally {
      raw.close();
    }
  }
  const client = new pg.Client({ connectionString: db.location });
  await client.connect();
  try {
    return (await client.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
  } finally {
    await client.end();
  }
}

describe('loadMigrations', () => {
  it('lists both engines’ migrations with the same versions', () => {
    const sqlite = loadMigrations('sqlite');
    const postgres = loadMigrations('postgres');
    expect(sqlite.length).toBeGreaterThan(0);
    expect(sqlite.map((m) => [m.version, m.name])).toEqual(postgres.map((m) => [m.version, m.name]));
  });

  it('refuses a folder with a missing version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contrepoint-migrations-'));
    try {
      writeFileSync(join(dir, '001-first.sql'), 'SELECT 1;');
      writeFileSync(join(dir, '003-third.sql'), 'SELECT 1;');
      writeFileSync(join(dir, 'notes.txt'), 'ignored');
      expect(() => loadMigrations('sqlite', dir)).toThrow(/expected version 2, found 3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(ENGINES)('migrations on %s', (engine) => {
  it('apply once; running them again changes nothing', async () => {
    const db = await freshDatabase(engine);
    const store = db.open();
    try {
      const all = loadMigrations(engine).map((m) => m.version);
      expect(await store.migrate()).toEqual(all);
      expect(await store.migrate()).toEqual([]);
      expect(await appliedVersions(db)).toEqual(all);
      // And the schema works.
      await store.putAnswer(
        { pollId: 'theme:jobs', voter: 'x'.repeat(42).concat('A'), option: 'jobs-transform', lang: 'de', day: '2026-11-26' },
        16,
      );
      expect(await store.tally('theme:jobs')).toEqual([{ option: 'jobs-transform', lang: 'de', count: 1 }]);
    } finally {
      await store.close();
      db.cleanup();
    }
  });

  it('are safe when many connections migrate one empty database at the same moment', async () => {
    // Each store has its own connection (pool), as separate processes would: the race is real at the
    // database. Repeated on fresh databases because a race can hide on any single try.
    for (let round = 0; round < 4; round++) {
      const db = await freshDatabase(engine);
      const stores = Array.from({ length: 6 }, () => db.open());
      try {
        const applied = await Promise.all(stores.map((store) => store.migrate()));
        const all = loadMigrations(engine).map((m) => m.version);
        // One of them applied everything, the others nothing.
        expect(applied.filter((versions) => versions.length > 0)).toEqual([all]);
        expect(await appliedVersions(db)).toEqual(all);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
        db.cleanup();
      }
    }
  });

  it('are safe when three server processes start at the same moment on an empty database', async () => {
    const db = await freshDatabase(engine);
    try {
      const runs = await Promise.all([migrateInChild(db), migrateInChild(db), migrateInChild(db)]);
      for (const run of runs) expect(run.code, run.output).toBe(0);
      // Exactly one process applied the migrations; the others found them done.
      expect(runs.filter((run) => run.output.includes('applied migrations'))).toHaveLength(1);
      expect(await appliedVersions(db)).toEqual(loadMigrations(engine).map((m) => m.version));
    } finally {
      db.cleanup();
    }
  });
});
