import { readFileSync, readdirSync } from 'node:fs';
import { parseHtml } from '../scripts/lib/parse-html';
import { readArticle } from '../page/read-article';
const dir = '/work/shared/pages';
const only = process.argv[2];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html') && (!only || f.includes(only)))) {
  const html = readFileSync(`${dir}/${f}`, 'utf8');
  const doc = parseHtml(html);
  const t = performance.now();
  const a = readArticle(doc);
  const ms = performance.now() - t;
  if (!a) { console.log(`## ${f}: NULL`); continue; }
  const r = a.root;
  console.log(`## ${f} ${ms.toFixed(1)}ms root=<${r.localName} class="${(r.getAttribute('class')??'').slice(0,60)}" id="${r.getAttribute('id')??''}"> len=${a.text.length} blocks=${a.blocks.length}\n title: ${a.title}\n langs: ${a.declaredLangs.join(',')} canon: ${a.canonicalUrl}`);
  if (process.argv[3] === 'full') console.log(a.text); else { console.log(' HEAD: ' + a.text.slice(0, 300).replace(/\n/g, ' ⏎ ')); console.log(' TAIL: ' + a.text.slice(-300).replace(/\n/g, ' ⏎ ')); }
}
