import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../page/read-article';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { repoRoot, requireSharedDir } from '../../shared-dir';

// `scripts/analyze.ts` run as a real subprocess, the way `npm run analyze` runs it.

const TSX = join(repoRoot, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(repoRoot, 'scripts', 'analyze.ts');
/** Each run starts a Node process that compiles TypeScript: allow for a slow CI machine. */
const RUN_TIMEOUT_MS = 60_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function analyze(args: string[], stdin?: string | Buffer): Run {
  const result = spawnSync(TSX, [SCRIPT, ...args], {
    cwd: repoRoot,
    input: stdin ?? '',
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const CONTRACT_FIELDS = [
  'file',
  'lang',
  'title',
  'isAiFunding',
  'score',
  'kind',
  'company',
  'amount',
  'valuation',
  'investors',
  'leadInvestor',
  'round',
  'figures',
  'questions',
  'themes',
];

function expectContractShape(record: Record<string, unknown>): void {
  for (const field of CONTRACT_FIELDS) expect(record, field).toHaveProperty(field);
  expect(typeof record.lang).toBe('string');
  expect(typeof record.title).toBe('string');
  expect(typeof record.isAiFunding).toBe('boolean');
  expect(record.score).toBeGreaterThanOrEqual(0);
  expect(record.score).toBeLessThanOrEqual(1);
  expect([null, 'round', 'public-investment', 'acquisition']).toContain(record.kind);
  for (const list of ['investors', 'figures', 'questions', 'themes']) expect(Array.isArray(record[list]), list).toBe(true);
}

const ARTICLE_TXT = [
  '',
  'Mistral AI lève 600 millions d’euros',
  'La start-up parisienne Mistral AI a annoncé mardi une levée de fonds de 600 millions d’euros, menée par le fonds américain General Catalyst.',
  'L’Europe peut-elle encore rattraper son retard face aux laboratoires américains ?',
  '',
].join('\n');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'contrepoint-cli-'));
  writeFileSync(join(dir, 'article.txt'), ARTICLE_TXT);
  writeFileSync(join(dir, 'one-line.txt'), 'OpenAI raised $40 billion led by SoftBank.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  writeFileSync(join(dir, 'nothing.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Each test starts one or two Node processes (≈0.7 s each here): allow for a slow machine.
describe('npm run analyze', { timeout: 120_000 }, () => {
  it('prints one JSON object per .txt input; the first line is the title, not part of the analysed text', () => {
    const run = analyze(['--json', join(dir, 'article.txt')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [record, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    if (record === undefined) throw new Error('no output');
    expectContractShape(record);
    expect(record.file).toBe(join(dir, 'article.txt'));
    expect(record.title).toBe('Mistral AI lève 600 millions d’euros');
    const offset = record.textOffset as number;
    const body = ARTICLE_TXT.slice(offset);
    expect(body.startsWith('La start-up parisienne')).toBe(true);
    expect(record.textLength).toBe(body.length);
    // Every span the analysis reports is a slice of the text it was given ("600 millions d’euros" and
    // the question about Europe are in it).
    const spans = [
      ...(record.figures as { text: string; start: number; end: number }[]),
      ...(record.questions as { text: string; start: number; end: number }[]),
    ];
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(body.slice(span.start, span.end)).toBe(span.text);
  });

  it('analyses a one-line file as both title and text', () => {
    const record = jsonLines(analyze(['--json', join(dir, 'one-line.txt')]).stdout)[0];
    expect(record?.title).toBe('OpenAI raised $40 billion led by SoftBank.');
    expect(record?.textLength).toBe('OpenAI raised $40 billion led by SoftBank.'.length);
    expect(record?.textOffset).toBe(0);
  });

  it('reads an .html page through the article reader; offsets refer to the text it built', () => {
    const page = join(requireSharedDir(), 'pages', 'readability--nytimes-2.html');
    const run = analyze(['--json', page]);
    expect(run.status).toBe(0);
    const record = jsonLines(run.stdout)[0];
    if (record === undefined) throw new Error('no output');
    expectContractShape(record);
    expect(record.title).toBe('Yahoo’s Sale to Verizon Leaves Shareholders With Little Say');
    expect(record.canonicalUrl).toBe(
      'https://www.nytimes.com/2016/07/30/business/dealbook/yahoos-sale-to-verizon-leaves-shareholders-with-little-say.html',
    );
    expect(record.declaredLangs).toEqual(['en', 'en-US']);
    expect(record.textOffset).toBeNull();
    const article = readArticle(parseHtml(readFileSync(page, 'utf8')));
    expect(record.textLength).toBe(article?.text.length);
    // The article opens with "Yahoo's $4.8 billion sale to Verizon": money the analysis must report.
    const figures = record.figures as { text: string; start: number; end: number }[];
    expect(figures.length).toBeGreaterThan(0);
    const spans = [...figures, ...(record.questions as { text: string; start: number; end: number }[])];
    for (const span of spans) expect(article?.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('reads plain text and HTML from standard input with "-"', () => {
    const text = jsonLines(analyze(['--json', '-'], ARTICLE_TXT).stdout)[0];
    expect(text?.file).toBe('-');
    expect(text?.title).toBe('Mistral AI lève 600 millions d’euros');
    const html = readFileSync(join(requireSharedDir(), 'pages', 'readability--heise.html'));
    const page = jsonLines(analyze(['--json', '-'], html).stdout)[0];
    expect(page?.title).toBe('1Password für Mac generiert Einmal-Passwörter');
    expect(page?.declaredLangs).toEqual(['de', 'de_DE']);
  });

  it('names each unreadable input on stderr in one line, exits non-zero, and still processes the others', () => {
    const inputs = ['missing.txt', 'empty.txt', 'blank.txt', 'image.txt', 'nothing.html', 'article.txt'].map((f) => join(dir, f));
    const run = analyze(['--json', ...inputs, dir]);
    expect(run.status).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(6);
    expect(errors[0]).toBe(`analyze: ${join(dir, 'missing.txt')}: no such file`);
    expect(errors[1]).toMatch(/empty\.txt: empty input$/);
    expect(errors[2]).toMatch(/blank\.txt: empty input/);
    expect(errors[3]).toMatch(/image\.txt: binary data/);
    expect(errors[4]).toMatch(/nothing\.html: no article text found/);
    expect(errors[5]).toBe(`analyze: ${dir}: is a directory`);
    // No stack trace, ever.
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.file)).toEqual([join(dir, 'article.txt')]);
  });

  it('prints a readable summary without --json', () => {
    const run = analyze([join(dir, 'article.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`== ${join(dir, 'article.txt')}`);
    expect(run.stdout).toMatch(/^title: +Mistral AI lève 600 millions d’euros$/m);
    expect(run.stdout).toMatch(/^verdict: +(AI funding|not AI funding)/m);
    expect(run.stdout).toMatch(/^figures \(\d+\):$/m);
    expect(run.stdout).toMatch(/^questions \(\d+\):$/m);
    expect(() => JSON.parse(run.stdout)).toThrow();
  });

  it('prints usage for --help, and rejects unknown options and a missing file list', () => {
    const help = analyze(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run --silent analyze -- [--json] FILE...');
    const unknown = analyze(['--jsn', 'x.txt']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('analyze: unknown option --jsn');
    const none = analyze(['--json']);
    expect(none.status).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe('analyze: no input file given');
  });
});
