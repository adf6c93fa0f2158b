import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildPolls, type PollDef } from '../../../core/build-polls';
import { ANSWER_VERSION, type AnswerRecord, type AnswerRecordV1 } from '../../../state/answer-record';
import { type AnswersStore, createAnswersStore } from '../../../state/answers-store';
import { OPENAI_URL, openAiArticle } from '../components/fixtures/articles';

const context = { url: OPENAI_URL, title: 'OpenAI raises $40 billion as SoftBank leads record round' };

function polls(): PollDef[] {
  const { analysis, text } = openAiArticle();
  return buildPolls(analysis, OPENAI_URL, text);
}

function pollAt(i: number): PollDef {
  const poll = polls()[i];
  if (!poll) throw new Error(`no poll ${i}`);
  return poll;
}

const open: AnswersStore[] = [];
async function openStore(now?: () => number): Promise<AnswersStore> {
  const store = createAnswersStore(now ? { now } : {});
  open.push(store);
  await store.ready;
  return store;
}

async function stored(pollId: string): Promise<unknown> {
  const key = `answer:${pollId}`;
  return (await browser.storage.local.get(key))[key];
}

describe('answers store', () => {
  beforeEach(() => {
    for (const store of open.splice(0)) store.dispose();
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps a vote across a reload (a new store over the same storage)', async () => {
    const first = await openStore();
    const poll = pollAt(0);
    expect(await first.store.getState().vote(poll, 'eu-specialise', context)).toBe(true);
    first.dispose();

    const reloaded = await openStore();
    const answer = reloaded.store.getState().answers[poll.id];
    expect(answer?.optionId).toBe('eu-specialise');
    expect(answer?.question).toBe('Can Europe still catch up when such sums are on the table?');
    expect(answer?.quote.exact).toBe(answer?.question);
    expect(answer?.url).toBe(OPENAI_URL);
    expect(answer?.lang).toBe('en');
    expect(answer?.themeId).toBe('europe-catch-up');
  });

  it('keeps both answers when two tabs vote on different polls at the same moment', async () => {
    const tabA = await openStore();
    const tabB = await openStore();
    const [a, b] = [pollAt(0), pollAt(1)];
    const results = await Promise.all([
      tabA.store.getState().vote(a, 'eu-niches', context),
      tabB.store.getState().vote(b, 'conc-watch', context),
    ]);
    expect(results).toEqual([true, true]);

    // Each tab learns of the other's vote through storage change events.
    expect(tabA.store.getState().answers[b.id]?.optionId).toBe('conc-watch');
    expect(tabB.store.getState().answers[a.id]?.optionId).toBe('eu-niches');

    const reloaded = await openStore();
    expect(Object.keys(reloaded.store.getState().answers).sort()).toEqual([a.id, b.id].sort());
  });

  it('keeps the last answer and the whole history when the same poll changes twice', async () => {
    let clock = Date.parse('2025-04-01T08:00:00Z');
    const tab = await openStore(() => clock);
    const poll = pollAt(1);
    const vote = tab.store.getState().vote;
    // Fired without waiting, as two quick clicks would: the store must queue them.
    const first = vote(poll, 'conc-act-now', context);
    clock += 60_000;
    const second = vote(poll, 'conc-cost-of-scale', context);
    expect(await Promise.all([first, second])).toEqual([true, true]);

    const answer = tab.store.getState().answers[poll.id];
    expect(answer?.optionId).toBe('conc-cost-of-scale');
    expect(answer?.history.map((h) => h.optionId)).toEqual(['conc-act-now', 'conc-cost-of-scale']);
    const persisted = (await stored(poll.id)) as AnswerRecord;
    expect(persisted.history).toHaveLength(2);
    expect(persisted.answeredAt).toBe('2025-04-01T08:01:00.000Z');
  });

  it('withdraws an answer but keeps its history, and can forget it entirely', async () => {
    const tab = await openStore();
    const poll = pollAt(4);
    await tab.store.getState().vote(poll, 'matters-a-lot', context);
    expect(await tab.store.getState().withdraw(poll.id, context)).toBe(true);
    const answer = tab.store.getState().answers[poll.id];
    expect(answer?.optionId).toBeNull();
    expect(answer?.history.map((h) => h.optionId)).toEqual(['matters-a-lot', null]);

    expect(await tab.store.getState().forget(poll.id)).toBe(true);
    expect(tab.store.getState().answers[poll.id]).toBeUndefined();
    expect(await stored(poll.id)).toBeUndefined();
  });

  it('migrates a version 1 answer to the current shape on load', async () => {
    const v1: AnswerRecordV1 = {
      pollId: 'theme:bubble',
      optionId: 'bub-partly',
      answeredAt: Date.parse('2024-11-05T10:00:00Z'),
      url: 'https://news.example.org/ai-bubble',
    };
    await browser.storage.local.set({ 'answer:theme:bubble': v1 });

    const tab = await openStore();
    const answer = tab.store.getState().answers['theme:bubble'];
    expect(answer).toMatchObject({
      pollId: 'theme:bubble',
      kind: 'theme',
      themeId: 'bubble',
      optionId: 'bub-partly',
      answeredAt: '2024-11-05T10:00:00.000Z',
      lang: null,
    });
    expect(answer?.history).toEqual([
      { optionId: 'bub-partly', at: '2024-11-05T10:00:00.000Z', url: 'https://news.example.org/ai-bubble', title: '' },
    ]);
    // The migrated value and its version are written back, so the migration runs once.
    const meta = (await browser.storage.local.get('answer:theme:bubble$'))['answer:theme:bubble$'];
    expect(meta).toEqual({ v: ANSWER_VERSION });
    expect((await stored('theme:bubble')) as AnswerRecord).toMatchObject({ kind: 'theme', optionId: 'bub-partly' });
  });

  it('keeps a re-answered poll intact after another tab deleted it (no bogus re-migration)', async () => {
    const poll = pollAt(3);
    const first = await openStore(() => Date.parse('2025-04-03T10:00:00Z'));
    await first.store.getState().vote(poll, 'os-all-open', context);
    // Tab A loads while the answer exists; tab B then deletes it (value and version marker).
    const tabA = await openStore(() => Date.parse('2025-04-04T10:00:00Z'));
    expect(await first.store.getState().forget(poll.id)).toBe(true);
    expect(tabA.store.getState().answers[poll.id]).toBeUndefined();
    expect(await tabA.store.getState().vote(poll, 'os-controlled-access', context)).toBe(true);

    const reloaded = await openStore();
    expect(reloaded.store.getState().answers[poll.id]).toMatchObject({
      optionId: 'os-controlled-access',
      answeredAt: '2025-04-04T10:00:00.000Z',
      question: 'Could Europe close the gap by betting on open models instead?',
    });
  });

  it('surfaces a full storage as an error and keeps the earlier answer', async () => {
    const tab = await openStore();
    const poll = pollAt(0);
    const other = pollAt(1);
    await tab.store.getState().vote(poll, 'eu-joint-investment', context);

    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await tab.store.getState().vote(poll, 'eu-gap-too-large', context)).toBe(false);
    expect(await tab.store.getState().vote(other, 'conc-watch', context)).toBe(false);

    const state = tab.store.getState();
    expect(state.error?.kind).toBe('quota');
    expect(state.error?.messageKey).toBe('errorStorageFull');
    expect(state.answers[poll.id]?.optionId).toBe('eu-joint-investment');
    expect(state.answers[other.id]).toBeUndefined();
    expect(((await stored(poll.id)) as AnswerRecord).optionId).toBe('eu-joint-investment');

    // Once space is back, the next vote succeeds and clears the error.
    vi.restoreAllMocks();
    expect(await tab.store.getState().vote(poll, 'eu-gap-too-large', context)).toBe(true);
    expect(tab.store.getState().error).toBeNull();
  });

  it('reports another write failure as a write error, not as a full storage', async () => {
    const tab = await openStore();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('IO error: disk unavailable'));
    expect(await tab.store.getState().vote(pollAt(2), 'agree', context)).toBe(false);
    expect(tab.store.getState().error?.kind).toBe('write');
  });

  it('merges imported answers with existing ones and erases everything on request', async () => {
    const tab = await openStore(() => Date.parse('2025-05-01T12:00:00Z'));
    const poll = pollAt(0);
    await tab.store.getState().vote(poll, 'eu-niches', context);
    const imported: AnswerRecord = {
      ...(tab.store.getState().answers[poll.id] as AnswerRecord),
      optionId: 'eu-specialise',
      answeredAt: '2025-06-01T09:00:00.000Z',
      history: [{ optionId: 'eu-specialise', at: '2025-06-01T09:00:00.000Z', url: 'https://other.example/a', title: 'A' }],
    };
    const fresh: AnswerRecord = { ...imported, pollId: 'theme:jobs', themeId: 'jobs', optionId: 'jobs-transform' };
    expect(await tab.store.getState().importAnswers([imported, fresh])).toEqual({ added: 1, updated: 1 });
    const merged = tab.store.getState().answers[poll.id];
    expect(merged?.optionId).toBe('eu-specialise');
    expect(merged?.history.map((h) => h.optionId)).toEqual(['eu-niches', 'eu-specialise']);

    expect(await tab.store.getState().eraseAll()).toBe(true);
    expect(tab.store.getState().answers).toEqual({});
    expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('answer:'))).toEqual([]);
  });
});
