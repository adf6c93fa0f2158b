import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncSiteScripts } from '../../../entrypoints/background/site-scripts';
import { sharingPermissions } from '../../../entrypoints/lib/sharing-permissions';
import { DEFAULT_SETTINGS } from '../../../state/settings';
import config from '../../../wxt.config';

type Env = { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' };
type Manifest = Record<string, unknown> & { permissions?: string[]; optional_permissions?: string[] };

async function manifestFor(env: Partial<Env> = {}): Promise<Manifest> {
  const fn = config.manifest as unknown as (e: Env) => Manifest | Promise<Manifest>;
  return fn({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build', ...env });
}

describe('manifest: what sharing asks for, only when the reader turns it on', () => {
  it('Chrome: `alarms` is optional, never required', async () => {
    const m = await manifestFor();
    expect(m.optional_permissions).toEqual(['alarms']);
    expect(m.permissions).not.toContain('alarms');
    expect(sharingPermissions(m, 'https://results.example.org/*')).toEqual({
      origins: ['https://results.example.org/*'],
      permissions: ['alarms'],
    });
  });

  it('Firefox: nothing collected by default, the answers’ categories as optional consent', async () => {
    const m = await manifestFor({ browser: 'firefox', manifestVersion: 2 });
    expect(m.browser_specific_settings).toMatchObject({
      gecko: { data_collection_permissions: { required: ['none'], optional: ['websiteActivity', 'browsingActivity'] } },
    });
    // MV2 keeps the per-site origins in optional_permissions: they are not sharing's to ask for.
    expect(sharingPermissions(m, 'https://results.example.org/*')).toEqual({
      origins: ['https://results.example.org/*'],
      data_collection: ['websiteActivity', 'browsingActivity'],
    });
  });
});

describe('site scripts and the results server', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('does not treat the results server’s host grant as a site to read', async () => {
    await browser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, sharing: { enabled: true, serverUrl: 'https://results.example.org', since: '2026-11-20T08:00:00.000Z' } },
    });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', host_permissions: [] });
    const register = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.permissions as object, {
      getAll: vi.fn(async () => ({ origins: ['https://results.example.org/*', 'https://blog.example/*'] })),
    });
    Object.assign(fakeBrowser.scripting as object, {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: register,
      unregisterContentScripts: vi.fn(async () => undefined),
    });
    expect((await syncSiteScripts()).registered).toEqual(['https://blog.example/*']);
  });
});
