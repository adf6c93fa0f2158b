// The "Analyse this page with Contrepoint" item of the page's context menu: the way to run the analysis
// on a site outside the built-in list without opening the popup (the click grants activeTab).
import { browser } from 'wxt/browser';
import { uiText } from './ui-text';

export const MENU_ID = 'contrepoint-analyse-page';

/**
 * (Re)creates the menu item. Menus outlive an MV3 worker but not every Firefox event page, so this runs
 * at each start; removing first avoids the "duplicate id" error the second start would otherwise raise.
 */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: uiText('menuAnalysePage', 'Analyse this page with Contrepoint'),
    contexts: ['page'],
    documentUrlPatterns: ['https://*/*', 'http://*/*'],
  });
}
