import { ChromiumExt } from '../../tests/e2e/lib/chromium';
import { articleOfSize } from './bench-texts';
import { bundleCore } from './bundle-core';
import { COLD_PAGE, COLD_SITE_PATTERN, coreInPage, stagesInPage } from './core-in-page';
import { readAllFixtures } from './read-fixtures';
import { median } from './stats';
const fx = readAllFixtures('/work/main');
const bundles = { base: await bundleCore('/work/main'), patched: await bundleCore(process.argv[2] ?? '/tmp/h11/proto') };
const c = await ChromiumExt.launch('/tmp/h11/ext/chrome');
await c.context.route(COLD_SITE_PATTERN, (r) => r.fulfill({ status: 200, body: COLD_PAGE, headers: { 'content-type': 'text/html' } }));
const res: Record<string, { ev: number[]; first: number[]; warm: number[] }> = { base: { ev: [], first: [], warm: [] }, patched: { ev: [], first: [], warm: [] } };
const stages: Record<string, Record<string, number[]>> = { base: {}, patched: {} };
for (let round = 0; round < Number(process.argv[3] ?? 2); round++) for (const lang of ['en', 'fr', 'de', 'es', 'it'] as const) {
  const a = articleOfSize(fx[lang], 10000);
  for (const name of (round + lang.length) % 2 ? ['base', 'patched'] as const : ['patched', 'base'] as const) {
    const r = await coreInPage(c.context, bundles[name], a.text, a.title);
    res[name]!.ev.push(r.evaluate.cpuMs); res[name]!.first.push(r.first.cpuMs); res[name]!.warm.push(r.warm.cpuMs);
    const s = await stagesInPage(c.context, bundles[name], a.text, a.title);
    for (const [k, v] of Object.entries(s)) ((stages[name]![k] ??= [])).push(v.cpuMs);
  }
}
for (const name of ['base', 'patched']) console.log(name.padEnd(8), 'evaluate', median(res[name]!.ev).toFixed(1), 'first', median(res[name]!.first).toFixed(1), 'warm', median(res[name]!.warm).toFixed(2), 'firsts', res[name]!.first.map((x) => x.toFixed(0)).join(' '));
for (const k of Object.keys(stages.base!)) console.log(k.padEnd(44), median(stages.base![k]!).toFixed(1).padStart(7), median(stages.patched![k]!).toFixed(1).padStart(7));
await c.close();
