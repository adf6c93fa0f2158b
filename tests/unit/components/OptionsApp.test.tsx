import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/OptionsApp';
import { buildPolls } from '../../../core/build-polls';
import { parseAnswersImport } from '../../../state/answer-export';
import { type AnswersStore, createAnswersStore } from '../../../state/answers-store';
import { createQuizStore, type QuizStore } from '../../../state/quiz-store';
import { createSettingsStore, type SettingsStore } from '../../../state/settings-store';
import { OPENAI_URL, openAiArticle } from './fixtures/articles';
import { storeLifecycle } from './fixtures/store-lifecycle';


function pollAt<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

type Stores = { answers: AnswersStore; settings: SettingsStore; quiz: QuizStore };
const lifecycle = storeLifecycle();

async function setup(): Promise<Stores> {
  const made = { answers: createAnswersStore(), settings: createSettingsStore(), quiz: createQuizStore() };
  await Promise.all([made.answers.ready, made.settings.ready, made.quiz.ready]);
  return lifecycle.track(made);
}

async function withTwoAnswers(s: Stores) {
  const { analysis, text } = openAiArticle();
  const polls = buildPolls(analysis, OPENAI_URL, text);
  const context = { url: OPENAI_URL, title: 'OpenAI raises $40 billion' };
  await s.answers.store.getState().vote(pollAt(polls, 0), 'eu-niches', context);
  await s.answers.store.getState().vote(pollAt(polls, 4), 'matters-a-lot', context);
  return polls;
}

function fileInput(): HTMLInputElement {
  return screen.getByLabelText('Import answers (a JSON file exported by Contrepoint)') as HTMLInputElement;
}

function chooseFile(content: string) {
  const file = new File([content], 'answers.json', { type: 'application/json' });
  Object.defineProperty(fileInput(), 'files', { value: [file], configurable: true });
  fireEvent.change(fileInput());
}

describe('OptionsApp', () => {

  it('switches sites, highlights, panel side and language, and stores them', async () => {
    const s = await setup();
    const onSiteChange = vi.fn();
    render(<OptionsApp stores={s} builtInSites={['www.lemonde.fr', 'www.reuters.com']} onSiteChange={onSiteChange} />);
    const site = screen.getByRole('checkbox', { name: 'www.lemonde.fr' }) as HTMLInputElement;
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    await waitFor(() => expect(onSiteChange).toHaveBeenCalledWith('www.lemonde.fr', false));
    expect(s.settings.store.getState().settings.sites).toEqual({ 'www.lemonde.fr': false });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight figures and questions in the article' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Left' }));
    await waitFor(() => expect(s.settings.store.getState().settings).toMatchObject({ highlights: false, panelSide: 'left' }));

    fireEvent.change(screen.getByRole('combobox', { name: 'Interface language' }), { target: { value: 'fr' } });
    await screen.findByRole('heading', { level: 1, name: 'Options de Contrepoint' });
    expect((await browser.storage.local.get('settings')).settings).toMatchObject({ uiLanguage: 'fr', panelSide: 'left' });
  });

  it('lists answers with their history, and changes, withdraws and deletes them', async () => {
    const s = await setup();
    const polls = await withTwoAnswers(s);
    render(<OptionsApp stores={s} builtInSites={[]} />);
    const table = screen.getByRole('table', { name: 'Your poll answers, most recent first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const row = within(table).getByRole('row', { name: /Can Europe still catch up/ });
    expect(within(row).getByText('Only in some niches', { selector: 'td' })).toBeTruthy();

    fireEvent.change(within(row).getByRole('combobox', { name: /New answer for: Can Europe still catch up/ }), {
      target: { value: 'eu-joint-investment' },
    });
    fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    await within(row).findByText('Yes, with joint EU investment', { selector: 'td' });
    expect(within(row).getByText('Changes: 2')).toBeTruthy();
    expect(s.answers.store.getState().answers[pollAt(polls, 0).id]?.history.map((h) => h.optionId)).toEqual(['eu-niches', 'eu-joint-investment']);

    fireEvent.click(within(row).getByRole('button', { name: 'Withdraw my answer' }));
    await within(row).findByText('withdrawn', { selector: 'em' });

    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Really delete' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The answer and its history were deleted.'));
  });

  it('exports answers as JSON that imports back, and as CSV', async () => {
    const s = await setup();
    await withTwoAnswers(s);
    const download = vi.fn();
    render(<OptionsApp stores={s} builtInSites={[]} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    const [name, content, type] = download.mock.calls[0] as [string, string, string];
    expect(name).toMatch(/^contrepoint-answers-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    const parsed = parseAnswersImport(content);
    expect(parsed.ok && parsed.records.map((r) => r.optionId).sort()).toEqual(['eu-niches', 'matters-a-lot']);

    fireEvent.click(screen.getByRole('button', { name: 'Export (CSV)' }));
    const [csvName, csv] = download.mock.calls[1] as [string, string];
    expect(csvName).toMatch(/\.csv$/);
    expect(csv.split('\r\n')[0]).toContain('poll_id,kind,theme,question');
    expect(csv).toContain('Only in some niches');
  });

  it('downloads through a Blob URL by default', async () => {
    const s = await setup();
    await withTwoAnswers(s);
    const createObjectURL = vi.fn(() => 'blob:contrepoint/1');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<OptionsApp stores={s} builtInSites={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(click).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:contrepoint/1'));
  });

  it('imports a valid file, and explains a bad one without touching the answers', async () => {
    const s = await setup();
    render(<OptionsApp stores={s} builtInSites={[]} />);
    chooseFile('{"not": "an export"}');
    expect((await screen.findByRole('alert')).textContent).toBe('This file is not a Contrepoint export, so nothing was imported.');
    expect(s.answers.store.getState().answers).toEqual({});

    const source = await setup();
    await withTwoAnswers(source);
    const exported = JSON.stringify({
      format: 'contrepoint-answers',
      version: 2,
      exportedAt: '2025-05-01T00:00:00Z',
      answers: Object.values(source.answers.store.getState().answers),
    });
    fakeBrowser.reset();
    const fresh = await setup();
    cleanup();
    render(<OptionsApp stores={fresh} builtInSites={[]} />);
    chooseFile(exported);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Import done: 2 new, 0 updated, 0 skipped.'));
    expect(Object.keys(fresh.answers.store.getState().answers)).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('erases everything only after confirmation', async () => {
    const s = await setup();
    await withTwoAnswers(s);
    await s.quiz.store.getState().record('q1', { correct: 2, total: 3, at: '2025-04-02T09:00:00.000Z', url: OPENAI_URL, title: 'OpenAI' });
    render(<OptionsApp stores={s} builtInSites={[]} />);
    expect(screen.getByText(/OpenAI: 2 of 3/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Erase all my answers and quiz scores…' }));
    expect(Object.keys(s.answers.store.getState().answers)).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase all my answers and quiz scores…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    await screen.findByText('You have not answered any poll yet.');
    await screen.findByText('No quiz taken yet.');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All your answers and quiz scores were erased.'));
  });
});
