import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { newsSiteMatches } from '../../../data/news-sites';
import { PANEL_CSS_PLACEHOLDER } from '../../../entrypoints/lib/panel-css-placeholder';
import config, { compileGateEagerly, EAGER_COMPILE_HINT, inlinePanelCss, LOCAL_TEST_ORIGINS } from '../../../wxt.config';

type Env = { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' };
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
};

async function manifestFor(env: Partial<Env> = {}): Promise<Manifest> {
  const fn = config.manifest as unknown as (e: Env) => Manifest | Promise<Manifest>;
  return fn({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build', ...env });
}

describe('manifest', () => {
  it('asks for exactly storage, activeTab, scripting and contextMenus', async () => {
    expect((await manifestFor()).permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
  });

  it('has host access to the news sites only in a production build', async () => {
    const m = await manifestFor();
    expect(m.host_permissions).toEqual(newsSiteMatches());
    for (const local of LOCAL_TEST_ORIGINS) expect(m.host_permissions).not.toContain(local);
  });

  it('adds the local test server only in the e2e mode', async () => {
    const m = await manifestFor({ mode: 'e2e' });
    for (const local of LOCAL_TEST_ORIGINS) expect(m.host_permissions).toContain(local);
    const firefox = await manifestFor({ mode: 'e2e', browser: 'firefox', manifestVersion: 2 });
    expect(firefox.host_permissions).toContain('http://127.0.0.1/*');
  });

  it('leaves every other site to a per-site grant (optional permissions)', async () => {
    expect((await manifestFor()).optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    const mv2 = await manifestFor({ browser: 'firefox', manifestVersion: 2 });
    expect(mv2.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(mv2.optional_host_permissions).toBeUndefined();
  });

  it('declares the toolbar and panel shortcuts for each manifest version', async () => {
    const mv3 = await manifestFor();
    expect(Object.keys(mv3.commands ?? {})).toEqual(['_execute_action', 'toggle-panel']);
    expect(mv3.commands?.['toggle-panel']?.suggested_key?.default).toBe('Alt+Shift+C');
    expect(mv3.commands?.['toggle-panel']?.description).toBeTruthy();
    const mv2 = await manifestFor({ browser: 'firefox', manifestVersion: 2 });
    expect(Object.keys(mv2.commands ?? {})).toEqual(['_execute_browser_action', 'toggle-panel']);
  });

  it('is localised and locks extension pages to their own scripts', async () => {
    const m = await manifestFor();
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
  });

  it('gives the Gecko id to Firefox only', async () => {
    expect((await manifestFor()).browser_specific_settings).toBeUndefined();
    const ff = await manifestFor({ browser: 'firefox', manifestVersion: 2 });
    expect(ff.browser_specific_settings).toMatchObject({
      gecko: { id: expect.any(String), data_collection_permissions: { required: ['none'] } },
    });
  });
});

describe('the manifest hook', () => {
  const hook = (config.hooks as Record<string, (wxt: unknown, manifest: unknown) => void>)['build:manifestGenerated'];
  const run = (mode: string) => {
    const manifest = { content_scripts: [{ matches: ['https://*.lemonde.fr/*'], js: ['content-scripts/content.js'] }] };
    hook?.({ config: { mode } }, manifest);
    return manifest.content_scripts[0]?.matches;
  };

  it('runs the content script on the local test server in e2e mode only', () => {
    expect(run('production')).toEqual(['https://*.lemonde.fr/*']);
    expect(run('e2e')).toEqual(['https://*.lemonde.fr/*', ...LOCAL_TEST_ORIGINS]);
  });
});

describe('inlinePanelCss', () => {
  type Bundle = Record<string, { type: 'chunk'; code: string; fileName: string } | { type: 'asset'; source: string | Uint8Array; fileName: string }>;
  const generate = (bundle: Bundle) => {
    const plugin = inlinePanelCss() as Plugin & { generateBundle: (o: unknown, b: Bundle) => void };
    plugin.generateBundle.call({}, {}, bundle);
    return bundle;
  };

  it('moves the bundle stylesheet into the placeholder and drops the file', () => {
    for (const quote of ['"', "'", '`']) {
      const bundle = generate({
        'panel.js': { type: 'chunk', fileName: 'panel.js', code: `var c=${quote}${PANEL_CSS_PLACEHOLDER}${quote};x(c)` },
        'assets/panel.css': { type: 'asset', fileName: 'assets/panel.css', source: ':root{--a:1}.p{content:"$&"}' },
      });
      expect(bundle['assets/panel.css']).toBeUndefined();
      const code = (bundle['panel.js'] as { code: string }).code;
      expect(code).toBe(`var c=${JSON.stringify(':host{--a:1}.p{content:"$&"}')};x(c)`);
    }
  });

  it('leaves bundles without the placeholder alone', () => {
    const bundle = generate({
      'popup.js': { type: 'chunk', fileName: 'popup.js', code: 'render()' },
      'assets/popup.css': { type: 'asset', fileName: 'assets/popup.css', source: new TextEncoder().encode('.a{}') },
    });
    expect(Object.keys(bundle)).toEqual(['popup.js', 'assets/popup.css']);
  });
});

describe('compileGateEagerly', () => {
  type Bundle = Record<string, { type: 'chunk'; code: string; fileName: string }>;
  const generate = (bundle: Bundle) => {
    const plugin = compileGateEagerly() as Plugin & { generateBundle: (o: unknown, b: Bundle) => void };
    plugin.generateBundle.call({}, {}, bundle);
    return bundle;
  };

  it('puts the compile hint first in the gate, once, and nowhere else', () => {
    const bundle = generate({
      'gate.js': { type: 'chunk', fileName: 'gate.js', code: '(function(){gate()})();' },
      'panel.js': { type: 'chunk', fileName: 'panel.js', code: '(function(){panel()})();' },
    });
    expect(bundle['gate.js']?.code).toBe(`${EAGER_COMPILE_HINT}\n(function(){gate()})();`);
    expect(bundle['panel.js']?.code).toBe('(function(){panel()})();');
    generate(bundle);
    expect(bundle['gate.js']?.code.split(EAGER_COMPILE_HINT)).toHaveLength(2);
  });
});
