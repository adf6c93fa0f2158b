import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CommunityResults } from '../../../components/CommunityResults';
import { InlinePollContainer } from '../../../components/InlinePollContainer';
import { setUiLanguage } from '../../../components/i18n';
import { Panel, type PanelProps } from '../../../components/Panel';
import { buildPolls, type PollDef } from '../../../core/build-polls';
import { buildQuiz } from '../../../core/build-quiz';
import { THEME_POLLS } from '../../../data/polls';
import { createAnswersStore } from '../../../state/answers-store';
import type { CommunityReply, PollResults } from '../../../state/community-results';
import { createCommunityStore } from '../../../state/community-store';
import { DEFAULT_SETTINGS } from '../../../state/settings';
import { createSettingsStore, } from '../../../state/settings-store';
import { OPENAI_URL, openAiArticle } from './fixtures/articles';
import { storeLifecycle } from './fixtures/store-lifecycle';

const OPTIONS = THEME_POLLS['europe-catch-up'].options;

// 57 answers: 31 in French, 14 in German, 12 in languages too small to show on their own.
const RESULTS: PollResults = {
  pollId: 'theme:europe-catch-up',
  kind: 'theme',
  total: 57,
  minCount: 10,
  enough: true,
  options: [
    { id: 'eu-joint-investment', count: 25 },
    { id: 'eu-niches', count: 20 },
    { id: 'eu-gap-too-large', count: 12 },
  ],
  byLang: [
    { lang: 'fr', total: 31, options: [{ id: 'eu-joint-investment', count: 16 }, { id: 'eu-niches', count: 15 }] },
    { lang: 'de', total: 14, options: [{ id: 'eu-gap-too-large', count: 8 }, { id: 'eu-joint-investment', count: 6 }] },
  ],
  note: 'not-representative',
};

