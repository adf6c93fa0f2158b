import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../../state/answer-record';
import { exportAnswersCsv, exportAnswersJson, parseAnswersImport } from '../../../state/answer-export';

const record: AnswerRecord = {
  pollId: 'q:0a1b2c3d4e5f6789',
  kind: 'article',
  themeId: null,
  optionId: 'no',
  question: '=Qui paiera, "vraiment", la facture ?',
  quote: { exact: 'Qui paiera la facture ?', prefix: 'des centres de données. ', suffix: ' Le débat reste ouvert' },
  url: 'https://presse.example.fr/eco/ia',
  title: 'L’IA, à quel prix ?',
  lang: 'fr',
  answeredAt: '2025-03-02T10:00:00.000Z',
  history: [
    { optionId: 'yes', at: '2025-03-01T10:00:00.000Z', url: 'https://presse.example.fr/eco/ia', title: 'L’IA, à quel prix ?' },
    { optionId: 'no', at: '2025-03-02T10:00:00.000Z', url: 'https://presse.example.fr/eco/ia', title: 'L’IA, à quel prix ?' },
  ],
};

describe('answer export and import', () => {
  it('round-trips answers through the JSON export', () => {
    const parsed = parseAnswersImport(exportAnswersJson([record], new Date('2025-03-03T00:00:00Z')));
    expect(parsed).toEqual({ ok: true, records: [record], skipped: 0 });
  });

  it('writes one CSV row per change, quoting commas and quotes and defusing formulas', () => {
    const csv = exportAnswersCsv([record], (id) => (id === 'yes' ? 'Oui' : 'Non'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('poll_id,kind,theme,question,option_id,option,changed_at,current,url,title,lang');
    expect(lines[1]).toContain(`"'=Qui paiera, ""vraiment"", la facture ?"`);
    expect(lines[1]).toContain(',yes,Oui,2025-03-01T10:00:00.000Z,no,');
    expect(lines[2]).toContain(',no,Non,2025-03-02T10:00:00.000Z,yes,');
  });

  it('refuses files that are not an export, with a reason', () => {
    expect(parseAnswersImport('not json at all')).toEqual({ ok: false, errorKey: 'importErrorNotJson' });
    expect(parseAnswersImport('{"answers": []}')).toEqual({ ok: false, errorKey: 'importErrorFormat' });
    expect(parseAnswersImport('{"format":"contrepoint-answers","version":2,"answers":[]}')).toEqual({
      ok: false,
      errorKey: 'importErrorEmpty',
    });
    expect(parseAnswersImport('{"format":"contrepoint-answers","version":99,"answers":[{}]}')).toEqual({
      ok: false,
      errorKey: 'importErrorNewer',
    });
  });

  it('skips invalid entries and migrates a version 1 export', () => {
    const mixed = JSON.stringify({
      format: 'contrepoint-answers',
      version: 2,
      exportedAt: '2025-03-03T00:00:00Z',
      answers: [record, { ...record, answeredAt: 'yesterday' }, { pollId: 'x' }],
    });
    const parsed = parseAnswersImport(mixed);
    expect(parsed.ok && parsed.records.length).toBe(1);
    expect(parsed.ok && parsed.skipped).toBe(2);

    const v1 = JSON.stringify({
      format: 'contrepoint-answers',
      version: 1,
      answers: [{ pollId: 'theme:jobs', optionId: 'jobs-transform', answeredAt: 1735689600000, url: 'https://a.example/x' }],
    });
    const migrated = parseAnswersImport(v1);
    expect(migrated.ok && migrated.records[0]).toMatchObject({ kind: 'theme', themeId: 'jobs', optionId: 'jobs-transform' });
  });
});
