import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InlinePollContainer } from '../../../components/InlinePollContainer';
import { setUiLanguage } from '../../../components/i18n';
import { buildPolls, type PollDef } from '../../../core/build-polls';
import { type AnswersStore, createAnswersStore } from '../../../state/answers-store';
import { createSettingsStore, type SettingsStore } from '../../../state/settings-store';
import { MISTRAL_URL, mistralArticle, OPENAI_URL, openAiArticle } from './fixtures/articles';

const TITLE = 'OpenAI raises $40 billion as SoftBank leads record round';

function openAiPoll(questionIndex: number): PollDef {
  const { analysis, text } = openAiArticle();
  const found = buildPolls(analysis, OPENAI_URL, text).find((p) => p.questionIndex === questionIndex);
  if (!found) throw new Error(`no poll for question ${questionIndex}`);
  return found;
}

type Stores = { answers: AnswersStore; settings: SettingsStore };
const opened: Stores[] = [];

/** One page's stores (a second call stands for another tab of the same browser profile). */
async function openStores(): Promise<Stores> {
  const stores = { answers: createAnswersStore(), settings: createSettingsStore() };
  await Promise.all([stores.answers.ready, stores.settings.ready]);
  opened.push(stores);
  return stores;
}

function vote(label: string, submit = 'Answer') {
  fireEvent.click(screen.getByRole('radio', { name: label }));
  fireEvent.click(screen.getByRole('button', { name: submit }));
}

describe('InlinePollContainer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(() => {
    cleanup();
    for (const stores of opened.splice(0)) {
      stores.answers.dispose();
      stores.settings.dispose();
    }
    setUiLanguage('auto');
  });

  it('stores a vote under the poll’s own key, with the article’s URL and title', async () => {
    const stores = await openStores();
    const poll = openAiPoll(4);
    render(<InlinePollContainer poll={poll} canonicalUrl={OPENAI_URL} title={TITLE} stores={stores} />);
    expect(screen.getByRole('radiogroup', { name: 'Who will pay for the electricity these data centres need?' })).toBeTruthy();
    vote('It matters a lot to me');
    await screen.findByText('Your answer: It matters a lot to me');
    const stored = (await browser.storage.local.get(`answer:${poll.id}`))[`answer:${poll.id}`];
    expect(stored).toMatchObject({
      pollId: poll.id,
      kind: 'article',
      optionId: 'matters-a-lot',
      question: 'Who will pay for the electricity these data centres need?',
      url: OPENAI_URL,
      title: TITLE,
      lang: 'en',
    });
  });

  it('opens on the answer already stored for this poll, and withdraws it from storage', async () => {
    const stores = await openStores();
    const poll = openAiPoll(1);
    await stores.answers.store.getState().vote(poll, 'conc-watch', { url: OPENAI_URL, title: TITLE });
    render(<InlinePollContainer poll={poll} canonicalUrl={OPENAI_URL} title={TITLE} stores={stores} />);
    expect(screen.getByText('Your answer: It needs watching, but no action yet')).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw my answer' }));
    await screen.findByRole('radiogroup', { name: 'Is it healthy that so much money flows to a single company?' });
    const stored = (await browser.storage.local.get(`answer:${poll.id}`))[`answer:${poll.id}`] as { optionId: string | null; history: unknown[] };
    expect(stored.optionId).toBeNull();
    expect(stored.history).toHaveLength(2);
  });

  it('keeps two views of the same poll in step (the poll in the article and another one on the page)', async () => {
    const stores = await openStores();
    const poll = openAiPoll(2);
    render(
      <div>
        <section aria-label="first">
          <InlinePollContainer poll={poll} canonicalUrl={OPENAI_URL} title={TITLE} stores={stores} />
        </section>
        <section aria-label="second">
          <InlinePollContainer poll={poll} canonicalUrl={OPENAI_URL} title={TITLE} stores={stores} />
        </section>
      </div>,
    );
    const first = within(screen.getByRole('region', { name: 'first' }));
    fireEvent.click(first.getByRole('radio', { name: 'Too early to tell' }));
    fireEvent.click(first.getByRole('button', { name: 'Answer' }));
    const second = within(screen.getByRole('region', { name: 'second' }));
    await second.findByText('Your answer: Too early to tell');
    expect(second.queryByRole('radiogroup')).toBeNull();
  });

  it('shows an answer given in another tab without reloading', async () => {
    const here = await openStores();
    const otherTab = await openStores();
    const poll = openAiPoll(0);
    render(<InlinePollContainer poll={poll} canonicalUrl={OPENAI_URL} title={TITLE} stores={here} />);
    expect(screen.getByRole('radiogroup')).toBeTruthy();
    await otherTab.answers.store.getState().vote(poll, 'eu-specialise', { url: OPENAI_URL, title: TITLE });
    await screen.findByText('Your answer: Yes, by specialising (open, efficient models)');
  });

  it('reminds the reader of their answer on the same theme from another article', async () => {
    const stores = await openStores();
    const { analysis, text } = mistralArticle();
    const mistralPoll = buildPolls(analysis, MISTRAL_URL, text)[0] as PollDef;
    expect(mistralPoll.id).toBe('theme:sovereignty');
    // The same theme poll, asked on an English article about another deal.
    const englishPoll: PollDef = { ...mistralPoll, lang: 'en', question: 'Does Europe need its own AI champions to stay sovereign?' };
    await stores.answers.store.getState().vote(mistralPoll, 'sov-critical-layers', { url: MISTRAL_URL, title: 'Mistral AI lève 1,7 milliard d’euros' });
    render(<InlinePollContainer poll={englishPoll} canonicalUrl={OPENAI_URL} title={TITLE} stores={stores} />);
    expect(screen.getByRole('radiogroup', { name: 'Does Europe need its own AI champions to stay sovereign?' })).toBeTruthy();
    expect(
      screen.getByText(/Last time you answered “Only for critical layers \(data, cloud, defence\)” on “Mistral AI lève 1,7 milliard d’euros”/),
    ).toBeTruthy();
  });

  it('follows the interface language chosen in the settings, live', async () => {
    const stores = await openStores();
    render(<InlinePollContainer poll={openAiPoll(5)} canonicalUrl={OPENAI_URL} title={TITLE} stores={stores} />);
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeTruthy();
    await stores.settings.store.getState().update({ uiLanguage: 'fr' });
    await screen.findByRole('button', { name: 'Répondre' });
    // The article's own question stays as written; the options speak French.
    expect(screen.getByRole('radiogroup', { name: 'Can Europe catch up at all?' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Oui' })).toBeTruthy();
    vote('Non', 'Répondre');
    await screen.findByText('Votre réponse : Non');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Votre réponse est enregistrée : Non.'));
  });

  it('shows a storage failure as an alert and keeps the form', async () => {
    const stores = await openStores();
    const poll = openAiPoll(5);
    render(<InlinePollContainer poll={poll} canonicalUrl={OPENAI_URL} title={TITLE} stores={stores} />);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('The browser refused the write'));
    vote('No');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This change could not be saved');
    expect(screen.getByRole('radiogroup')).toBeTruthy();
    expect(stores.answers.store.getState().answers[poll.id]).toBeUndefined();
  });
});
