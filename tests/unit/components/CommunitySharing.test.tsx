import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CommunitySharing, type SharingControls, type SharingOutcome } from '../../../components/CommunitySharing';
import { setUiLanguage } from '../../../components/i18n';
import { OptionsApp } from '../../../components/OptionsApp';
import { createAnswersStore } from '../../../state/answers-store';
import { createQuizStore } from '../../../state/quiz-store';
import { DEFAULT_SHARING, type SharingSettings } from '../../../state/settings';
import { createSettingsStore } from '../../../state/settings-store';

const ON: SharingSettings = { enabled: true, serverUrl: 'https://results.example.org', since: '2026-11-20T08:00:00.000Z' };

function controls(outcome: SharingOutcome = { status: 'connected', powBits: 16, minCount: 10, pending: 0 }) {
  return {
    enable: vi.fn(async (_url: string) => outcome),
    disable: vi.fn(async () => ({ withdrawn: 3, pending: 0 })),
    check: vi.fn(async () => ({ status: 'unreachable', pending: 2 }) as const),
  } satisfies SharingControls;
}

const switchOf = () => screen.getByRole('switch', { name: 'Share my answers anonymously' });
const address = () => screen.getByRole('textbox', { name: 'Results server address' }) as HTMLInputElement;

describe('CommunitySharing (options)', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('says in plain words what is sent, what is not, and that results are not a survey', () => {
    render(<CommunitySharing sharing={DEFAULT_SHARING} controls={controls()} />);
    expect(screen.getByText(/a pseudonym made for that poll only, the option you chose, and the article’s language\. Nothing else/)).toBeTruthy();
    expect(screen.getByText(/never sent, so the server cannot link your answers/)).toBeTruthy();
    expect(screen.getByText('Results only count readers who chose to share: they are not a representative survey.')).toBeTruthy();
    expect(screen.getByText('Turning sharing off withdraws the answers you shared from the server.')).toBeTruthy();
    expect(switchOf().getAttribute('aria-checked')).toBe('false');
  });

  it('checks the address before asking for anything', () => {
    const c = controls();
    render(<CommunitySharing sharing={DEFAULT_SHARING} controls={c} />);
    fireEvent.click(switchOf());
    expect(screen.getByText('Enter the address of a results server first.')).toBeTruthy();
    fireEvent.input(address(), { target: { value: 'http://results.example.org' } });
    fireEvent.click(switchOf());
    expect(screen.getByText(/Use https:\/\/\. Plain http:\/\/ is accepted only for a server on this computer/)).toBeTruthy();
    expect(address().getAttribute('aria-invalid')).toBe('true');
    expect(c.enable).not.toHaveBeenCalled();
  });

  it('turns sharing on from the click itself (the browser’s user gesture) and says "connected"', async () => {
    const c = controls();
    render(<CommunitySharing sharing={DEFAULT_SHARING} controls={c} />);
    fireEvent.input(address(), { target: { value: ' https://results.example.org/ ' } });
    fireEvent.click(switchOf());
    // Synchronously, inside the click handler.
    expect(c.enable).toHaveBeenCalledWith('https://results.example.org');
    expect(screen.getByRole('status').textContent).toBe('Checking the server…');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Connected: the results server answers.'));
  });

  it('says so when the permission is declined or the server refuses', async () => {
    const declined = controls({ status: 'declined' });
    const { unmount } = render(<CommunitySharing sharing={DEFAULT_SHARING} controls={declined} />);
    fireEvent.input(address(), { target: { value: 'https://results.example.org' } });
    fireEvent.click(switchOf());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sharing stays off: permission to contact this server was not given.'));
    unmount();

    render(<CommunitySharing sharing={DEFAULT_SHARING} controls={controls({ status: 'refused', reason: 'origin-not-allowed' })} />);
    fireEvent.input(address(), { target: { value: 'https://results.example.org' } });
    fireEvent.click(switchOf());
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Refused: this address is not a Contrepoint results server/));
  });

  it('while on: the address is fixed, the server can be checked, and turning off reports the withdrawal', async () => {
    const c = controls();
    render(<CommunitySharing sharing={ON} controls={c} />);
    expect(switchOf().getAttribute('aria-checked')).toBe('true');
    expect(address().readOnly).toBe(true);
    expect(screen.getByText(/To change the server, turn sharing off first/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Check the server' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Unreachable: the server does not answer. Your answers wait on this device and are sent once it can be reached. Waiting to be sent: 2.',
      ),
    );

    fireEvent.click(switchOf());
    expect(c.disable).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sharing is off. Answers withdrawn from the server: 3.'));
  });

  it('does not claim a count it does not have when the background cannot answer', async () => {
    const c = { ...controls(), disable: vi.fn(async () => null) };
    render(<CommunitySharing sharing={ON} controls={c} />);
    fireEvent.click(switchOf());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Sharing is off. Your shared answers are withdrawn from the server as soon as it can be reached.'),
    );
  });

  it('tells the reader when withdrawals still wait for the server', async () => {
    const c = { ...controls(), disable: vi.fn(async () => ({ withdrawn: 0, pending: 2 })) };
    render(<CommunitySharing sharing={ON} controls={c} />);
    fireEvent.click(switchOf());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sharing is off. Still to withdraw once the server can be reached: 2.'));
  });
});

describe('OptionsApp with sharing', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('has a "Community results" section when the page can share, none otherwise', async () => {
    const stores = { answers: createAnswersStore(), settings: createSettingsStore(), quiz: createQuizStore() };
    await Promise.all([stores.answers.ready, stores.settings.ready, stores.quiz.ready]);
    const { unmount } = render(<OptionsApp stores={stores} builtInSites={[]} sharing={controls()} />);
    expect(screen.getByRole('region', { name: 'Community results' })).toBeTruthy();
    unmount();
    render(<OptionsApp stores={stores} builtInSites={[]} />);
    expect(screen.queryByRole('region', { name: 'Community results' })).toBeNull();
    stores.answers.dispose();
    stores.settings.dispose();
    stores.quiz.dispose();
  });
});
