// Schema migrations are plain SQL files, `NNN-what.sql`, one folder per engine, so that a self-hoster's
// DBA can read exactly what runs. Each runs once, in order, recorded in `schema_migrations`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{3})-([a-z0-9-]+)\.sql$/;
const root = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The engine's migrations in version order; throws if a version is missing or repeated. */
export function loadMigrations(engine: 'sqlite' | 'postgres', dir: string = join(root, engine)): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = FILE.exec(file);
    if (!match) continue;
    migrations.push({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(join(dir, file), 'utf8'),
    });
  }
  migrations.forEach((migration, index) => {
    // Versions 1, 2, 3…: a gap means a file was lost, and applying later ones without it would be wrong.
    if (migration.version !== index + 1) {
      throw new Error(`Migrations in ${dir}: expected version ${index + 1}, found ${migration.version}`);
    }
  });
  return migrations;
}
