import type { ServerConfig } from '../config';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { ResultsStore } from './store';

/** PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function openStore(config: Pick<ServerConfig, 'databaseUrl' | 'sqlitePath' | 'pgPoolMax'>): ResultsStore {
  return config.databaseUrl
    ? openPostgresStore({ connectionString: config.databaseUrl, poolMax: config.pgPoolMax })
    : openSqliteStore(config.sqlitePath);
}
