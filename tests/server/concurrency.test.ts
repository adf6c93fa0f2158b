// Many readers answering one poll at the same moment: nothing lost, counts exact. On PostgreSQL through
// two app instances with their own connection pools (two server processes sharing one database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { ResultsStore } from '../../server/db/store';
import { answerRequest, ENGINES, freshDatabase, type PreparedRequest, randomVoter, type TestDatabase, testConfig } from './helpers';

const READERS = 200;
const OPTIONS = ['eu-joint-investment', 'eu-specialise', 'eu-niches', 'eu-gap-too-large'] as const;
const LANGS = ['en', 'fr', 'de', 'es', 'it'] as const;

function expectedTally(choices: readonly { option: string; lang: string }[]) {
  const counts = new Map<string, number>();
  for (const { option, lang } of choices) counts.set(`${option}/${lang}`, (counts.get(`${option}/${lang}`) ?? 0) + 1);
  return [...counts].map(([key, count]) => `${key}=${count}`).sort();
}

describe.each(ENGINES)('concurrent answers on %s', (engine) => {
  let db: TestDatabase;
  let stores: ResultsStore[];
  let apps: ReturnType<typeof createApp>[];

  beforeAll(async () => {
    db = await freshDatabase(engine);
    // SQLite serves one process; PostgreSQL is shared by two.
    stores = engine === 'sqlite' ? [db.open()] : [db.open(), db.open()];
    await Promise.all(stores.map((store) => store.migrate()));
    apps = stores.map((store) => createApp({ store, config: testConfig({ minCount: 10 }) }));
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    db.cleanup();
  });

  const tallyOf = async (pollId: string) =>
    (await stores[0]?.tally(pollId))?.map((row) => `${row.option}/${row.lang}=${row.count}`).sort();

  const fire = (requests: PreparedRequest[]) =>
    Promise.all(requests.map((r, i) => (apps[i % apps.length] as (typeof apps)[number]).request(r.path, r.init)));

  it(`keeps all ${READERS} answers cast at once, then all their changes, then the withdrawals`, async () => {
    const pollId = 'theme:europe-catch-up';
    const voters = Array.from({ length: READERS }, randomVoter);
    const first = voters.map((voter, i) => ({ voter, option: OPTIONS[i % 4] as string, lang: LANGS[i % 5] as string }));
    const created = await fire(await Promise.all(first.map((a) => answerRequest({ pollId, ...a }))));
    expect(created.map((r) => r.status)).toEqual(voters.map(() => 201));
    expect(await tallyOf(pollId)).toEqual(expectedTally(first));

    // Every reader changes their mind at once (a different option for two thirds of them).
    const second = first.map((a, i) => ({ ...a, option: i % 3 === 0 ? a.option : (OPTIONS[(i + 1) % 4] as string) }));
    const changed = await fire(await Promise.all(second.map((a) => answerRequest({ pollId, ...a }))));
    expect(changed.map((r) => r.status)).toEqual(voters.map(() => 200));
    expect(await tallyOf(pollId)).toEqual(expectedTally(second));

    // Half withdraw at once, while the other half re-sends the same answer.
    const deletes = voters
      .filter((_, i) => i % 2 === 0)
      .map((voter) => ({ path: `/v1/polls/${pollId}/answers/${voter}`, init: { method: 'DELETE' } }));
    const resends = await Promise.all(second.filter((_, i) => i % 2 === 1).map((a) => answerRequest({ pollId, ...a })));
    const mixed = await fire([...deletes, ...resends]);
    expect(mixed.every((r) => r.status === 200)).toBe(true);
    expect(await tallyOf(pollId)).toEqual(expectedTally(second.filter((_, i) => i % 2 === 1)));

    const results = await (await apps[0]?.request(`/v1/polls/${pollId}/results`))?.json();
    expect(results.total).toBe(READERS / 2);
  });

  it('keeps a single answer when one pseudonym sends many different answers at once', async () => {
    const pollId = 'q:00000000c0ffee00';
    const voter = randomVoter();
    const requests = await Promise.all(
      Array.from({ length: 40 }, (_, i) => answerRequest({ pollId, voter, option: i % 2 ? 'yes' : 'no', lang: 'en' })),
    );
    const responses = await fire(requests);
    expect(responses.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const tally = await stores[0]?.tally(pollId);
    expect(tally?.reduce((sum, row) => sum + row.count, 0)).toBe(1);
  });

  it('keeps concurrent answers to many polls apart', async () => {
    const polls = Array.from({ length: 10 }, (_, i) => `q:${i.toString(16).padStart(16, 'a')}`);
    const requests = await Promise.all(
      Array.from({ length: READERS }, (_, i) =>
        answerRequest({ pollId: polls[i % 10] as string, voter: randomVoter(), option: i % 20 < 10 ? 'yes' : 'no', lang: 'it' }),
      ),
    );
    const responses = await fire(requests);
    expect(responses.every((r) => r.status === 201)).toBe(true);
    for (const pollId of polls) expect(await tallyOf(pollId)).toEqual([`yes/it=${READERS / 20}`, `no/it=${READERS / 20}`].sort());
  });
});
