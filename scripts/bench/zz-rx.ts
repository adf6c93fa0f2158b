import { articleOfSize } from './bench-texts';
import { readAllFixtures } from './read-fixtures';
const fx = readAllFixtures('/work/main');
const lang = (process.argv[2] ?? 'de') as 'de';
const a = articleOfSize(fx[lang], 10000);
const orig = RegExp.prototype.exec;
const first = new Map<string, { ms: number; calls: number; total: number; src: string; flags: string }>();
RegExp.prototype.exec = function (this: RegExp, s: string) {
  const key = `${this.flags} ${this.source}`;
  const t = performance.now();
  const r = orig.call(this, s);
  const d = performance.now() - t;
  const e = first.get(key);
  if (!e) first.set(key, { ms: d, calls: 1, total: d, src: this.source, flags: this.flags });
  else { e.calls++; e.total += d; }
  return r;
};
const { analyzeArticle } = await import('../../core/analyze-article');
const t = performance.now();
analyzeArticle(a);
const total = performance.now() - t;
RegExp.prototype.exec = orig;
const rows = [...first.values()].sort((x, y) => y.total - x.total);
const sum = rows.reduce((s, r) => s + r.total, 0);
console.log(`first call ${total.toFixed(1)} ms; ${rows.length} distinct regexes used, ${sum.toFixed(1)} ms inside them; with u flag: ${rows.filter((r) => r.flags.includes('u')).length}, of which \\p: ${rows.filter((r) => r.flags.includes('u') && r.src.includes('\\p{')).length}`);
for (const r of rows.slice(0, Number(process.argv[3] ?? 25))) console.log(r.total.toFixed(2).padStart(7), r.ms.toFixed(2).padStart(6), String(r.calls).padStart(5), r.flags.padEnd(4), String(r.src.length).padStart(5), r.src.slice(0, 90).replace(/\n/g, ' '));
