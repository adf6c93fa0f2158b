import { readFileSync } from 'node:fs';
import { parseHtml } from './lib/parse-html';
const f = process.argv[2];
const d = parseHtml(readFileSync(`/work/shared/pages/${f}`, 'utf8'));
const path = (e: any) => { const a: string[] = []; for (let n = e; n && n.tagName; n = n.parentElement) a.unshift(n.localName + (n.id ? '#' + n.id : '') + (n.getAttribute('class') ? '.' + n.getAttribute('class').trim().split(/\s+/).slice(0,3).join('.') : '') + (n.getAttribute('role') ? `[role=${n.getAttribute('role')}]`:'')+ (n.getAttribute('aria-hidden') ? `[aria-hidden]`:'')); return a.slice(-(Number(process.argv[3]??8))).join(' > '); };
for (const p of d.querySelectorAll('p')) { const t = (p.textContent??'').replace(/\s+/g, ' ').trim(); if (t.length) console.log(t.length, path(p), '|', t.slice(0, 70)); }
