import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSizes, formatSizes } from '../../../scripts/bench/bundle-sizes';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

function fakeBuild(): string {
  dir = mkdtempSync(join(tmpdir(), 'contrepoint-sizes-'));
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ content_scripts: [{ matches: ['https://*/*'], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }] }),
  );
  writeFileSync(join(dir, 'content-scripts/content.js'), 'const gate = () => false;\n'.repeat(40));
  writeFileSync(join(dir, 'content-scripts/content.css'), ':host { all: initial; }\n');
  // Loaded only on AI-funding pages: large, but not counted in the every-page budget.
  writeFileSync(join(dir, 'panel.js'), Array.from({ length: 2000 }, (_, i) => `var v${i} = ${i * 7919};`).join('\n'));
  writeFileSync(join(dir, 'icon.png'), 'not counted');
  return dir;
}

describe('buildSizes', () => {
  it('counts the manifest’s content scripts as evaluated on every page, and only them', () => {
    const b = buildSizes('chrome-mv3', fakeBuild());
    expect(b.everyPage).toEqual(['content-scripts/content.js', 'content-scripts/content.css']);
    const every = b.files.filter((f) => f.everyPage).map((f) => f.file);
    expect(every.sort()).toEqual(['content-scripts/content.css', 'content-scripts/content.js']);
    expect(b.everyPageGzip).toBe(b.files.filter((f) => f.everyPage).reduce((s, f) => s + f.gzip, 0));
    expect(b.files.map((f) => f.file)).not.toContain('icon.png');
  });

  it('measures raw bytes and gzip at the highest level, largest gzip first', () => {
    const b = buildSizes('chrome-mv3', fakeBuild());
    const panel = b.files[0];
    expect(panel?.file).toBe('panel.js');
    const src = Array.from({ length: 2000 }, (_, i) => `var v${i} = ${i * 7919};`).join('\n');
    expect(panel?.raw).toBe(Buffer.byteLength(src));
    expect(panel?.gzip).toBe(gzipSync(src, { level: 9 }).length);
    expect(b.files.map((f) => f.gzip)).toEqual([...b.files.map((f) => f.gzip)].sort((x, y) => y - x));
  });

  it('refuses a folder that is not a build', () => {
    dir = mkdtempSync(join(tmpdir(), 'contrepoint-sizes-'));
    expect(() => buildSizes('chrome-mv3', dir)).toThrow(/no manifest.json/);
  });

  it('prints every file with the every-page ones marked', () => {
    const table = formatSizes([buildSizes('chrome-mv3', fakeBuild())]);
    expect(table).toMatch(/content-scripts\/content\.js\s+\[every page\]/);
    expect(table).not.toMatch(/panel\.js\s+\[every page\]/);
  });
});
