import { readFileSync, readdirSync } from 'node:fs';
import { parseHtml } from './lib/parse-html';
import { readArticle } from '../page/read-article';
const dir = '/work/shared/pages';
const only = process.argv[2];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html') && (!only || f.includes(only)))) {
  const a = readArticle(parseHtml(readFileSync(`${dir}/${f}`, 'utf8')));
  if (!a) { console.log(`## ${f}: NULL`); continue; }
  console.log(`## ${f}`);
  for (const b of a.blocks) { const t = a.text.slice(b.start, b.end); if (t.length < 120) console.log(`  <${b.element.localName}.${(b.element.getAttribute('class')??'').slice(0,40)}> ${t.replace(/\n/g,'⏎')}`); }
}
