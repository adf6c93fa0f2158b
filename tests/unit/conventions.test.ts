import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../shared-dir';

// The repository's own rules, enforced (after refined-github's meta-tests): layers import downward only,
// the pure core stays pure, only the background talks to the network, no HTML injection, no skipped tests.

function files(dir: string, exts = /\.(ts|tsx)$/): string[] {
  const abs = join(repoRoot, dir);
  return readdirSync(abs).flatMap((name) => {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) return files(relative(repoRoot, p), exts);
    return exts.test(name) ? [relative(repoRoot, p)] : [];
  });
}

const read = (f: string) => readFileSync(join(repoRoot, f), 'utf8');
const importsOf = (src: string) => [...src.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');

/** Which top-level folders each layer may import from (DESIGN.md: imports flow one way, down). */
const ALLOWED: Record<string, string[]> = {
  core: ['core', 'data'],
  data: ['data', 'core'], // data may import core's *types* only (checked below)
  page: ['page', 'core', 'data'],
  state: ['state', 'core', 'data', 'server'], // server/: the shared pure pseudonym and proof-of-work helpers
  components: ['components', 'state', 'core', 'data', 'page', 'public'], // public/_locales: the UI's messages
};

function layerOf(importer: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = relative(repoRoot, join(repoRoot, importer, '..', spec));
  return target.split('/')[0] ?? null;
}

describe('repository conventions', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer}/ imports only from ${allowed.join(', ')}`, () => {
      const bad: string[] = [];
      for (const f of files(layer)) {
        for (const spec of importsOf(read(f))) {
          const target = layerOf(f, spec);
          if (target && !allowed.includes(target)) bad.push(`${f} -> ${spec}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('data/ takes only types from core/', () => {
    const bad = files('data').filter((f) =>
      /^\s*import\s+(?!type\b)[^'"]*from\s+['"][./]+\/core\//m.test(read(f)),
    );
    expect(bad).toEqual([]);
  });

  it('core/ uses no DOM, browser, UI or storage API', () => {
    const bad = files('core').filter((f) => {
      const src = read(f);
      return (
        /\b(document|window|navigator|localStorage|sessionStorage)\.|\bbrowser\.|\bchrome\.|\bfetch\(/.test(src) ||
        importsOf(src).some((s) => /^(wxt|preact|zustand|@wxt-dev)/.test(s))
      );
    });
    expect(bad).toEqual([]);
  });

  it('only the background and the server make network requests', () => {
    const roots = ['core', 'page', 'state', 'components', 'entrypoints', 'data'];
    const bad = roots
      .flatMap((r) => files(r))
      .filter((f) => !f.startsWith('entrypoints/background/'))
      .filter((f) => /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon/.test(read(f)));
    expect(bad).toEqual([]);
  });

  it('no HTML injection or eval in extension code', () => {
    const roots = ['core', 'page', 'state', 'components', 'entrypoints'];
    const bad = roots
      .flatMap((r) => files(r))
      .filter((f) => /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/.test(read(f)));
    expect(bad).toEqual([]);
  });

  it('file names: PascalCase components, kebab-case modules', () => {
    const bad = [...files('core'), ...files('page'), ...files('state'), ...files('data'), ...files('components')].filter(
      (f) => {
        const name = basename(f).replace(/\.(ts|tsx)$/, '');
        if (f.endsWith('.tsx') && f.startsWith('components/') && name !== 'mount') return !/^[A-Z][A-Za-z0-9]*$/.test(name);
        return !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
      },
    );
    expect(bad).toEqual([]);
  });

  it('no skipped or focused tests', () => {
    const bad = files('tests').filter((f) => /\b(it|test|describe)\.(skip|only|todo)\(/.test(read(f)));
    expect(bad).toEqual([]);
  });
});
