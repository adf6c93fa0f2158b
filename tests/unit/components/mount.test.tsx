import { fireEvent, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountInlinePoll, mountOptions, mountPanel, mountPopup } from '../../../components/mount';
import { buildPolls } from '../../../core/build-polls';
import { disposeStores, getAnswersStore } from '../../../state/stores';
import { OPENAI_URL, openAiArticle } from './fixtures/articles';


function pollAt<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

const TITLE = 'OpenAI raises $40 billion as SoftBank leads record round';

/** A container inside a closed shadow root, as the wiring gives it. */
function shadowContainer(tag: string): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement(tag);
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  root.append(container);
  return { host, container };
}

function lightContainer(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

// axe cannot enter a closed shadow root: accessibility is checked on a second copy in the light DOM.
async function axeViolations(node: HTMLElement): Promise<string[]> {
  // Colour contrast needs real layout and canvas, which happy-dom lacks; the colours are checked by eye.
  const result = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('mount API', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    disposeStores();
    document.body.replaceChildren();
  });

  it('mounts the panel in a shadow root and unmounts it', async () => {
    const { analysis, text } = openAiArticle();
    const { container } = shadowContainer('contrepoint-panel');
    const onClose = vi.fn();
    const unmount = mountPanel(container, {
      analysis,
      found: true,
      canonicalUrl: OPENAI_URL,
      title: TITLE,
      text,
      onShowFigure: vi.fn(),
      onShowQuestion: vi.fn(),
      onShowSource: vi.fn(),
      onClose,
    });
    const panel = within(container).getByRole('complementary');
    expect(panel.getAttribute('aria-label')).toMatch(/^Contrepoint/);
    // The first frame holds what is in view when the panel opens; the sections under it follow.
    expect(within(container).getByRole('region', { name: 'Key figures' })).toBeTruthy();
    expect(within(container).getByRole('region', { name: 'Open questions' })).toBeTruthy();
    expect(within(container).queryByRole('region', { name: 'Quiz on the figures' })).toBeNull();
    expect(await within(container).findByRole('region', { name: 'Quiz on the figures' })).toBeTruthy();
    expect(within(container).getByRole('region', { name: 'In context' })).toBeTruthy();
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
    unmount();
    expect(container.childElementCount).toBe(0);

    const copy = lightContainer();
    mountPanel(copy, {
      analysis,
      found: true,
      canonicalUrl: OPENAI_URL,
      title: TITLE,
      text,
      onShowFigure: vi.fn(),
      onShowQuestion: vi.fn(),
      onShowSource: vi.fn(),
      onClose,
    });
    // The whole panel, not only its first frame.
    await within(copy).findByRole('region', { name: 'Quiz on the figures' });
    expect(await axeViolations(copy)).toEqual([]);
  });

  it('mounts inline polls that share answers with each other and the panel', async () => {
    const { analysis, text } = openAiArticle();
    const polls = buildPolls(analysis, OPENAI_URL, text);
    const first = shadowContainer('contrepoint-poll');
    const second = shadowContainer('contrepoint-poll');
    const unmountFirst = mountInlinePoll(first.container, { poll: pollAt(polls, 0), canonicalUrl: OPENAI_URL, title: TITLE });
    mountInlinePoll(second.container, { poll: pollAt(polls, 5), canonicalUrl: OPENAI_URL, title: TITLE });
    const copy = lightContainer();
    mountInlinePoll(copy, { poll: pollAt(polls, 0), canonicalUrl: OPENAI_URL, title: TITLE });
    expect(await axeViolations(copy)).toEqual([]);

    const poll = within(first.container);
    fireEvent.click(poll.getByRole('radio', { name: 'Only in some niches' }));
    fireEvent.click(poll.getByRole('button', { name: 'Answer' }));
    await poll.findByText('Your answer: Only in some niches');
    expect(getAnswersStore().store.getState().answers[pollAt(polls, 0).id]?.optionId).toBe('eu-niches');
    // The light-DOM copy shares the store: it now shows the voted state, checked again.
    await within(copy).findByText('Your answer: Only in some niches');
    expect(await axeViolations(copy)).toEqual([]);

    unmountFirst();
    expect(first.container.childElementCount).toBe(0);
    expect(within(second.container).getByRole('radiogroup', { name: 'Can Europe catch up at all?' })).toBeTruthy();
  });

  it('mounts the popup and re-renders it in place with new props', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const onAnalyse = vi.fn();
    mountPopup(container, { status: { state: 'not-analysed', summary: null }, onAnalyse, site: null });
    expect(within(container).getByRole('status').textContent).toBe('This page has not been analysed.');
    mountPopup(container, { status: { state: 'not-found', summary: null }, onAnalyse, site: null });
    expect(container.querySelectorAll('main')).toHaveLength(1);
    expect(within(container).getByRole('status').textContent).toMatch(/does not look like/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('mounts the options page and reads the stored answers', async () => {
    const { analysis, text } = openAiArticle();
    const polls = buildPolls(analysis, OPENAI_URL, text);
    await getAnswersStore().ready;
    await getAnswersStore().store.getState().vote(pollAt(polls, 1), 'conc-watch', { url: OPENAI_URL, title: TITLE });
    const container = document.createElement('div');
    document.body.append(container);
    const unmount = mountOptions(container, { builtInSites: ['www.lemonde.fr'] });
    await waitFor(() => expect(within(container).getByText('It needs watching, but no action yet', { selector: 'td' })).toBeTruthy());
    expect(await axeViolations(container)).toEqual([]);
    unmount();
  });
});
