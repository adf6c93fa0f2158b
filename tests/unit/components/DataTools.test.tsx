import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTools, type DataToolsProps } from '../../../components/DataTools';
import { setUiLanguage } from '../../../components/i18n';
import { ANSWER_VERSION, type AnswerRecord } from '../../../state/answer-record';
import { EXPORT_FORMAT, parseAnswersImport } from '../../../state/answer-export';
import { electricityRecord, europeRecord, withdrawnRecord } from './fixtures/answer-records';

const NOW = new Date('2025-10-03T09:30:00.000Z');

function renderTools(answers: AnswerRecord[], overrides: Partial<DataToolsProps> = {}) {
  const props: DataToolsProps = {
    answers,
    download: vi.fn(),
    onImport: vi.fn(async (records: AnswerRecord[]) => ({ added: records.length, updated: 0 })),
    onEraseAll: vi.fn(async () => true),
    onAnnounce: vi.fn(),
    now: () => NOW,
    ...overrides,
  };
  render(<DataTools {...props} />);
  return props;
}

function fileInput(name: RegExp | string = 'Import answers (a JSON file exported by Contrepoint)'): HTMLInputElement {
  return screen.getByLabelText(name) as HTMLInputElement;
}

function chooseFile(input: HTMLInputElement, content: string) {
  const file = new File([content], 'contrepoint-answers.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const exportFile = (answers: unknown[]): string =>
  JSON.stringify({ format: EXPORT_FORMAT, version: ANSWER_VERSION, exportedAt: NOW.toISOString(), answers });

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DataTools', () => {
  afterEach(() => {
    cleanup();
    setUiLanguage('auto');
  });

  it('cannot export when there is nothing to export', () => {
    renderTools([]);
    expect((screen.getByRole('button', { name: 'Export (JSON)' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Export (CSV)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('exports JSON that reads back to the same answers, named by the date, and announces it', () => {
    const answers = [europeRecord(), electricityRecord()];
    const props = renderTools(answers);
    fireEvent.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    expect(props.download).toHaveBeenCalledTimes(1);
    const [name, content, type] = vi.mocked(props.download).mock.calls[0] as [string, string, string];
    expect(name).toBe('contrepoint-answers-2025-10-03.json');
    expect(type).toBe('application/json');
    const parsed = parseAnswersImport(content);
    expect(parsed).toEqual({ ok: true, records: answers, skipped: 0 });
    expect(props.onAnnounce).toHaveBeenCalledWith('Your export is ready.');
  });

  it('exports CSV with one row per change and the option names in the reader’s language', () => {
    setUiLanguage('fr');
    const props = renderTools([europeRecord(), withdrawnRecord()]);
    fireEvent.click(screen.getByRole('button', { name: 'Exporter (CSV)' }));
    const [name, content, type] = vi.mocked(props.download).mock.calls[0] as [string, string, string];
    expect(name).toBe('contrepoint-answers-2025-10-03.csv');
    expect(type).toBe('text/csv;charset=utf-8');
    const lines = content.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 2 + 2);
    expect(lines[0]?.startsWith('poll_id,')).toBe(true);
    expect(content).toContain('Seulement dans certaines niches');
    expect(content).toContain('Non, l’écart est trop grand');
    expect(content).not.toContain('Only in some niches');
    expect(props.onAnnounce).toHaveBeenCalledWith('Votre export est prêt.');
  });

  it('imports a file, skips its broken entries, and announces the counts', async () => {
    const onImport = vi.fn(async () => ({ added: 1, updated: 1 }));
    const props = renderTools([], { onImport });
    const input = fileInput();
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
    chooseFile(input, exportFile([europeRecord(), electricityRecord(), { pollId: 'theme:bubble', note: 'cut short' }]));
    await waitFor(() => expect(onImport).toHaveBeenCalledWith([europeRecord(), electricityRecord()]));
    await waitFor(() => expect(props.onAnnounce).toHaveBeenCalledWith('Import done: 1 new, 1 updated, 1 skipped.'));
    // Cleared, so that choosing the same file again fires a change.
    expect(input.value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a file that is not JSON with an alert tied to the input, and clears it on the next good file', async () => {
    const props = renderTools([]);
    chooseFile(fileInput(), 'poll,answer\ntheme:bubble,bub-partly\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This file is not JSON. Choose a file exported by Contrepoint.');
    expect(fileInput().getAttribute('aria-describedby')).toBe(alert.id);
    expect(props.onImport).not.toHaveBeenCalled();

    chooseFile(fileInput(), exportFile([electricityRecord()]));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(fileInput().hasAttribute('aria-describedby')).toBe(false);
    expect(props.onImport).toHaveBeenCalledTimes(1);
  });

  it('tells a foreign JSON file, an empty export and a newer export apart', async () => {
    renderTools([]);
    chooseFile(fileInput(), JSON.stringify({ answers: [electricityRecord()] }));
    expect((await screen.findByRole('alert')).textContent).toBe('This file is not a Contrepoint export, so nothing was imported.');
    chooseFile(fileInput(), exportFile([]));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('This file holds no answers.'));
    chooseFile(fileInput(), JSON.stringify({ format: EXPORT_FORMAT, version: ANSWER_VERSION + 1, answers: [] }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^This file comes from a newer version/));
  });

  it('announces nothing when the store did not take the import', async () => {
    const props = renderTools([], { onImport: vi.fn(async () => null) });
    chooseFile(fileInput(), exportFile([electricityRecord()]));
    await waitFor(() => expect(props.onImport).toHaveBeenCalledTimes(1));
    await settle();
    expect(props.onAnnounce).not.toHaveBeenCalled();
  });

  it('erases everything only after a confirmation group, which can be cancelled', async () => {
    const props = renderTools([europeRecord()]);
    fireEvent.click(screen.getByRole('button', { name: 'Erase all my answers and quiz scores…' }));
    const group = screen.getByRole('group', { name: /^Erase all your answers, their history and your quiz scores\?/ });
    fireEvent.click(within(group).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(props.onEraseAll).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Erase all my answers and quiz scores…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    expect(props.onEraseAll).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(props.onAnnounce).toHaveBeenCalledWith('All your answers and quiz scores were erased.'));
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('announces nothing when erasing failed', async () => {
    const props = renderTools([europeRecord()], { onEraseAll: vi.fn(async () => false) });
    fireEvent.click(screen.getByRole('button', { name: 'Erase all my answers and quiz scores…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    await settle();
    expect(props.onEraseAll).toHaveBeenCalledTimes(1);
    expect(props.onAnnounce).not.toHaveBeenCalled();
  });

  it('speaks German in its labels, alerts and confirmation', async () => {
    setUiLanguage('de');
    renderTools([]);
    chooseFile(fileInput('Antworten importieren (von Contrepoint exportierte JSON-Datei)'), '{not json');
    expect((await screen.findByRole('alert')).textContent).toBe('Diese Datei ist kein JSON. Wählen Sie eine von Contrepoint exportierte Datei.');
    fireEvent.click(screen.getByRole('button', { name: 'Alle meine Antworten und Ergebnisse löschen…' }));
    expect(screen.getByRole('button', { name: 'Ja, alles löschen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeTruthy();
  });
});
