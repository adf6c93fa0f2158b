import { readFileSync, readdirSync } from 'node:fs';
import { parseHtml } from './lib/parse-html';
import { readArticle } from '../page/read-article';
const dir = '/work/shared/pages';
const words = ['cookie', 'newsletter', 'abonn', 'subscribe', 'advert', 'share', 'tweet', 'facebook', 'comment', 'kommentar', 'publicidad', 'anzeige', 'read more', 'related', 'copyright', '©', 'sign up', 'inscri', 'suscr', 'privacy', 'datenschutz', 'werbung', 'teilen', 'partager', 'compartir'];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(`${dir}/${f}`, 'utf8');
  const doc = parseHtml(html);
  const bodyText = (doc.body?.textContent ?? '').toLowerCase();
  const a = readArticle(doc);
  const t = (a?.text ?? '').toLowerCase();
  const hits = words.filter((w) => t.includes(w)).map((w) => { const i = t.indexOf(w); return `${w}:"${t.slice(Math.max(0,i-40), i+40).replace(/\n/g,'⏎')}"`; });
  const pageHas = words.filter((w) => bodyText.includes(w));
  console.log(f, '\n  page:', pageHas.join(','), '\n  text:', hits.join('\n        '));
}
