// The background wires browser events to the small modules next to it; it holds no state of its own
// (an MV3 worker may be stopped at any moment): tab statuses live in storage.session, site grants in
// the browser's permissions.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ANSWER_KEY_PREFIX, isAnswerStorageKey, SETTINGS_KEY } from '../../state/storage-items';
import { TOGGLE_COMMAND } from '../lib/commands';
import { isBackgroundMessage } from '../lib/messages';
import { createContextMenu, MENU_ID } from './context-menu';
import { gateDecision, regate } from './gate-in-tab';
import { createMessageHandler } from './handle-message';
import { releaseServer } from './release-server';
import { runPanel } from './run-panel';
import { siteEnabled } from './site-enabled';
import { syncSiteScripts } from './site-scripts';
import { createAnswerSync } from './sync-answers';
import { createSyncScheduler } from './sync-scheduler';
import { createTabStatusStore, memoryArea, type SessionArea } from './tab-status';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export default defineBackground(() => {
  const session = browser.storage.session as SessionArea | undefined;
  const statuses = createTabStatusStore(session ?? memoryArea());

  // Community results (issue 5): answer changes are seen in storage (the stores save them locally first,
  // wherever the reader answered), queued, and sent only while sharing is on.
  const scheduler = createSyncScheduler(() => void sync.flush().catch(() => undefined));
  const sync = createAnswerSync({
    fetch: (url, init) => fetch(url, init),
    schedule: (at) => scheduler.schedule(at),
    releaseServer,
  });
  scheduler.listen();
  browser.storage.local.onChanged.addListener((changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    for (const [key, change] of Object.entries(changes)) {
      if (isAnswerStorageKey(key)) {
        const pollId = key.slice(ANSWER_KEY_PREFIX.length);
        void sync.answerChanged(pollId, change.oldValue ?? null, change.newValue ?? null).catch(() => undefined);
      } else if (key === SETTINGS_KEY) {
        void sync.settingsChanged(change.oldValue ?? null, change.newValue ?? null).catch(() => undefined);
        // The results server's host is a sharing grant, not a site to read: keep it out of the site scripts.
        void syncSiteScripts().catch(() => undefined);
      }
    }
  });

  const handle = createMessageHandler({
    statuses,
    runPanel,
    gateDecision,
    siteEnabled: (url) => siteEnabled(hostOf(url), (key) => browser.storage.local.get(key)),
    extensionOrigin: browser.runtime.getURL('/'),
    community: sync,
  });

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
    // The URL changed. Without a new document (history.pushState) an SPA showed another article: the gate
    // adds no listener to the page, so it hears of it from here. A new document has a new gate, not yet
    // installed at this point, so there the call finds nothing to do.
    if (change.url !== undefined) void regate(tabId);
  });

  browser.permissions.onAdded.addListener(() => {
    // `alarms` may just have been granted with sharing.
    scheduler.listen();
    void syncSiteScripts().catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts().catch(() => undefined));

  void createContextMenu().catch(() => undefined);
  // Every start, not only onInstalled: cheap, and it repairs registrations a browser failed to persist.
  void syncSiteScripts().catch(() => undefined);
  // Whatever was queued when the browser closed or the worker stopped goes out now (or waits its back-off).
  void sync.flush().catch(() => undefined);
});
