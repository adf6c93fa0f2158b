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

async function delivered(tabId: number, message: PanelMessage): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    return false;
  }
}

/**
 * What is left to send once the panel script was injected: the injection itself has started an
 * automatic analysis (panel/index.ts). A shortcut press on a page without the panel means "show it".
 */
function afterInjection(message: PanelMessage): PanelMessage | null {
  switch (message.type) {
    case 'contrepoint:run':
      return message.manual ? message : null;
    case 'contrepoint:toggle':
      return { type: 'contrepoint:run', manual: true };
    default:
      return message;
  }
}

/**
 * Makes sure the panel script runs in the tab's top frame and carries out `message` there. Resolves
 * false when the tab cannot be scripted (browser pages, web stores, no host permission and no activeTab
 * grant): callers tell the reader instead of failing silently.
 *
 * `loaded` is what the gate saw in the tab (the panel's instance, or none): with it, no ping. A panel
 * said to be there that does not answer is injected after all (injecting twice is harmless: the second
 * copy hands over to the first). Without it (popup, shortcut, menu), the tab is asked.
 */
export async function runPanel(tabId: number, message: PanelMessage, loaded?: boolean): Promise<boolean> {
  try {
    if (loaded === true && (await delivered(tabId, message))) return true;
    if (loaded === undefined && (await panelIsLoaded(tabId))) {
      await browser.tabs.sendMessage(tabId, message);
      return true;
    }
    await injectPanel(tabId);
    const rest = afterInjection(message);
    if (rest) await browser.tabs.sendMessage(tabId, rest);
    return true;
  } catch {
    return false;
  }
}
