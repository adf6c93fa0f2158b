import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PanelContainer, type PanelContainerProps, quizIdFor } from '../../../components/PanelContainer';
import { buildPolls, type PollDef } from '../../../core/build-polls';
import { buildQuiz, type QuizQuestion } from '../../../core/build-quiz';
import type { Analysis } from '../../../core/types';
import { type AnswersStore, createAnswersStore } from '../../../state/answers-store';
import type { CommunityReply } from '../../../state/community-results';
import { type CommunityStore, createCommunityStore } from '../../../state/community-store';
import { createQuizStore, type QuizStore } from '../../../state/quiz-store';
import { createSettingsStore, type SettingsStore } from '../../../state/settings-store';
import { OPENAI_URL, openAiArticle } from './fixtures/articles';
import { storeLifecycle } from './fixtures/store-lifecycle';

const TITLE = 'OpenAI raises $40 billion as SoftBank leads record round';

type Stores = { answers: AnswersStore; settings: SettingsStore; quiz: QuizStore; community?: CommunityStore };
const lifecycle = storeLifecycle();

async function openStores(community?: CommunityStore): Promise<Stores> {
  const made: Stores = { answers: createAnswersStore(), settings: createSettingsStore(), quiz: createQuizStore(), community };
  await Promise.all([made.answers.ready, made.settings.ready, made.quiz.ready]);
  return lifecycle.track(made);
}

function renderContainer(s: Stores, overrides: Partial<PanelContainerProps> = {}) {
  const { analysis, text } = openAiArticle();
  const props: PanelContainerProps = {
    analysis,
    found: true,
    canonicalUrl: OPENAI_URL,
    title: TITLE,
    text,
    stores: s,
    onShowFigure: vi.fn(),
    onShowQuestion: vi.fn(),
    onShowSource: vi.fn(),
    onHighlightsChange: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<PanelContainer {...props} />);
  return props;
}

function openAiPolls(): PollDef[] {
  const { analysis, text } = openAiArticle();
  return buildPolls(analysis, OPENAI_URL, text);
}

function pollOf(polls: PollDef[], id: string): PollDef {
  const found = polls.find((p) => p.id === id);
  if (!found) throw new Error(`no poll ${id}`);
  return found;
}

/** The debate's themes that are unfolded. */
function openDebates(): string[] {
  const debate = screen.getByRole('region', { name: 'The debate' });
  return [...debate.querySelectorAll('details')].filter((d) => d.open).map((d) => d.querySelector('summary')?.textContent ?? '');
}

