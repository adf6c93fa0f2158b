import { readFileSync, readdirSync } from 'node:fs';
import { parseHtml } from './lib/parse-html';
import { readArticle } from '../page/read-article';
import { findArticleRoot } from '../page/find-article-root';
import { readAllMeta } from '../page/read-meta';
import { readTitle } from '../page/read-title';
import { readCanonicalUrl } from '../page/read-canonical-url';
const dir = '/work/shared/pages';
const time = (fn: () => unknown, n = 5) => { fn(); const t = performance.now(); for (let i = 0; i < n; i++) fn(); return ((performance.now() - t) / n).toFixed(2); };
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const doc = parseHtml(readFileSync(`${dir}/${f}`, 'utf8'));
  let nodes = 0; { const w = (n: any) => { for (let c = n.firstChild; c; c = c.nextSibling) { nodes++; w(c); } }; w(doc); }
  const meta = readAllMeta(doc);
  console.log(f.padEnd(40), 'nodes', nodes, 'all', time(() => readArticle(doc)), 'root', time(() => findArticleRoot(doc)), 'meta', time(() => readAllMeta(doc)), 'title', time(() => readTitle(doc, meta)), 'canon', time(() => readCanonicalUrl(doc, meta)));
}
