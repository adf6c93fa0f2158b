import { readFileSync, readdirSync } from 'node:fs';
import { parseHtml } from './lib/parse-html';
import { readArticle } from '../page/read-article';
const dir = '/work/shared/pages';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const a = readArticle(parseHtml(readFileSync(`${dir}/${f}`, 'utf8')))!;
  const firstLong = a.blocks.map((b) => a.text.slice(b.start, b.end)).find((t) => t.length >= 100)!;
  const last = a.text.slice(a.blocks.at(-1)!.start, a.blocks.at(-1)!.end);
  console.log(`${f}\n  FIRST: ${firstLong.slice(0, 90)}\n  LAST: ${last.slice(0, 90)}`);
}