describe('PanelContainer', () => {

  it('renders the panel landmark for the analysis and hands clicks back to the page', async () => {
    const props = renderContainer(await openStores());
    expect(screen.getByRole('complementary', { name: 'Contrepoint: key figures and questions of this article' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Show in the article\s?: \$300 billion$/ }));
    expect(props.onShowFigure).toHaveBeenCalledWith(props.analysis?.figures[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Go to the question: Can Europe catch up at all?' }));
    expect(props.onShowQuestion).toHaveBeenCalledWith(props.analysis?.questions[5]);
    // Escape from a control inside the panel closes it.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Go to the question: Can Europe catch up at all?' }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('builds the polls from the analysis, or uses the ones the page already placed', async () => {
    const s = await openStores();
    renderContainer(s);
    expect(screen.getAllByText(/· poll next to it$/)).toHaveLength(openAiPolls().length);
    cleanup();
    const only = [pollOf(openAiPolls(), 'theme:bubble')];
    renderContainer(s, { polls: only });
    expect(screen.getAllByText(/· poll next to it$/).map((el) => el.textContent)).toEqual(['Raised by the article · An investment bubble? · poll next to it']);
  });

  it('speaks the language chosen in the settings', async () => {
    const s = await openStores();
    await s.settings.store.getState().update({ uiLanguage: 'fr' });
    renderContainer(s);
    await screen.findByRole('complementary', { name: 'Contrepoint : chiffres clés et questions de cet article' });
    expect(screen.getByRole('region', { name: 'Chiffres clés' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fermer le panneau Contrepoint' })).toBeTruthy();
    await s.settings.store.getState().update({ uiLanguage: 'de' });
    await screen.findByRole('region', { name: 'Schlüsselzahlen' });
  });

  it('does not switch the page highlights off when the setting could not be saved', async () => {
    const s = await openStores();
    const props = renderContainer(s);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(screen.getByRole('switch', { name: 'Highlight figures and questions in the article' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    expect(props.onHighlightsChange).not.toHaveBeenCalled();
  });

  it('shows the stored highlight setting, and a flip updates the store, storage and the page', async () => {
    const s = await openStores();
    await s.settings.store.getState().update({ highlights: false });
    const props = renderContainer(s);
    const toggle = screen.getByRole('switch', { name: 'Highlight figures and questions in the article' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    // The page follows once the setting is saved.
    await waitFor(() => expect(props.onHighlightsChange).toHaveBeenCalledWith(true));
    expect((await browser.storage.local.get('settings')).settings).toMatchObject({ highlights: true });
  });

  it('unfolds the debate of each theme the reader holds an answer on, live', async () => {
    const s = await openStores();
    const polls = openAiPolls();
    const context = { url: OPENAI_URL, title: TITLE };
    await s.answers.store.getState().vote(pollOf(polls, 'theme:bubble'), 'bub-partly', context);
    // A withdrawn answer is no stand the reader holds.
    await s.answers.store.getState().vote(pollOf(polls, 'theme:concentration'), 'conc-watch', context);
    await s.answers.store.getState().withdraw('theme:concentration', context);
    renderContainer(s);
    expect(openDebates()).toEqual(['An investment bubble?']);
    await s.answers.store.getState().vote(pollOf(polls, 'theme:open-source'), 'os-all-open', context);
    await waitFor(() => expect(openDebates()).toEqual(['An investment bubble?', 'Open or closed models']));
  });

  it('recalls the last quiz score of this article and stores the new one when the quiz is done', async () => {
    const s = await openStores();
    await s.quiz.store.getState().record(quizIdFor(OPENAI_URL), { correct: 1, total: 3, at: '2025-04-01T12:00:00.000Z', url: OPENAI_URL, title: TITLE });
    // Another article's score must not show here.
    await s.quiz.store.getState().record(quizIdFor('https://news.example.org/other'), { correct: 3, total: 3, at: '2025-04-01T12:00:00.000Z', url: 'https://news.example.org/other', title: 'Other' });
    renderContainer(s);
    const region = within(screen.getByRole('region', { name: 'Quiz on the figures' }));
    expect(region.getByText('Last time: 1 of 3.')).toBeTruthy();

    // The quiz the container derives is the one core builds for this URL: answer every question right.
    const quiz = buildQuiz(openAiArticle().analysis, { seed: OPENAI_URL, investorPool: [] });
    const items = region.getAllByRole('listitem').filter((li) => li.classList.contains('cp-quiz__item'));
    expect(items).toHaveLength(quiz.length);
    items.forEach((item, i) => {
      const question = quiz[i] as QuizQuestion;
      fireEvent.click(within(item).getAllByRole('radio')[question.answer] as HTMLElement);
      fireEvent.click(within(item).getByRole('button', { name: 'Check' }));
    });
    await waitFor(() => expect(s.quiz.store.getState().scores[quizIdFor(OPENAI_URL)]).toMatchObject({ correct: quiz.length, total: quiz.length, url: OPENAI_URL, title: TITLE }));
    const stored = Object.values((await browser.storage.local.get(null)) as Record<string, unknown>);
    expect(JSON.stringify(stored)).toContain(`"correct":${quiz.length}`);
  });

  it('shows a storage failure as an alert that can be dismissed', async () => {
    const s = await openStores();
    renderContainer(s);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(screen.getByRole('switch', { name: 'Highlight figures and questions in the article' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The browser’s storage for Contrepoint is full');
    // The failed write leaves the stored setting, and the switch, as they were.
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('asks for community results of answered polls only while sharing is on', async () => {
    const reply: CommunityReply = {
      state: 'ok',
      counted: true,
      results: { pollId: 'theme:bubble', kind: 'theme', total: 3, minCount: 2, enough: true, options: [{ id: 'bub-partly', count: 3 }], byLang: [], note: '' },
    };
    const ask = vi.fn(async () => reply);
    const s = await openStores(createCommunityStore(ask));
    await s.answers.store.getState().vote(pollOf(openAiPolls(), 'theme:bubble'), 'bub-partly', { url: OPENAI_URL, title: TITLE });
    renderContainer(s);
    expect(screen.queryByRole('region', { name: 'Community results' })).toBeNull();
    expect(ask).not.toHaveBeenCalled();

    await s.settings.store.getState().update({ sharing: { enabled: true, serverUrl: 'https://results.example.org', since: '2025-04-01T00:00:00.000Z' } });
    await waitFor(() => expect(ask).toHaveBeenCalledWith('theme:bubble'));
    expect(ask).toHaveBeenCalledTimes(1);
    await screen.findByText(/Answers counted: 3/);
  });

  it('says when no article text could be read, without crashing on a missing analysis', async () => {
    renderContainer(await openStores(), { analysis: null as Analysis | null, found: false });
    expect(screen.getByText('No article text could be read on this page.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Key figures' })).toBeNull();
  });
});
