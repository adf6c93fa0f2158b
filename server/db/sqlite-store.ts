// SQLite, for "npm run server" with no set-up and for small self-hosted instances: one process, one file.
// better-sqlite3 is synchronous, which is what makes the option cap and the upsert one atomic step here.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Lang } from '../../core/types';
import { loadMigrations } from './migrations';
import {
  type Answer,
  type PutOutcome,
  type ResultsStore,
  StoreUnavailableError,
  type TallyRow,
} from './store';

// How long a write waits for another process holding the file's lock before giving up with a 503.
// Only a second process (a migration at start, a backup) ever holds it; 5 s covers that without letting
// requests pile up forever.
const BUSY_TIMEOUT_MS = 5000;

// Errors that mean "try again later" rather than "this request is wrong".
const TRANSIENT = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|PROTOCOL)/;

function unavailable(error: unknown): never {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && TRANSIENT.test(code)) {
    throw new StoreUnavailableError(`SQLite unavailable (${code})`, { cause: error });
  }
  throw error;
}

interface CurrentRow {
  option_id: string;
  lang: string;
}

export function openSqliteStore(path: string): ResultsStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL: readers never wait for the writer. synchronous=NORMAL in WAL mode survives a crash of this
  // process but may lose the last commits on a power cut; FULL would fsync every answer and cut write
  // throughput several times. Deployments that cannot accept that run PostgreSQL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // A withdrawn answer is overwritten on disk, not just unlinked from the b-tree.
  db.pragma('secure_delete = ON');

  let statements: ReturnType<typeof prepare> | null = null;
  const prepare = () => ({
    current: db.prepare<[string, string], CurrentRow>(
      'SELECT option_id, lang FROM answers WHERE poll_id = ? AND voter = ?',
    ),
    optionUsed: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM answers WHERE poll_id = ? AND option_id = ? LIMIT 1',
    ),
    optionCount: db.prepare<[string], { n: number }>(
      'SELECT COUNT(DISTINCT option_id) AS n FROM answers WHERE poll_id = ?',
    ),
    upsert: db.prepare<[string, string, string, string, string]>(
      `INSERT INTO answers (poll_id, voter, option_id, lang, day) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (poll_id, voter) DO UPDATE SET option_id = excluded.option_id, lang = excluded.lang, day = excluded.day`,
    ),
    remove: db.prepare<[string, string]>('DELETE FROM answers WHERE poll_id = ? AND voter = ?'),
    tally: db.prepare<[string], { option_id: string; lang: Lang; n: number }>(
      'SELECT option_id, lang, COUNT(*) AS n FROM answers WHERE poll_id = ? GROUP BY option_id, lang',
    ),
  });
  // Statements can only be prepared once the tables exist, i.e. after migrate().
  const stmts = () => {
    statements ??= prepare();
    return statements;
  };

  const put = db.transaction((answer: Answer, maxOptions: number): PutOutcome => {
    const s = stmts();
    const current = s.current.get(answer.pollId, answer.voter);
    if (current && current.option_id === answer.option && current.lang === answer.lang) return 'unchanged';
    const known = s.optionUsed.get(answer.pollId, answer.option) !== undefined;
    if (!known && (s.optionCount.get(answer.pollId)?.n ?? 0) >= maxOptions) return 'too-many-options';
    s.upsert.run(answer.pollId, answer.voter, answer.option, answer.lang, answer.day);
    return current ? 'updated' : 'created';
  });

  return {
    engine: 'sqlite',

    async migrate() {
      const migrations = loadMigrations('sqlite');
      // IMMEDIATE takes the write lock before reading which versions exist, so a second process starting
      // at the same moment waits, then finds everything applied.
      const run = db.transaction((): number[] => {
        db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_on TEXT NOT NULL)`);
        const done = new Set(
          db
            .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
            .all()
            .map((row) => row.version),
        );
        const applied: number[] = [];
        for (const migration of migrations) {
          if (done.has(migration.version)) continue;
          db.exec(migration.sql);
          db.prepare(
            "INSERT INTO schema_migrations (version, name, applied_on) VALUES (?, ?, date('now'))",
          ).run(migration.version, migration.name);
          applied.push(migration.version);
        }
        return applied;
      });
      try {
        return run.immediate();
      } catch (error) {
        return unavailable(error);
      }
    },

    async putAnswer(answer, maxOptions) {
      try {
        return put.immediate(answer, maxOptions);
      } catch (error) {
        return unavailable(error);
      }
    },

    async deleteAnswer(pollId, voter) {
      try {
        return stmts().remove.run(pollId, voter).changes > 0;
      } catch (error) {
        return unavailable(error);
      }
    },

    async tally(pollId): Promise<TallyRow[]> {
      try {
        return stmts()
          .tally.all(pollId)
          .map((row) => ({ option: row.option_id, lang: row.lang, count: row.n }));
      } catch (error) {
        return unavailable(error);
      }
    },

    async ping() {
      try {
        db.prepare('SELECT 1').get();
      } catch (error) {
        unavailable(error);
      }
    },

    async close() {
      if (db.open) db.close();
    },
  };
}
