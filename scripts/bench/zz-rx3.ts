import { LANGS } from '../../core/types';
import { articleOfSize } from './bench-texts';
import { regexCostsOf } from './cold-start';
import { readAllFixtures } from './read-fixtures';
const fx = readAllFixtures('/work/main');
const costs = regexCostsOf('/work/main', LANGS.map((lang) => ({ lang, ...articleOfSize(fx[lang], 10000), quick: {} })));
for (const r of costs.slice(0, 16)) console.log(r.totalMs.toFixed(1).padStart(6), r.firstMs.toFixed(1).padStart(6), String(r.calls).padStart(5), r.flags.padEnd(4), String(r.length).padStart(5), r.lang, r.at, '|', r.source.slice(0, 60));
