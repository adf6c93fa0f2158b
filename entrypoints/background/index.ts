// The background wires browser events to the small modules next to it; it holds no state of its own
// (an MV3 worker may be stopped at any moment): tab statuses live in storage.session, site grants in
// the browser's permissions.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TOGGLE_COMMAND } from '../lib/commands';
import { isBackgroundMessage } from '../lib/messages';
import { createContextMenu, MENU_ID } from './context-menu';
import { createMessageHandler } from './handle-message';
import { runPanel } from './run-panel';
import { syncSiteScripts } from './site-scripts';
import { createTabStatusStore, memoryArea, type SessionArea } from './tab-status';

export default defineBackground(() => {
  const session = browser.storage.session as SessionArea | undefined;
  const statuses = createTabStatusStore(session ?? memoryArea());
  const handle = createMessageHandler({ statuses, runPanel, extensionOrigin: browser.runtime.getURL('/') });

  // sendResponse + `return true` rather than returning a promise: both browsers honour it.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isBackgroundMessage(message)) return false;
    handle(message, sender).then(sendResponse, () => sendResponse(null));
    return true;
  });

  const runManually = async (tabId: number, message: 'run' | 'toggle'): Promise<void> => {
    const ok = await runPanel(
      tabId,
      message === 'run' ? { type: 'contrepoint:run', manual: true } : { type: 'contrepoint:toggle' },
    );
    if (!ok) await statuses.set(tabId, { state: 'unsupported', url: '', by: 'analysis', summary: null });
  };

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && typeof tab?.id === 'number') void runManually(tab.id, 'run');
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (typeof tabId === 'number') await runManually(tabId, 'toggle');
  });

  browser.tabs.onRemoved.addListener((tabId) => void statuses.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading: whatever was found on the previous one no longer describes the tab.
    if (change.status === 'loading') void statuses.clear(tabId);
  });

  browser.permissions.onAdded.addListener(() => void syncSiteScripts().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts().catch(() => undefined));

  void createContextMenu().catch(() => undefined);
  // Every start, not only onInstalled: cheap, and it repairs registrations a browser failed to persist.
  void syncSiteScripts().catch(() => undefined);
});
