import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background';
import { MENU_ID } from '../../../entrypoints/background/context-menu';
import { PANEL_FILE } from '../../../entrypoints/background/run-panel';

type Listener = (...args: never[]) => unknown;

/** An event the fake browser does not implement: records listeners so the test can fire them. */
function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => listeners.push(l),
    removeListener: () => undefined,
    hasListener: () => listeners.length > 0,
    fire: async (...args: unknown[]) => {
      for (const l of listeners) await (l as (...a: unknown[]) => unknown)(...args);
    },
  };
}

function install() {
  const events = {
    menuClicked: event(),
    command: event(),
    permissionAdded: event(),
    permissionRemoved: event(),
  };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  Object.assign(b.contextMenus as object, {
    removeAll: vi.fn(async () => undefined),
    create: vi.fn(),
    onClicked: events.menuClicked,
  });
  Object.assign(b.commands as object, { onCommand: events.command });
  Object.assign(b.permissions as object, {
    onAdded: events.permissionAdded,
    onRemoved: events.permissionRemoved,
    getAll: vi.fn(async () => ({ origins: [] })),
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1' });
  Object.assign(b.scripting as object, {
    getRegisteredContentScripts: vi.fn(async () => []),
    registerContentScripts: vi.fn(async () => undefined),
    unregisterContentScripts: vi.fn(async () => undefined),
  });
  const injected: number[] = [];
  const commands: unknown[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (i: { target: { tabId: number } }) => {
    injected.push(i.target.tabId);
    return [];
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, m: { type: string }) => {
    if (m.type === 'contrepoint:ping') {
      if (!injected.includes(tabId)) throw new Error('Receiving end does not exist');
      return true;
    }
    commands.push({ tabId, ...m });
    return true;
  }) as never);
  background.main();
  return { events, injected, commands };
}

/** Sends a message the way a content script in tab `tabId` would, and waits for the answer. */
function fromTab(message: unknown, tabId: number): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, { tab: { id: tabId } } as never, resolve);
  });
}

describe('background', () => {
  let env: ReturnType<typeof install>;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    env = install();
  });

  it('creates the context-menu item at start-up', () => {
    const create = (fakeBrowser.contextMenus as unknown as { create: ReturnType<typeof vi.fn> }).create;
    return vi.waitFor(() => expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: MENU_ID, contexts: ['page'] })));
  });

  it('injects the panel into a tab whose gate passed, and runs it automatically', async () => {
    expect(await fromTab({ type: 'contrepoint:analyse' }, 4)).toBe(true);
    expect(env.injected).toEqual([4]);
    // No ping first (the gate saw no panel), and no command after: the injected script starts that run.
    expect(env.commands).toEqual([]);
    expect(vi.mocked(fakeBrowser.tabs.sendMessage)).not.toHaveBeenCalled();
    const inject = vi.mocked(fakeBrowser.scripting.executeScript);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 4 }, files: [PANEL_FILE] });
  });

  it('runs a manual analysis from the context menu and toggles from the shortcut', async () => {
    await env.events.menuClicked.fire({ menuItemId: MENU_ID }, { id: 9 });
    await env.events.command.fire('toggle-panel', { id: 9 });
    await env.events.command.fire('some-other-command', { id: 9 });
    expect(env.injected).toEqual([9]);
    expect(env.commands).toEqual([
      { tabId: 9, type: 'contrepoint:run', manual: true },
      { tabId: 9, type: 'contrepoint:toggle' },
    ]);
  });

  it('forgets a tab status when the tab loads a new page', async () => {
    const status = { state: 'found', url: 'https://www.ft.com/content/1', by: 'analysis', summary: null };
    await fromTab({ type: 'contrepoint:status', status }, 3);
    const key = 'tab-status:3';
    expect((await fakeBrowser.storage.session.get(key))[key]).toMatchObject({ state: 'found' });
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, {} as never);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.session.get(key))[key]).toBeUndefined());
  });

  it('ignores messages that are not its own', async () => {
    const answered = await Promise.race([
      fromTab({ type: 'something-else' }, 3),
      new Promise((r) => setTimeout(() => r('no answer'), 20)),
    ]);
    expect(answered).toBe('no answer');
    expect(env.commands).toEqual([]);
  });

  it('re-syncs the site scripts when a permission is added or removed', async () => {
    const getAll = (fakeBrowser.permissions as unknown as { getAll: ReturnType<typeof vi.fn> }).getAll;
    await vi.waitFor(() => expect(getAll).toHaveBeenCalledTimes(1));
    await env.events.permissionAdded.fire({ origins: ['https://blog.example.org/*'] });
    await env.events.permissionRemoved.fire({ origins: ['https://blog.example.org/*'] });
    await vi.waitFor(() => expect(getAll).toHaveBeenCalledTimes(3));
  });
});
