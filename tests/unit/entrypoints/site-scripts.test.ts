import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  originPatternFor,
  readerGrantedOrigins,
  requiredOrigins,
  syncSiteScripts,
} from '../../../entrypoints/background/site-scripts';

describe('originPatternFor', () => {
  it('gives the per-site pattern of a web page', () => {
    expect(originPatternFor('https://www.heise.de/news/ki-startup-123.html?x=1#top')).toBe('https://www.heise.de/*');
    expect(originPatternFor('http://127.0.0.1:8787/article/fr/x')).toBe('http://127.0.0.1/*');
  });

  it('refuses pages a reader cannot grant', () => {
    expect(originPatternFor('chrome://extensions/')).toBeNull();
    expect(originPatternFor('about:blank')).toBeNull();
    expect(originPatternFor('file:///home/me/a.html')).toBeNull();
    expect(originPatternFor('not a url')).toBeNull();
  });
});

describe('readerGrantedOrigins', () => {
  it('keeps single-site grants beyond what the manifest requires', () => {
    const required = requiredOrigins({
      host_permissions: ['https://*.lemonde.fr/*'],
      permissions: ['storage', 'activeTab'],
    });
    expect([...required]).toEqual(['https://*.lemonde.fr/*']);
    const granted = readerGrantedOrigins(
      ['https://*.lemonde.fr/*', 'https://www.heise.de/*', 'https://*/*', '<all_urls>', 'https://www.heise.de/*'],
      required,
    );
    expect(granted).toEqual(['https://www.heise.de/*']);
  });

  it('reads MV2 manifests, where origins sit in permissions', () => {
    const required = requiredOrigins({ permissions: ['storage', 'https://*.zeit.de/*', 'http://127.0.0.1/*'] });
    expect(readerGrantedOrigins(['https://*.zeit.de/*', 'http://127.0.0.1/*', 'https://blog.example/*'], required)).toEqual(
      ['https://blog.example/*'],
    );
  });
});

describe('syncSiteScripts', () => {
  let registered: { id: string; matches?: string[]; js?: string[] }[];
  let granted: string[];

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    registered = [{ id: 'someone-else', matches: ['https://a.example/*'] }];
    granted = ['https://*.lemonde.fr/*'];
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '1',
      host_permissions: ['https://*.lemonde.fr/*'],
    });
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation((async () => ({ origins: granted })) as never);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () =>
      registered.map((s) => ({ ...s }))) as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (
      scripts: { id: string }[],
    ) => {
      for (const s of scripts) {
        if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.push(s);
      }
    }) as never);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (filter: {
      ids: string[];
    }) => {
      registered = registered.filter((r) => !filter.ids.includes(r.id));
    }) as never);
  });

  it('registers the cheap content script for a newly granted site', async () => {
    granted.push('https://www.heise.de/*');
    const result = await syncSiteScripts();
    expect(result).toEqual({ registered: ['https://www.heise.de/*'], unregistered: [] });
    const mine = registered.find((r) => r.matches?.includes('https://www.heise.de/*'));
    expect(mine?.js).toEqual([CONTENT_SCRIPT_FILE]);
  });

  it('unregisters it when the grant is revoked, and leaves foreign registrations alone', async () => {
    granted.push('https://www.heise.de/*');
    await syncSiteScripts();
    granted = ['https://*.lemonde.fr/*'];
    expect(await syncSiteScripts()).toEqual({ registered: [], unregistered: ['https://www.heise.de/*'] });
    expect(registered.map((r) => r.id)).toEqual(['someone-else']);
  });

  it('is idempotent, also when two permission events arrive together', async () => {
    granted.push('https://www.heise.de/*', 'https://news.example.org/*');
    await Promise.all([syncSiteScripts(), syncSiteScripts(), syncSiteScripts()]);
    expect(registered.filter((r) => r.id !== 'someone-else')).toHaveLength(2);
    expect(await syncSiteScripts()).toEqual({ registered: [], unregistered: [] });
  });

  it('never registers for the built-in sites, which the manifest already covers', async () => {
    await syncSiteScripts();
    expect(registered.map((r) => r.id)).toEqual(['someone-else']);
  });
});
