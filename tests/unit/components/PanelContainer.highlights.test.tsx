import { cleanup, fireEvent, render, screen, } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelContainer, type PanelContainerProps, } from '../../../components/PanelContainer';
import { type AnswersStore, createAnswersStore } from '../../../state/answers-store';
import type { CommunityStore, } from '../../../state/community-store';
import { createQuizStore, type QuizStore } from '../../../state/quiz-store';
import { createSettingsStore, type SettingsStore } from '../../../state/settings-store';
import { OPENAI_URL, openAiArticle } from './fixtures/articles';

const TITLE = 'OpenAI raises $40 billion as SoftBank leads record round';

type Stores = { answers: AnswersStore; settings: SettingsStore; quiz: QuizStore; community?: CommunityStore };
let stores: Stores | null = null;

async function openStores(community?: CommunityStore): Promise<Stores> {
  const made: Stores = { answers: createAnswersStore(), settings: createSettingsStore(), quiz: createQuizStore(), community };
  await Promise.all([made.answers.ready, made.settings.ready, made.quiz.ready]);
  stores = made;
  return made;
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


describe('PanelContainer highlights switch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(() => {
    cleanup();
    stores?.answers.dispose();
    stores?.settings.dispose();
    stores?.quiz.dispose();
    stores = null;
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
});
