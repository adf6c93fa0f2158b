import { analyzeArticle } from '../core/analyze-article';
import { articleFromInput } from './lib/article-from-input';
import { analysisRecord } from './lib/analysis-record';
import { formatSummary } from './lib/format-summary';
import { readInput } from './lib/read-input';

// `npm run analyze -- [--json] FILE...` — runs the article analysis on files, the way the extension
// runs it on pages (DESIGN.md, contract 1). Exit status: 0 all inputs analysed, 1 some input could
// not be read or analysed (each named on stderr, the others still processed), 2 usage error.

const USAGE = `Usage: npm run --silent analyze -- [--json] FILE...

Analyses news articles for AI-funding facts: figures, investors, open questions.

  FILE        .html/.htm: a saved web page, read like the extension reads it
              .txt: plain text; the first non-empty line is the title (not part of
                    the analysed text; a single-line file is both title and text)
              -   : standard input (HTML if it starts with "<", else plain text)
  --json      one JSON object per input per line (offsets refer to the analysed
              text; for .txt inputs, add "textOffset" to get offsets in the file)
  -h, --help  this help

Exit status: 0 all inputs analysed, 1 an input failed (reason on stderr), 2 usage error.`;

interface Options {
  json: boolean;
  files: string[];
}

type Parsed = { ok: true; options: Options } | { ok: false; message: string } | { ok: 'help' };

function parseArgs(args: string[]): Parsed {
  const files: string[] = [];
  let json = false;
  let onlyFiles = false;
  for (const arg of args) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { ok: 'help' };
    else return { ok: false, message: `unknown option ${arg}` };
  }
  if (files.length === 0) return { ok: false, message: 'no input file given' };
  return { ok: true, options: { json, files } };
}

function fail(file: string, reason: string): void {
  process.stderr.write(`analyze: ${file}: ${reason}\n`);
}

async function analyzeOne(file: string, json: boolean): Promise<boolean> {
  const input = await readInput(file);
  if (!input.ok) {
    fail(file, input.reason);
    return false;
  }
  try {
    const article = articleFromInput(input.kind, input.content);
    if (!article.ok) {
      fail(file, article.reason);
      return false;
    }
    const { source } = article;
    const analysis = analyzeArticle({ text: source.text, title: source.title, hints: source.hints });
    const record = analysisRecord(file, source, analysis);
    process.stdout.write(json ? `${JSON.stringify(record)}\n` : `${formatSummary(record)}\n\n`);
    return true;
  } catch (error) {
    // One bad input must not stop the others, and a reader gets a reason, not a stack trace.
    fail(file, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.ok === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!parsed.ok) {
    process.stderr.write(`analyze: ${parsed.message}\n${USAGE}\n`);
    return 2;
  }
  let failures = 0;
  for (const file of parsed.options.files) {
    if (!(await analyzeOne(file, parsed.options.json))) failures++;
  }
  return failures === 0 ? 0 : 1;
}

// `analyze … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`analyze: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
