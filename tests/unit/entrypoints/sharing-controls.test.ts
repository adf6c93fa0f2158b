import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSharingControls } from '../../../entrypoints/options/sharing-controls';
import { readReaderSecret } from '../../../state/reader-secret';
import { createSettingsStore } from '../../../state/settings-store';

const NOW = Date.parse('2026-11-26T09:00:00.000Z');

function stubBrowser(manifest: Record<string, unknown>, granted: boolean) {
  const request = vi.fn(async (_p: unknown) => granted);
  Object.assign(fakeBrowser.permissions as object, { request });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', ...manifest });
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    sent.push(message);
    if (message.type === 'contrepoint:sharing-check') return { status: 'connected', powBits: 16, minCount: 10, pending: 0 };
    if (message.type === 'contrepoint:sharing-withdraw') return { withdrawn: 2, pending: 0 };
    return null;
  }) as never);
  return { request, sent };
}

async function openSettings() {
  const settings = createSettingsStore();
  await settings.ready;
  return settings;
}

describe('options: sharing controls', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks for the server’s host (and Chrome’s alarms) before anything else, then stores the choice and checks', async () => {
    const { request, sent } = stubBrowser({ optional_permissions: ['alarms'] }, true);
    const settings = await openSettings();
    const controls = createSharingControls({ settings, now: () => NOW });
    const outcome = controls.enable('http://127.0.0.1:8787');
    // Asked synchronously: still inside the click that called enable().
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'], permissions: ['alarms'] });
    expect(await outcome).toEqual({ status: 'connected', powBits: 16, minCount: 10, pending: 0 });
    expect(settings.store.getState().settings.sharing).toEqual({
      enabled: true,
      serverUrl: 'http://127.0.0.1:8787',
      since: '2026-11-26T09:00:00.000Z',
    });
    expect(await readReaderSecret()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sent).toEqual([{ type: 'contrepoint:sharing-check' }]);
    settings.dispose();
  });

  it('asks Firefox for its data-collection consent with the host', () => {
    const { request } = stubBrowser(
      { browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'], optional: ['websiteActivity', 'browsingActivity'] } } } },
      true,
    );
    return openSettings().then(async (settings) => {
      await createSharingControls({ settings }).enable('https://results.example.org');
      expect(request).toHaveBeenCalledWith({
        origins: ['https://results.example.org/*'],
        data_collection: ['websiteActivity', 'browsingActivity'],
      });
      settings.dispose();
    });
  });

  it('leaves sharing off, with no secret and no message, when the reader declines', async () => {
    const { sent } = stubBrowser({}, false);
    const settings = await openSettings();
    expect(await createSharingControls({ settings }).enable('https://results.example.org')).toEqual({ status: 'declined' });
    expect(settings.store.getState().settings.sharing.enabled).toBe(false);
    expect(await readReaderSecret()).toBeNull();
    expect(sent).toEqual([]);
    settings.dispose();
  });

  it('turning off stores it first, then asks the background to withdraw', async () => {
    const { sent } = stubBrowser({}, true);
    const settings = await openSettings();
    const controls = createSharingControls({ settings, now: () => NOW });
    await controls.enable('https://results.example.org');
    expect(await controls.disable()).toEqual({ withdrawn: 2, pending: 0 });
    expect(settings.store.getState().settings.sharing).toEqual({ enabled: false, serverUrl: 'https://results.example.org', since: null });
    expect(((await browser.storage.local.get('settings')).settings as { sharing: { enabled: boolean } }).sharing.enabled).toBe(false);
    expect(sent.at(-1)).toEqual({ type: 'contrepoint:sharing-withdraw' });
    settings.dispose();
  });
});
