// `npm run server`: the results server on loopback with SQLite in server/data/, or on PostgreSQL when
// DATABASE_URL is set. `--migrate-only` brings the schema up to date and exits (for deploy scripts).
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadConfig, type ServerConfig } from './config';
import { openStore } from './db/open-store';

// A client gets 10 s to send a whole request (ours are under 2 kB): slow-drip connections cannot pin
// sockets for Node's default five minutes.
const REQUEST_TIMEOUT_MS = 10_000;

function describeDatabase(config: ServerConfig): string {
  // Never print DATABASE_URL: it usually holds a password.
  return config.databaseUrl ? 'PostgreSQL' : `SQLite at ${config.sqlitePath}`;
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const store = openStore(config);
  const applied = await store.migrate();
  if (applied.length > 0) console.log(`contrepoint-server: applied migrations ${applied.join(', ')}`);
  if (process.argv.includes('--migrate-only')) {
    await store.close();
    return;
  }

  const app = createApp({ store, config });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    console.log(`contrepoint-server listening on http://${info.address}:${info.port} (${describeDatabase(config)})`);
  }) as Server;
  server.on('error', (error) => {
    console.error(`contrepoint-server cannot listen on ${config.host}:${config.port}: ${error.message}`);
    process.exit(1);
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = REQUEST_TIMEOUT_MS;

  const stop = () => {
    server.close(() => {
      store.close().finally(() => process.exit(0));
    });
    // Keep-alive connections would hold close() open; they carry no state worth waiting for.
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('contrepoint-server failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
