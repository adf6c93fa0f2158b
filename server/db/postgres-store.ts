// PostgreSQL, for production: any number of stateless server processes share one database. Every write is
// a single statement, so it is atomic without an explicit transaction and correct under concurrency; the
// counts are always derived from the answers (GROUP BY), never kept in counters that could drift.
import pg from 'pg';
import type { Lang } from '../../core/types';
import { loadMigrations } from './migrations';
import { type PutOutcome, type ResultsStore, StoreUnavailableError, type TallyRow } from './store';

// An arbitrary constant naming "Contrepoint migrations" among the database's advisory locks
// (0x436f6e74 = "Cont").
const MIGRATION_LOCK = 0x436f6e74;

// Error classes that mean the database is not there right now (restarting, shutting down, too many
// connections) rather than that the request is wrong. See PostgreSQL's Appendix A, error codes.
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-4])/;
const UNAVAILABLE_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
// node-postgres reports a dropped or unreachable server with plain Errors that carry no code.
const UNAVAILABLE_MESSAGE = /connection terminated|timeout exceeded when trying to connect|not queryable|Connection terminated/i;

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE.has(code))) return true;
  return UNAVAILABLE_MESSAGE.test(error.message);
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnavailable(error)) {
      throw new StoreUnavailableError('PostgreSQL unavailable', { cause: error });
    }
    throw error;
  }
}

// One statement: note the previous answer, check the option cap, upsert. All parts see the same snapshot.
// The cap is soft under concurrency (two new options may both pass at once): it bounds growth, which is
// all it is for. The DO UPDATE's WHERE skips rewriting an identical answer.
const PUT_SQL = `
WITH prev AS (
  SELECT option_id, lang FROM answers WHERE poll_id = $1 AND voter = $2
), allowed AS (
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM answers WHERE poll_id = $1 AND option_id = $3) THEN true
    ELSE (SELECT count(DISTINCT option_id) FROM answers WHERE poll_id = $1) < $6
  END AS ok
), written AS (
  INSERT INTO answers (poll_id, voter, option_id, lang, day)
  SELECT $1, $2, $3, $4, $5::date FROM allowed WHERE ok
  ON CONFLICT (poll_id, voter) DO UPDATE
    SET option_id = EXCLUDED.option_id, lang = EXCLUDED.lang, day = EXCLUDED.day
    WHERE (answers.option_id, answers.lang) IS DISTINCT FROM (EXCLUDED.option_id, EXCLUDED.lang)
  RETURNING 1
)
SELECT (SELECT ok FROM allowed) AS ok,
       EXISTS (SELECT 1 FROM prev) AS existed,
       (SELECT count(*) FROM written)::int AS written`;

export interface PostgresStoreOptions {
  connectionString: string;
  poolMax?: number;
}

export function openPostgresStore(options: PostgresStoreOptions): ResultsStore {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolMax ?? 10,
    // Fail fast while the database is away, so clients get a 503 in seconds rather than hanging.
    connectionTimeoutMillis: 3000,
    // No query of ours takes more than milliseconds; 5 s means something is stuck, not slow.
    statement_timeout: 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection that the server drops (restart, failover) is reported here. Without a listener
  // Node treats it as an uncaught error and the process dies; the pool already discards the client.
  pool.on('error', () => {});

  return {
    engine: 'postgres',

    migrate: () =>
      guard(async () => {
        const migrations = loadMigrations('postgres');
        const client = await pool.connect();
        try {
          // The transaction-scoped advisory lock serialises processes that start together: the second
          // waits here, then sees the first one's versions (READ COMMITTED takes a new snapshot per statement).
          await client.query('BEGIN');
          await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
          await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY, name text NOT NULL, applied_on date NOT NULL DEFAULT current_date)`);
          const done = new Set(
            (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
              (row) => row.version,
            ),
          );
          const applied: number[] = [];
          for (const migration of migrations) {
            if (done.has(migration.version)) continue;
            await client.query(migration.sql);
            await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
              migration.version,
              migration.name,
            ]);
            applied.push(migration.version);
          }
          await client.query('COMMIT');
          return applied;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      }),

    putAnswer: (answer, maxOptions) =>
      guard(async (): Promise<PutOutcome> => {
        const { rows } = await pool.query<{ ok: boolean; existed: boolean; written: number }>(PUT_SQL, [
          answer.pollId,
          answer.voter,
          answer.option,
          answer.lang,
          answer.day,
          maxOptions,
        ]);
        const row = rows[0];
        if (!row?.ok) return 'too-many-options';
        if (!row.existed) return 'created';
        return row.written > 0 ? 'updated' : 'unchanged';
      }),

    deleteAnswer: (pollId, voter) =>
      guard(async () => {
        const result = await pool.query('DELETE FROM answers WHERE poll_id = $1 AND voter = $2', [pollId, voter]);
        return (result.rowCount ?? 0) > 0;
      }),

    tally: (pollId) =>
      guard(async (): Promise<TallyRow[]> => {
        const { rows } = await pool.query<{ option_id: string; lang: Lang; n: number }>(
          'SELECT option_id, lang, count(*)::int AS n FROM answers WHERE poll_id = $1 GROUP BY option_id, lang',
          [pollId],
        );
        return rows.map((row) => ({ option: row.option_id, lang: row.lang, count: row.n }));
      }),

    ping: () =>
      guard(async () => {
        await pool.query('SELECT 1');
      }),

    close: () => pool.end(),
  };
}
