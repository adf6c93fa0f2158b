// What the popup needs to know and do about the current tab: its status (from the background), whether
// its site is built in or granted, and the two actions (analyse now; grant or revoke the site).
// The permission request runs here, in the popup, because browsers only allow it inside the click
// that asked for it; the background notices the change and registers the content script.
import { browser } from 'wxt/browser';
import { findNewsSite } from '../../data/news-sites';
import { originPatternFor } from '../background/site-scripts';
import type { BackgroundMessage, TabState, TabStatus } from '../lib/messages';

export interface SiteAccess {
  host: string;
  /** `https://host/*`, what a grant covers; null when the page cannot be granted. */
  pattern: string | null;
  /** On the built-in list: always on, nothing to grant. */
  builtIn: boolean;
  granted: boolean;
}

export interface PopupState {
  tabId: number | null;
  url: string;
  status: TabStatus;
  site: SiteAccess | null;
}

function scriptable(url: string): boolean {
  return /^https?:\/\//.test(url);
}

export async function loadPopupState(): Promise<PopupState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = typeof tab?.id === 'number' ? tab.id : null;
  const url = tab?.url ?? '';
  const unknown = (state: TabState): TabStatus => ({ state, url, by: 'analysis', summary: null, at: 0 });
  if (tabId === null || (url !== '' && !scriptable(url))) {
    return { tabId, url, status: unknown('unsupported'), site: null };
  }
  const message: BackgroundMessage = { type: 'contrepoint:get-status', tabId };
  const stored = (await browser.runtime.sendMessage(message).catch(() => null)) as TabStatus | null;
  // Without the "tabs" permission the URL is only known on granted sites; the status knows it too.
  const pageUrl = url || stored?.url || '';
  const status = stored ?? unknown('not-analysed');
  return { tabId, url: pageUrl, status, site: await siteAccess(pageUrl) };
}

async function siteAccess(url: string): Promise<SiteAccess | null> {
  const pattern = originPatternFor(url);
  if (!pattern) return null;
  const host = new URL(url).hostname;
  const builtIn = findNewsSite(host) !== null;
  const granted = builtIn || (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
  return { host, pattern, builtIn, granted };
}

/** Runs the analysis in the tab now (activeTab covers it: the popup was opened from the toolbar). */
export async function analyseTab(tabId: number): Promise<boolean> {
  const message: BackgroundMessage = { type: 'contrepoint:analyse-tab', tabId };
  return (await browser.runtime.sendMessage(message).catch(() => false)) === true;
}

/** Grants or revokes the site for good. Resolves to the new state (unchanged if the reader declined). */
export async function setSiteGranted(site: SiteAccess, granted: boolean): Promise<boolean> {
  if (site.builtIn || !site.pattern) return site.granted;
  const origins = [site.pattern];
  try {
    if (granted) return await browser.permissions.request({ origins });
    return !(await browser.permissions.remove({ origins }));
  } catch {
    return site.granted;
  }
}
