// Mozilla's add-on linter on the Firefox build: no errors, and no warning from the project's own code.
// Preact's renderer has one `innerHTML` assignment (its dangerouslySetInnerHTML path, which this project
// never uses — tests/unit/conventions.test.ts forbids it); the linter flags it wherever Preact is bundled.
// Each warning is attributed by reading the flagged spot of the bundle, so anything else still fails.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv2';
interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

let raw: string;
try {
  raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
} catch (e) {
  // web-ext exits non-zero when there are errors; its JSON is still on stdout.
  raw = String((e as { stdout?: string }).stdout ?? '');
}
const report = JSON.parse(raw.slice(raw.indexOf('{'))) as Report;

function isPreactInnerHtml(w: Message): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !w.line) return false;
  const lines = readFileSync(join(dir, w.file), 'utf8').split('\n');
  const line = lines[w.line - 1] ?? '';
  const at = w.column ?? 0;
  const around = line.slice(Math.max(0, at - 400), at + 400);
  return around.includes('dangerouslySetInnerHTML') && around.includes('__html');
}

const own = report.warnings.filter((w) => !isPreactInnerHtml(w));
const preact = report.warnings.length - own.length;
console.log(
  `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${preact} from Preact's dangerouslySetInnerHTML path, ${own.length} from our code), ${report.notices.length} notices`,
);
for (const m of [...report.errors, ...own]) console.log(`  ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
process.exit(report.errors.length === 0 && own.length === 0 ? 0 : 1);
