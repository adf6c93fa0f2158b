// The script every built-in news site (and every site the reader granted) loads at document_idle. It
// must stay tiny (≤ 15 kB gzip) and cost ≤ 2 ms on a page that is not about AI funding: it reads a few
// signals, runs the quick check and, only when that passes, asks the background to load the panel.
//
// Built as a plain script (a WXT unlisted script that wxt.config.ts lists in the manifest's
// content_scripts), not through WXT's content-script wrapper: that wrapper's context starts by touching
// the extension APIs, and the first touch of an API in a tab costs more than the whole check. On a
// rejected page this script uses no extension API at all, adds no listener, no DOM and no global the
// page can see; the background pulls its decision and tells it about SPA navigations (gate-handle.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { quickCheck } from '../../core/quick-check';
import { readPageSignals } from '../../page/read-page-signals';
import { installGate } from './install-gate';

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

// Resolved on first use only, not at start-up as `wxt/browser` does (see above). Firefox has `browser`;
// Chrome's `chrome` returns promises in MV3 (recent Chrome has `browser` too).
function api(): ExtensionApi {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const found = g.browser ?? g.chrome;
  if (!found) throw new Error('No extension API in this world');
  return found;
}

export default defineUnlistedScript(() => {
  installGate(globalThis, document, {
    readSignals: readPageSignals,
    quickCheck,
    send: (message) => api().runtime.sendMessage(message),
    url: () => location.href,
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    now: () => Date.now(),
  });
});
