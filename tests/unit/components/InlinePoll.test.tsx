import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { InlinePoll } from '../../../components/InlinePoll';
import { InlinePollContainer } from '../../../components/InlinePollContainer';
import { buildPolls, type PollDef } from '../../../core/build-polls';
import { type AnswersStore, createAnswersStore } from '../../../state/answers-store';
import { createSettingsStore, type SettingsStore } from '../../../state/settings-store';
import { OPENAI_URL, openAiArticle } from './fixtures/articles';
import { storeLifecycle } from './fixtures/store-lifecycle';

const TITLE = 'OpenAI raises $40 billion as SoftBank leads record round';

function poll(i: number): PollDef {
  const { analysis, text } = openAiArticle();
  const found = buildPolls(analysis, OPENAI_URL, text)[i];
  if (!found) throw new Error('no poll');
  return found;
}

const lifecycle = storeLifecycle();
async function openStores(): Promise<{ answers: AnswersStore; settings: SettingsStore }> {
  const answers = createAnswersStore();
  const settings = createSettingsStore();
  await Promise.all([answers.ready, settings.ready]);
  return lifecycle.track({ answers, settings });
}

describe('InlinePoll', () => {

  it('is a radiogroup named by the article’s question, with real radios and a submit button', () => {
    const p = poll(0);
    render(<InlinePoll poll={p} answer={null} earlier={[]} url={OPENAI_URL} error={null} onVote={vi.fn()} onWithdraw={vi.fn()} />);
    const group = screen.getByRole('radiogroup', { name: 'Can Europe still catch up when such sums are on the table?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).type)).toEqual(['radio', 'radio', 'radio', 'radio', 'radio']);
    expect(within(group).getByRole('radio', { name: 'Yes, with joint EU investment' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Answer' }).getAttribute('type')).toBe('submit');
    expect(screen.getByText('Contrepoint poll · Can Europe catch up?')).toBeTruthy();
    expect(screen.getByText('Shared question: Can Europe still catch up in AI?')).toBeTruthy();
  });

  it('asks for a choice before submitting, in the live region', async () => {
    const onVote = vi.fn();
    render(<InlinePoll poll={poll(0)} answer={null} earlier={[]} url={OPENAI_URL} error={null} onVote={onVote} onWithdraw={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Choose an answer first.'));
    expect(onVote).not.toHaveBeenCalled();
    expect(screen.getByRole('radiogroup').getAttribute('aria-invalid')).toBe('true');
  });

  it('votes, announces the answer, shows the debate, then changes and withdraws it (stored)', async () => {
    const { answers, settings } = await openStores();
    const p = poll(2);
    render(<InlinePollContainer poll={p} canonicalUrl={OPENAI_URL} title={TITLE} stores={{ answers, settings }} />);
    expect(screen.queryByText('How far do you agree with this?')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Partly: many bets will fail, the technology will stay' }));
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));

    await screen.findByText('Your answer: Partly: many bets will fail, the technology will stay');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Your answer was saved: Partly: many bets will fail, the technology will stay.'),
    );
    expect(answers.store.getState().answers[p.id]?.optionId).toBe('bub-partly');
    // Keyboard users keep their place: focus moves to the answer that replaced the form.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Your answer: Partly: many bets will fail, the technology will stay'));
    // After voting: the reader's own past (none yet) and the arguments, with their sources.
    expect(screen.getByText('This is your first answer on this theme.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Arguments: An investment bubble?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /AI’s \$600B Question, Sequoia Capital, 2024/ }).getAttribute('href')).toBe(
      'https://www.sequoiacap.com/article/ais-600b-question/',
    );
    expect(screen.queryByText(/%.*voted/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Change my answer' }));
    const current = screen.getByRole('radio', { name: 'Partly: many bets will fail, the technology will stay' }) as HTMLInputElement;
    expect(current.checked).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(current));
    fireEvent.click(screen.getByRole('radio', { name: 'Too early to tell' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save my new answer' }));
    await screen.findByText('Your answer: Too early to tell');
    expect(answers.store.getState().answers[p.id]?.history.map((h) => h.optionId)).toEqual(['bub-partly', 'bub-too-early']);

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw my answer' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your answer was withdrawn.'));
    expect(screen.getByRole('radiogroup')).toBeTruthy();
    expect(answers.store.getState().answers[p.id]?.optionId).toBeNull();
  });

  it('recalls where the reader stood on the theme in other articles (their own answers only)', async () => {
    const { answers, settings } = await openStores();
    const p = poll(0);
    await answers.store.getState().vote(p, 'eu-gap-too-large', { url: 'https://journal.example.fr/mistral', title: 'Mistral lève 1,7 milliard' });
    render(<InlinePollContainer poll={p} canonicalUrl={OPENAI_URL} title={TITLE} stores={{ answers, settings }} />);
    // Answered elsewhere: the form is shown again here, with a reminder.
    expect(screen.getByText(/Last time you answered “No, the gap is too large” on “Mistral lève 1,7 milliard”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Only in some niches' }));
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    await screen.findByText('Your answer: Only in some niches');
    expect(screen.getByText('Where you stood last time')).toBeTruthy();
    expect(screen.getByText(/No, the gap is too large, on “Mistral lève 1,7 milliard”/)).toBeTruthy();
  });

  it('keeps the earlier answer and shows an alert when storage is full', async () => {
    const { answers, settings } = await openStores();
    const p = poll(1);
    await answers.store.getState().vote(p, 'conc-watch', { url: OPENAI_URL, title: TITLE });
    render(<InlinePollContainer poll={p} canonicalUrl={OPENAI_URL} title={TITLE} stores={{ answers, settings }} />);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(screen.getByRole('button', { name: 'Change my answer' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Yes, competition authorities should act' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save my new answer' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toContain('Your earlier answers are safe');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your answer could not be saved.'));
    expect(answers.store.getState().answers[p.id]?.optionId).toBe('conc-watch');
  });

  it('uses the importance scale for open questions and follows the UI language', async () => {
    const { answers, settings } = await openStores();
    await settings.store.getState().update({ uiLanguage: 'it' });
    render(<InlinePollContainer poll={poll(4)} canonicalUrl={OPENAI_URL} title={TITLE} stores={{ answers, settings }} />);
    await screen.findByText('Quanto conta per te questa domanda?');
    expect(screen.getByRole('radiogroup', { name: 'Who will pay for the electricity these data centres need?' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Per me conta molto' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rispondi' })).toBeTruthy();
  });
});
