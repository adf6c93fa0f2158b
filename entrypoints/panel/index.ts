// The heavy part, built to /panel.js and injected by the background only into tabs that need it (the
// cheap gate passed, or the reader asked). Each injection analyses the page at once (automatic mode);
// then it waits for commands from the background: `run` (analyse, show if found or if asked), `toggle`
// (the shortcut) and `ping` (is it loaded already?).
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { disposeStores } from '../../state/stores';
import { NAVIGATION_SETTLE_MS, ORPHAN_CHECK_MS } from '../lib/timing';
import { createPanelDeps } from './panel-deps';
import { installPanel } from './install-panel';
import { watchPage } from './watch-page';

function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // The extension was reloaded or removed: there is nothing left to unregister from.
  }
}

export default defineUnlistedScript(() => {
  const panel = installPanel(globalThis, () => {
    const ctx = new ContentScriptContext('panel', { noScriptStartedPostMessage: true });
    // The UI's stores listen to storage changes: stop them with everything else. Once the extension is
    // gone, touching its APIs throws "Extension context invalidated": that must not reach the page.
    ctx.onInvalidated(() => quietly(disposeStores));
    return {
      ctx,
      deps: createPanelDeps(ctx, document),
      listen: (handler) => {
        browser.runtime.onMessage.addListener(handler);
        ctx.onInvalidated(() => quietly(() => browser.runtime.onMessage.removeListener(handler)));
      },
      watch: (controller) => {
        watchPage(ctx, document, {
          onNavigate: () => {
            void controller.navigate();
            ctx.setTimeout(() => void controller.run(false), NAVIGATION_SETTLE_MS);
          },
          onDomChange: () => void controller.checkDom(),
        });
        // The wrapper asks the browser whether the extension still exists at each tick; once it is gone
        // (reloaded, disabled) the context is invalidated and everything we placed is removed.
        ctx.setInterval(() => undefined, ORPHAN_CHECK_MS);
      },
    };
  });
  panel.analyseSoon();
});
