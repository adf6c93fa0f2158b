import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../core/types';
import config, { compactUiMessages } from '../../../wxt.config';
import { repoRoot } from '../../shared-dir';

type Load = (id: string) => string | null;
type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };

const load = (compactUiMessages() as Plugin & { load: Load }).load;
const fileOf = (lang: string) => join(repoRoot, 'public/_locales', lang, 'messages.json');

/** What the UI gets from `import x from '…/messages.json?raw'`: the module's default export. */
function bundled(lang: string): Record<string, Entry> {
  const code = load(`${fileOf(lang)}?raw`);
  if (code === null) throw new Error(`not compacted: ${lang}`);
  const match = /^export default (".*");$/s.exec(code);
  if (!match?.[1]) throw new Error(`unexpected module: ${code.slice(0, 80)}`);
  return JSON.parse(JSON.parse(match[1]) as string) as Record<string, Entry>;
}

describe('compactUiMessages', () => {
  it('bundles every message and placeholder the UI reads, without what only translators read', () => {
    for (const lang of LANGS) {
      const raw = readFileSync(fileOf(lang), 'utf8');
      const file = JSON.parse(raw) as Record<string, Entry>;
      const copy = bundled(lang);
      expect(Object.keys(copy), lang).toEqual(Object.keys(file));
      for (const [key, entry] of Object.entries(file)) {
        const placeholders = entry.placeholders
          ? Object.fromEntries(Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }]))
          : undefined;
        expect(copy[key], `${lang}.${key}`).toEqual(placeholders ? { message: entry.message, placeholders } : { message: entry.message });
      }
      expect(JSON.stringify(copy).length, lang).toBeLessThan(raw.length * 0.85);
    }
    // The English file does carry translators' notes (the panel's accessible name, placeholder examples).
    expect(readFileSync(fileOf('en'), 'utf8')).toMatch(/"(description|example)"/);
  });

  it('leaves every other import alone', () => {
    expect(load(fileOf('en'))).toBeNull();
    expect(load(join(repoRoot, 'package.json?raw'))).toBeNull();
    expect(load(join(repoRoot, 'public/messages.json?raw'))).toBeNull();
  });

  it('is part of the build, whose output is ASCII only', async () => {
    const vite = config.vite as unknown as (env: { command: 'build' | 'serve'; mode: string }) => Promise<{
      plugins: Plugin[];
      build?: { rolldownOptions?: { output?: { charset?: string } } };
    }>;
    const built = await vite({ command: 'build', mode: 'e2e' });
    expect(built.plugins.flat().map((p) => p.name)).toContain('contrepoint:compact-ui-messages');
    expect(built.build?.rolldownOptions?.output?.charset).toBe('ascii');
  });
});
