import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerHistory, type AnswerHistoryProps } from '../../../components/AnswerHistory';
import { setUiLanguage } from '../../../components/i18n';
import type { AnswerRecord } from '../../../state/answer-record';
import { electricityRecord, europeRecord, MISTRAL, withdrawnRecord } from './fixtures/answer-records';

function renderHistory(answers: AnswerRecord[], overrides: Partial<AnswerHistoryProps> = {}) {
  const props: AnswerHistoryProps = {
    answers,
    onChange: vi.fn(async () => true),
    onWithdraw: vi.fn(async () => true),
    onForget: vi.fn(async () => true),
    onAnnounce: vi.fn(),
    ...overrides,
  };
  render(<AnswerHistory {...props} />);
  return props;
}

function rowOf(question: RegExp): HTMLElement {
  return screen.getByRole('row', { name: question });
}

describe('AnswerHistory', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('says so when nothing was answered yet (no empty table)', () => {
    renderHistory([]);
    expect(screen.getByText('You have not answered any poll yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is a table named by its caption, with column headers, most recent answer first', () => {
    renderHistory([electricityRecord(), withdrawnRecord(), europeRecord()]);
    const table = screen.getByRole('table', { name: 'Your poll answers, most recent first' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Question',
      'Your answer',
      'Last change',
      'History',
      'Actions',
    ]);
    const rowHeaders = within(table).getAllByRole('rowheader').map((th) => th.querySelector('span')?.textContent);
    expect(rowHeaders).toEqual([
      'L’Europe peut-elle encore rattraper son retard ?',
      'Who will pay for the electricity these data centres need?',
      'Some investors fear that the valuations have run far ahead of revenue.',
    ]);
  });

  it('shows each answer with its theme, its article (a safe new-tab link), date and history', () => {
    renderHistory([europeRecord()]);
    const row = rowOf(/L’Europe peut-elle encore/);
    // The question keeps the article's language for screen readers.
    expect(within(row).getByText('L’Europe peut-elle encore rattraper son retard ?').getAttribute('lang')).toBe('fr');
    expect(within(row).getByText('Can Europe catch up?')).toBeTruthy();
    const link = within(row).getByRole('link', { name: 'Mistral AI lève 1,7 milliard d’euros' });
    expect(link.getAttribute('href')).toBe(MISTRAL.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(within(row).getByText('Only in some niches', { selector: 'td' })).toBeTruthy();
    expect(within(row).getByText('Sep 10, 2025', { selector: 'td' })).toBeTruthy();
    const details = row.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(within(row).getByText('Changes: 2'));
    expect(details.open).toBe(true);
    expect(within(details).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Sep 9, 2025: No, the gap is too large',
      'Sep 10, 2025: Only in some niches',
    ]);
  });

  it('changes an answer to the option picked in the labelled select, then announces it', async () => {
    const props = renderHistory([europeRecord()]);
    const row = rowOf(/L’Europe peut-elle encore/);
    const select = within(row).getByRole('combobox', { name: 'New answer for: L’Europe peut-elle encore rattraper son retard ?' }) as HTMLSelectElement;
    // Starts on the current answer, and offers the theme poll's own options.
    expect(select.value).toBe('eu-niches');
    const offered = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(offered).toEqual(expect.arrayContaining(['Yes, with joint EU investment', 'No, the gap is too large', 'Only in some niches']));
    fireEvent.change(select, { target: { value: 'eu-joint-investment' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    expect(props.onChange).toHaveBeenCalledWith('theme:europe-catch-up', 'eu-joint-investment');
    await waitFor(() => expect(props.onAnnounce).toHaveBeenCalledWith('Your answer was saved: Yes, with joint EU investment.'));
  });

  it('offers the scale an article question was answered on', () => {
    renderHistory([electricityRecord()]);
    const select = screen.getByRole('combobox', { name: /New answer for: Who will pay/ }) as HTMLSelectElement;
    expect(select.value).toBe('matters-a-lot');
    expect(within(select).getByRole('option', { name: 'It hardly matters to me' })).toBeTruthy();
    expect(within(select).queryByRole('option', { name: 'Only in some niches' })).toBeNull();
  });

  it('announces nothing when the store refused the change', async () => {
    const props = renderHistory([europeRecord()], { onChange: vi.fn(async () => false) });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(props.onChange).toHaveBeenCalledTimes(1));
    // A whole task later, every continuation of the click handler has run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(props.onAnnounce).not.toHaveBeenCalled();
  });

  it('withdraws an answer, and cannot withdraw one already withdrawn', async () => {
    const record = europeRecord();
    const props = renderHistory([record, withdrawnRecord()]);
    const withdrawn = rowOf(/Some investors fear/);
    expect(within(withdrawn).getByText('withdrawn', { selector: 'em' })).toBeTruthy();
    expect((within(withdrawn).getByRole('button', { name: 'Withdraw my answer' }) as HTMLButtonElement).disabled).toBe(true);
    // Nothing to preselect: the select falls back to the poll's first option.
    expect((within(withdrawn).getByRole('combobox') as HTMLSelectElement).selectedIndex).toBe(0);

    fireEvent.click(within(rowOf(/L’Europe peut-elle encore/)).getByRole('button', { name: 'Withdraw my answer' }));
    expect(props.onWithdraw).toHaveBeenCalledWith(record);
    await waitFor(() => expect(props.onAnnounce).toHaveBeenCalledWith('Your answer was withdrawn.'));
  });

  it('deletes only after a confirmation, which can be cancelled', async () => {
    const props = renderHistory([electricityRecord()]);
    const row = rowOf(/Who will pay/);
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    expect(props.onForget).not.toHaveBeenCalled();
    fireEvent.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(within(row).queryByRole('button', { name: 'Really delete' })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Really delete' }));
    expect(props.onForget).toHaveBeenCalledWith('q:0123456789abcdef');
    await waitFor(() => expect(props.onAnnounce).toHaveBeenCalledWith('The answer and its history were deleted.'));
  });

  it('cuts very long questions, and falls back to the poll id and URL when text is missing', () => {
    const long = `Should ${'public money keep following private rounds into ever larger data centres and '.repeat(4)}who checks?`;
    renderHistory([
      { ...electricityRecord(), question: long },
      { ...europeRecord(), question: '', title: '', pollId: 'theme:europe-catch-up' },
    ]);
    const shown = screen.getAllByRole('rowheader').map((th) => th.querySelector('span')?.textContent ?? '');
    expect(shown[0]).toBe('theme:europe-catch-up');
    expect(shown[1]?.length).toBeLessThanOrEqual(161);
    expect(shown[1]?.endsWith('…')).toBe(true);
    expect(screen.getByRole('link', { name: MISTRAL.url })).toBeTruthy();
  });

  it('speaks French: caption, labels, dates and announcements', async () => {
    setUiLanguage('fr');
    const props = renderHistory([europeRecord(), withdrawnRecord()]);
    expect(screen.getByRole('table', { name: 'Vos réponses aux sondages, les plus récentes d’abord' })).toBeTruthy();
    const row = rowOf(/L’Europe peut-elle encore/);
    expect(within(row).getByText('Seulement dans certaines niches', { selector: 'td' })).toBeTruthy();
    expect(within(row).getByText('10 sept. 2025', { selector: 'td' })).toBeTruthy();
    expect(within(row).getByText('Modifications : 2')).toBeTruthy();
    expect(within(rowOf(/Some investors fear/)).getByText('retirée', { selector: 'em' })).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(props.onAnnounce).toHaveBeenCalledWith('Votre réponse est enregistrée : Seulement dans certaines niches.'));
  });
});
