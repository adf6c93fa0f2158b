import { readFileSync, readdirSync } from 'node:fs';
import { parseHtml } from './lib/parse-html';
import { readPageSignals } from '../page/read-page-signals';
const dir = '/work/shared/pages';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const doc = parseHtml(readFileSync(`${dir}/${f}`, 'utf8'));
  const s = readPageSignals(doc);
  const t = performance.now(); for (let i = 0; i < 20; i++) readPageSignals(doc); const ms = (performance.now() - t) / 20;
  console.log(f, ms.toFixed(3), JSON.stringify({ ...s, lead: s.lead.slice(0, 120), description: s.description.slice(0, 60) }));
}
