// A disposable PostgreSQL cluster in a temp folder, for the server's tests and benchmark: no system
// service, no password, gone when stopped. PostgreSQL refuses to run as root, so as root every command
// runs as the `postgres` user in a folder it owns.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const DEFAULT_PG_BIN = '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  /** Connection string for the `postgres` database as the superuser `app`. */
  url: string;
  port: number;
  dir: string;
  /** `pg_ctl restart -m fast`: drops every connection, like a database failover. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Folder with initdb and pg_ctl; default PG_BIN or the Debian PostgreSQL 15 path. */
  bin?: string;
  /** Trade durability for speed (fsync off): for tests, never for measuring. */
  fast?: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

export async function startThrowawayPostgres(options: ThrowawayOptions = {}): Promise<ThrowawayPostgres> {
  const bin = options.bin ?? process.env.PG_BIN ?? DEFAULT_PG_BIN;
  if (!existsSync(join(bin, 'initdb')) || !existsSync(join(bin, 'pg_ctl'))) {
    throw new Error(
      `PostgreSQL binaries not found in ${bin} (initdb, pg_ctl). Install PostgreSQL 15 ` +
        '(Debian: apt-get install -y postgresql), set PG_BIN to its bin folder, or set TEST_DATABASE_URL.',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'contrepoint-pg-'));
  if (asRoot) await run('chown', ['postgres:postgres', dir]);
  const exec = async (tool: string, args: string[]) => {
    const command = [join(bin, tool), ...args];
    try {
      if (asRoot) await run('su', ['postgres', '-s', '/bin/bash', '-c', command.map(quote).join(' ')]);
      else await run(command[0] as string, command.slice(1));
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? '';
      throw new Error(`${tool} failed: ${stderr.trim() || (error as Error).message}`);
    }
  };

  const port = await freePort();
  const data = join(dir, 'db');
  await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'app', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const serverOptions = [`-k ${dir}`, `-p ${port}`, '-h 127.0.0.1', '-c max_connections=200'];
  if (options.fast) serverOptions.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  await exec('pg_ctl', ['-D', data, '-o', serverOptions.join(' '), '-l', join(dir, 'log'), '-w', 'start']);

  let stopped = false;
  return {
    url: `postgres://app@127.0.0.1:${port}/postgres`,
    port,
    dir,
    // Without -o, pg_ctl restarts with the options it was started with (kept in postmaster.opts).
    restart: () => exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'restart', '-l', join(dir, 'log')]),
    async stop() {
      if (stopped) return;
      stopped = true;
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the cluster at `adminUrl`; returns its connection string. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
