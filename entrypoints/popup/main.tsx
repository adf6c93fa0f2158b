// The toolbar popup: the UI's PopupApp fed with the current tab's status, the "analyse this page"
// action and, on sites outside the built-in list, the per-site permission switch.
import { browser } from 'wxt/browser';
import { mountPopup } from '../../components/mount';
import { analyseTab, loadPopupState, type PopupState, setSiteGranted } from './popup-state';

const root = document.getElementById('app');
let busy = false;

async function render(container: HTMLElement): Promise<void> {
  const state: PopupState = await loadPopupState();
  const { tabId, site } = state;
  mountPopup(container, {
    status: { state: state.status.state, summary: state.status.summary },
    busy,
    onAnalyse: () => {
      if (tabId === null || busy) return;
      busy = true;
      void render(container);
      void analyseTab(tabId).then(async (ok) => {
        busy = false;
        // The panel is on the page now (with "nothing found" if so): get out of the reader's way.
        if (ok) window.close();
        else await render(container);
      });
    },
    site:
      site && !site.builtIn && site.pattern
        ? {
            host: site.host,
            granted: site.granted,
            onToggle: (granted) => {
              // Called straight from the click: browsers grant permissions only inside the gesture.
              void setSiteGranted(site, granted).then(async (now) => {
                if (now && granted && tabId !== null) await analyseTab(tabId);
                await render(container);
              });
            },
          }
        : null,
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
  });
}

if (root) void render(root);
