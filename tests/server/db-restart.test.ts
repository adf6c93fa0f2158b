// PostgreSQL restarts under load (a failover, an upgrade): the server stays up, answers 503 while the
// database is away, and every answer it acknowledged is in the database afterwards. Uses its own
// throwaway cluster, since restarting the shared one would disturb other tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openPostgresStore } from '../../server/db/postgres-store';
import type { ResultsStore } from '../../server/db/store';
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '../../server/dev/throwaway-postgres';
import { answerRequest, randomVoter, testConfig } from './helpers';

describe('PostgreSQL restart under load', () => {
  let cluster: ThrowawayPostgres;
  let store: ResultsStore;
  let url: string;

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    url = await createDatabase(cluster.url, 'restart');
    store = openPostgresStore({ connectionString: url });
    await store.migrate();
  });
  afterAll(async () => {
    await store?.close();
    await cluster?.stop();
  });

  it('answers 503 during the outage, never 500, and loses no acknowledged answer', async () => {
    const app = createApp({ store, config: testConfig() });
    const pollId = 'theme:regulation';
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let restarted = false;
    const restart = cluster.restart().then(() => {
      restarted = true;
    });
    // Keep 8 writers busy from before the restart until well after it.
    let afterRestart = 0;
    const writer = async (w: number) => {
      for (let i = 0; afterRestart < 40; i++) {
        const voter = randomVoter();
        const option = ['reg-too-much', 'reg-about-right', 'reg-too-little'][(w + i) % 3] as string;
        const { path, init } = await answerRequest({ pollId, voter, option, lang: 'de' });
        const response = await app.request(path, init);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.ok) acknowledged.push(`${voter}|${option}`);
        if (restarted) afterRestart++;
        if (response.status === 503) await new Promise((r) => setTimeout(r, 20));
      }
    };
    await Promise.all([restart, ...Array.from({ length: 8 }, (_, w) => writer(w))]);

    const codes = [...statuses.keys()];
    expect(codes.every((code) => code === 201 || code === 503), JSON.stringify([...statuses])).toBe(true);
    expect(statuses.get(201) ?? 0).toBeGreaterThan(40);
    // The writers did meet the outage (otherwise this test would prove nothing).
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);

    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const stored = new Set(
      (await client.query<{ k: string }>("SELECT voter || '|' || option_id AS k FROM answers WHERE poll_id = $1", [pollId])).rows.map(
        (row) => row.k,
      ),
    );
    await client.end();
    expect(acknowledged.filter((answer) => !stored.has(answer))).toEqual([]);
    expect((await app.request('/v1/health')).status).toBe(200);
  });
});
