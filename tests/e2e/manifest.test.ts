import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsSiteMatches } from '../../data/news-sites';
import { requireBuild } from './lib/builds';

// The production manifests ask for no more than DESIGN.md lists: storage, activeTab, scripting,
// contextMenus, host access to the built-in news sites only; every other site (and the results server)
// only as optional permissions; a strict CSP for extension pages; nothing a web page could load.

const REQUIRED = ['activeTab', 'contextMenus', 'scripting', 'storage'];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; all_frames?: boolean }>;
  content_security_policy?: string | { extension_pages?: string };
};

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('production manifests', () => {
  it('Chrome MV3 asks only for the listed permissions and the news sites', () => {
    const m = read(requireBuild('chrome-prod'));
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(REQUIRED);
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...newsSiteMatches()].sort());
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // Only what community sharing needs, asked when the reader turns it on.
    expect(m.optional_permissions ?? []).toEqual(['alarms']);
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
    for (const key of ['web_accessible_resources', 'externally_connectable', 'key', 'update_url']) expect(m[key]).toBeUndefined();
    for (const cs of m.content_scripts ?? []) {
      expect([...cs.matches].sort()).toEqual([...newsSiteMatches()].sort());
      expect(cs.matches.some((p) => /127\.0\.0\.1|localhost/.test(p))).toBe(false);
    }
  });

  it('Firefox MV2 asks for the same, plus only optional data-collection consent', () => {
    const m = read(requireBuild('firefox-prod'));
    expect(m.manifest_version).toBe(2);
    const perms = m.permissions ?? [];
    expect(perms.filter((p) => !p.includes('://')).sort()).toEqual(REQUIRED);
    expect(perms.filter((p) => p.includes('://')).sort()).toEqual([...newsSiteMatches()].sort());
    expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.content_security_policy).toBe("script-src 'self'; object-src 'none'");
    const gecko = (m.browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'], optional: ['websiteActivity', 'browsingActivity'] });
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('ships no remote code: no script URL pointing off the extension in any built file', () => {
    for (const kind of ['chrome-prod', 'firefox-prod'] as const) {
      const dir = requireBuild(kind);
      const offenders = files(dir)
        .filter((f) => /\.(js|html)$/.test(f))
        .filter((f) => /<script[^>]+src=["']https?:|importScripts\(\s*["']https?:|import\(\s*["']https?:/.test(readFileSync(f, 'utf8')))
        .map((f) => relative(dir, f));
      expect(offenders).toEqual([]);
    }
  });
});
