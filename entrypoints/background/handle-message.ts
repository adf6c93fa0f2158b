// What the background does with each message. Kept apart from the listener plumbing so that it can be
// tested as a plain async function, and so that the sender checks sit next to the actions they guard.
import type { CommunityReply, SharingCheck, WithdrawReport } from '../../state/community-results';
import type { BackgroundMessage, PanelMessage, TabStatus } from '../lib/messages';
import type { AnswerSync } from './sync-answers';
import type { TabStatusStore } from './tab-status';

export interface MessageSender {
  tab?: { id?: number; url?: string };
  /** The sending document's URL: an extension page's URL starts with the extension's own origin. */
  url?: string;
}

export interface HandlerDeps {
  statuses: TabStatusStore;
  /** `loaded`: whether the panel script already runs in the tab, when the sender knows (run-panel.ts). */
  runPanel(tabId: number, message: PanelMessage, loaded?: boolean): Promise<boolean>;
  /** `runtime.getURL('/')`: the origin every extension page's URL starts with. */
  extensionOrigin: string;
  /** False when the reader switched off the site of the page at `url` (entrypoints/background/site-enabled.ts). */
  siteEnabled?(url: string): Promise<boolean>;
  /** The every-page gate's decision, read from the tab (null when it has not decided). */
  gateDecision?(tabId: number): Promise<TabStatus | null>;
  /** Community results (issue 5); without it every community message is answered as "sharing off". */
  community?: Pick<AnswerSync, 'results' | 'check' | 'withdrawAll'>;
}

function fromExtensionPage(sender: MessageSender, origin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** Only a content script (ours, in a tab) reports on its own tab. */
function senderTabId(sender: MessageSender): number | null {
  const id = sender.tab?.id;
  return typeof id === 'number' && id >= 0 ? id : null;
}

export function createMessageHandler(deps: HandlerDeps) {
  return async (message: BackgroundMessage, sender: MessageSender): Promise<unknown> => {
    switch (message.type) {
      case 'contrepoint:analyse': {
        const tabId = senderTabId(sender);
        if (tabId === null) return false;
        // A site the reader switched off gets no panel unless they ask for it (popup, menu, shortcut).
        if (deps.siteEnabled && !(await deps.siteEnabled(sender.tab?.url ?? ''))) return false;
        // The gate shares the panel's world: it knows whether the panel is there (no flag: it is not).
        return deps.runPanel(tabId, { type: 'contrepoint:run', manual: false }, message.panelLoaded === true);
      }
      case 'contrepoint:status': {
        const tabId = senderTabId(sender);
        if (tabId === null) return false;
        await deps.statuses.set(tabId, message.status);
        return true;
      }
      case 'contrepoint:get-status': {
        // Page-derived data goes to extension pages only, never to another tab's content script.
        if (!fromExtensionPage(sender, deps.extensionOrigin)) return null;
        // The gate keeps its "no" in the tab (lib/gate-handle.ts); the panel's analysis is stored here.
        // After an SPA navigation either may be the newer one.
        const [stored, gate] = await Promise.all([
          deps.statuses.get(message.tabId),
          deps.gateDecision?.(message.tabId) ?? Promise.resolve(null),
        ]);
        const newest = stored && gate ? (gate.at > stored.at ? gate : stored) : (stored ?? gate);
        return newest satisfies TabStatus | null;
      }
      case 'contrepoint:analyse-tab': {
        if (!fromExtensionPage(sender, deps.extensionOrigin)) return false;
        const ok = await deps.runPanel(message.tabId, { type: 'contrepoint:run', manual: true });
        if (!ok) {
          await deps.statuses.set(message.tabId, { state: 'unsupported', url: '', by: 'analysis', summary: null });
        }
        return ok;
      }
      case 'contrepoint:community-results': {
        // Our polls (content scripts, in a tab) and extension pages may ask; results hold nothing
        // private, and the background alone decides whether any request goes out.
        if (senderTabId(sender) === null && !fromExtensionPage(sender, deps.extensionOrigin)) return null;
        return (await (deps.community?.results(message.pollId) ?? { state: 'off' })) satisfies CommunityReply;
      }
      case 'contrepoint:sharing-check': {
        if (!fromExtensionPage(sender, deps.extensionOrigin)) return null;
        return (await (deps.community?.check() ?? { status: 'off' })) satisfies SharingCheck;
      }
      case 'contrepoint:sharing-withdraw': {
        // Only the options page, where the reader turned sharing off, may ask for a withdrawal.
        if (!fromExtensionPage(sender, deps.extensionOrigin)) return null;
        return (await (deps.community?.withdrawAll() ?? { withdrawn: 0, pending: 0 })) satisfies WithdrawReport;
      }
    }
  };
}
