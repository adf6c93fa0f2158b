import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabStatus } from '../../../entrypoints/lib/messages';
import { analyseTab, loadPopupState, setSiteGranted } from '../../../entrypoints/popup/popup-state';

function activeTab(url: string, id = 7) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id, url }]) as never);
}

function background(status: TabStatus | null, analyseOk = true) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) =>
    m.type === 'contrepoint:get-status' ? status : analyseOk) as never);
}

const FOUND: TabStatus = {
  state: 'found',
  url: 'https://www.lemonde.fr/economie/article/x',
  by: 'analysis',
  summary: null,
  at: 1,
};

describe('loadPopupState', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
  });

  it('shows what the background knows of a built-in news site', async () => {
    activeTab(FOUND.url);
    const send = background(FOUND);
    const state = await loadPopupState();
    expect(send).toHaveBeenCalledWith({ type: 'contrepoint:get-status', tabId: 7 });
    expect(state.status.state).toBe('found');
    expect(state.site).toMatchObject({ host: 'www.lemonde.fr', builtIn: true, granted: true });
  });

  it('says "not analysed" on another site, with its grant switch', async () => {
    activeTab('https://blog.example.org/post/ai-round');
    background(null);
    const state = await loadPopupState();
    expect(state.status.state).toBe('not-analysed');
    expect(state.site).toEqual({
      host: 'blog.example.org',
      pattern: 'https://blog.example.org/*',
      builtIn: false,
      granted: false,
    });
  });

  it('knows a browser page cannot be analysed, without asking anyone', async () => {
    activeTab('chrome://extensions/');
    const send = background(null);
    const state = await loadPopupState();
    expect(state.status.state).toBe('unsupported');
    expect(state.site).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('popup actions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks the background to analyse the tab', async () => {
    const send = background(null, true);
    expect(await analyseTab(7)).toBe(true);
    expect(send).toHaveBeenCalledWith({ type: 'contrepoint:analyse-tab', tabId: 7 });
    background(null, false);
    expect(await analyseTab(7)).toBe(false);
  });

  it('requests and revokes exactly the one site', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => true) as never);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async () => true) as never);
    const site = { host: 'blog.example.org', pattern: 'https://blog.example.org/*', builtIn: false, granted: false };
    expect(await setSiteGranted(site, true)).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://blog.example.org/*'] });
    expect(await setSiteGranted({ ...site, granted: true }, false)).toBe(false);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://blog.example.org/*'] });
  });

  it('keeps the state when the reader declines, and never touches built-in sites', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => false) as never);
    const site = { host: 'blog.example.org', pattern: 'https://blog.example.org/*', builtIn: false, granted: false };
    expect(await setSiteGranted(site, true)).toBe(false);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove');
    const builtIn = { host: 'www.zeit.de', pattern: 'https://www.zeit.de/*', builtIn: true, granted: true };
    expect(await setSiteGranted(builtIn, false)).toBe(true);
    expect(remove).not.toHaveBeenCalled();
  });
});
