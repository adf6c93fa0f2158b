// The options page: the UI's OptionsApp. Built-in outlets are switched on and off in the settings (the
// content script reads them); any other site is a permission grant, dropped here when switched off.
// Community sharing asks for its server's permission from the switch's click (sharing-controls.ts).
import { browser } from 'wxt/browser';
import { mountOptions } from '../../components/mount';
import { NEWS_SITES } from '../../data/news-sites';
import { getSettingsStore } from '../../state/stores';
import { createSharingControls } from './sharing-controls';

const BUILT_IN = [...new Set(NEWS_SITES.map((s) => s.host))];

async function onSiteChange(host: string, enabled: boolean): Promise<void> {
  if (BUILT_IN.includes(host)) return;
  try {
    if (enabled) await browser.permissions.request({ origins: [`https://${host}/*`] });
    else await browser.permissions.remove({ origins: [`https://${host}/*`, `http://${host}/*`] });
  } catch {
    // Declined, or outside a user gesture: the switch stays a preference until the site is granted.
  }
}

const root = document.getElementById('app');
if (root) {
  mountOptions(root, {
    builtInSites: BUILT_IN,
    onSiteChange: (host, enabled) => void onSiteChange(host, enabled),
    sharing: createSharingControls({ settings: getSettingsStore() }),
  });
}