describe('CommunityResults', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('lists every option with its count and share as text, the reader’s own answer marked', () => {
    render(<CommunityResults view={{ state: 'ok', results: RESULTS, counted: true }} options={OPTIONS} ownOptionId="eu-niches" headingLevel={4} />);
    const section = screen.getByRole('region', { name: 'Community results' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(OPTIONS.length);
    const joint = items.find((li) => li.textContent?.includes('Yes, with joint EU investment'));
    expect(joint?.textContent).toContain('25 · 44%');
    const mine = items.filter((li) => li.textContent?.includes('(your answer)'));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.textContent).toContain('Only in some niches');
    expect(mine[0]?.textContent).toContain('20 · 35%');
    // An option nobody chose is listed with zero, not left out.
    expect(items.find((li) => li.textContent?.includes('Yes, by specialising'))?.textContent).toContain('0 · 0%');
    expect(within(section).getByText(/Answers counted: 57/).textContent).toContain('By language: FR 31 · DE 14 · other languages 12');
    expect(within(section).getByText('These are the answers of readers who chose to share them: not a representative survey.')).toBeTruthy();
  });

  it('splits each answer by language, readable by a screen reader as language names', () => {
    render(<CommunityResults view={{ state: 'ok', results: RESULTS, counted: true }} options={OPTIONS} ownOptionId={null} headingLevel={4} />);
    const joint = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('Yes, with joint EU investment'));
    // 16 of 31 French answers (52 %), 6 of 14 German ones (43 %).
    const langs = joint?.querySelector('.cp-community__langs');
    const visible = [...(langs?.querySelectorAll('[aria-hidden="true"]') ?? [])].map((e) => e.textContent);
    expect(visible).toEqual(['FR', 'DE']);
    expect(langs?.textContent).toContain('French 52%');
    expect(langs?.textContent).toContain('German 43%');
    expect(screen.getByText('Under each answer: the share of each language’s readers who chose it.')).toBeTruthy();
    // The bars repeat the numbers for the eye only.
    expect(joint?.querySelector('.cp-community__bar')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows only the count below the minimum, and the other states in words', () => {
    const few: PollResults = { ...RESULTS, total: 3, enough: false, options: null, byLang: null };
    const { rerender } = render(
      <CommunityResults view={{ state: 'ok', results: few, counted: false }} options={OPTIONS} ownOptionId="eu-niches" headingLevel={4} />,
    );
    expect(screen.getByText('Not enough answers yet (3 so far; results are shown from 10).')).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toEqual([]);
    expect(screen.getByText('Your own answer is not among these yet.')).toBeTruthy();

    rerender(<CommunityResults view={{ state: 'unreachable', pending: true }} options={OPTIONS} ownOptionId="eu-niches" headingLevel={4} />);
    expect(screen.getByText('The results server cannot be reached right now.')).toBeTruthy();
    expect(screen.getByText('Your answer is saved on this device and will be sent when the server can be reached.')).toBeTruthy();

    rerender(<CommunityResults view={{ state: 'off' }} options={OPTIONS} ownOptionId="eu-niches" headingLevel={4} />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('speaks the reader’s language', () => {
    setUiLanguage('fr');
    render(<CommunityResults view={{ state: 'ok', results: RESULTS, counted: true }} options={OPTIONS} ownOptionId="eu-niches" headingLevel={4} />);
    expect(screen.getByRole('region', { name: 'Résultats de la communauté' })).toBeTruthy();
    const mine = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('(votre réponse)'));
    expect(mine?.textContent).toContain('Seulement dans certaines niches');
    expect(mine?.textContent).toMatch(/20 · 35\s?%/);
    expect(mine?.querySelector('.cp-community__langs')?.textContent).toMatch(/français 48\s?%/);
  });
});

describe('community results in the inline poll and the panel', () => {
  const lifecycle = storeLifecycle();
  const poll = (): PollDef => {
    const { analysis, text } = openAiArticle();
    const found = buildPolls(analysis, OPENAI_URL, text)[0];
    if (!found) throw new Error('no poll');
    return found;
  };

  async function open(sharing: boolean, ask: (pollId: string) => Promise<unknown>) {
    await browser.storage.local.set({
      settings: {
        ...DEFAULT_SETTINGS,
        sharing: sharing
          ? { enabled: true, serverUrl: 'https://results.example.org', since: '2026-11-20T08:00:00.000Z' }
          : DEFAULT_SETTINGS.sharing,
      },
    });
    const answers = createAnswersStore();
    const settings = createSettingsStore();
    await Promise.all([answers.ready, settings.ready]);
    return lifecycle.track({ answers, settings, community: createCommunityStore(ask) });
  }

  it('after a vote, asks for the results, shows them and announces them in the poll’s live region', async () => {
    let release: (reply: CommunityReply) => void = () => undefined;
    const ask = vi.fn(
      () =>
        new Promise<unknown>((resolve) => {
          release = resolve;
        }),
    );
    const s = await open(true, ask);
    const p = poll();
    render(<InlinePollContainer poll={p} canonicalUrl={OPENAI_URL} title="OpenAI raises $40 billion" stores={s} />);
    expect(ask).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('radio', { name: 'Only in some niches' }));
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    await waitFor(() => expect(ask).toHaveBeenCalledWith('theme:europe-catch-up'));
    expect(await screen.findByText('Loading the community results…')).toBeTruthy();

    release({ state: 'ok', results: { ...RESULTS, total: 2, minCount: 2, options: [{ id: 'eu-niches', count: 2 }], byLang: [] }, counted: true });
    const region = await screen.findByRole('region', { name: 'Community results' });
    expect(within(region).getByText(/Answers counted: 2/)).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Community results. Answers counted: 2. Yes, with joint EU investment: 0 (0%); Yes, by specialising (open, efficient models): 0 (0%); ' +
          'Only in some niches: 2 (100%), your answer; No, the gap is too large: 0 (0%); Not sure: 0 (0%)',
      ),
    );
  });

  it('asks nothing and shows nothing while sharing is off', async () => {
    const ask = vi.fn(async () => ({ state: 'off' }));
    const s = await open(false, ask);
    render(<InlinePollContainer poll={poll()} canonicalUrl={OPENAI_URL} title="OpenAI raises $40 billion" stores={s} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Only in some niches' }));
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    await screen.findByText('Your answer: Only in some niches');
    expect(ask).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'Community results' })).toBeNull();
  });

  it('the panel lists the results of each answered poll under its question', () => {
    const { analysis } = openAiArticle();
    const polls = buildPolls(analysis, OPENAI_URL);
    const first = polls[0] as PollDef;
    const props: PanelProps = {
      analysis,
      found: true,
      polls,
      quiz: buildQuiz(analysis, { seed: OPENAI_URL }),
      answeredThemes: [],
      previousQuiz: null,
      highlights: true,
      side: 'right',
      error: null,
      community: [{ poll: first, ownOptionId: 'eu-joint-investment', view: { state: 'ok', results: RESULTS, counted: true } }],
      onToggleHighlights: vi.fn(),
      onShowFigure: vi.fn(),
      onShowQuestion: vi.fn(),
      onShowSource: vi.fn(),
      onQuizFinished: vi.fn(),
      onDismissError: vi.fn(),
      onClose: vi.fn(),
    };
    render(<Panel {...props} />);
    const section = screen.getByRole('region', { name: 'Community results' });
    const block = within(section).getByRole('region', { name: first.question });
    expect(within(block).getByText(/Answers counted: 57/)).toBeTruthy();
    expect(within(block).getAllByRole('listitem').filter((li) => li.textContent?.includes('(your answer)'))).toHaveLength(1);
  });
});
