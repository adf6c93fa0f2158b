// Loads the heavy panel script into a tab (only once) and hands it a command. The cheap content script
// cannot load it itself: a content script has no scripting API, and importing it from the page would
// mean exposing the bundle as a web-accessible resource any site could probe.
import { browser } from 'wxt/browser';
import type { PanelMessage } from '../lib/messages';

/** Built from entrypoints/panel/index.ts (an unlisted script). */
export const PANEL_FILE = '/panel.js';

/** `tabs.executeScript` of MV2, for a Firefox without `scripting` (typed here: the typings are MV3's). */
interface LegacyTabs {
  executeScript?: (tabId: number, details: { file: string }) => Promise<unknown>;
}

async function panelIsLoaded(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'contrepoint:ping' } satisfies PanelMessage)) === true;
  } catch {
    // "Receiving end does not exist": nothing of ours listens in that tab yet.
    return false;
  }
}

async function injectPanel(tabId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId }, files: [PANEL_FILE] });
    return;
  }
  const legacy = browser.tabs as unknown as LegacyTabs;
  if (!legacy.executeScript) throw new Error('No script injection API in this browser');
  await legacy.executeScript(tabId, { file: PANEL_FILE });
}

/**
 * Makes sure the panel script runs in the tab's top frame, then sends it `message`. Resolves false when
 * the tab cannot be scripted (browser pages, web stores, no host permission and no activeTab grant):
 * callers tell the reader instead of failing silently.
 */
export async function runPanel(tabId: number, message: PanelMessage): Promise<boolean> {
  try {
    if (!(await panelIsLoaded(tabId))) await injectPanel(tabId);
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    return false;
  }
}
