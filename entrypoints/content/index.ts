// The content script every built-in news site (and every site the reader granted) loads. It must stay
// tiny (≤ 15 kB gzip) and cost ≤ 2 ms on a page that is not about AI funding: it reads a few signals,
// runs the quick check and, only when that passes, asks the background to load the panel script.
// It exposes nothing to the page: no globals, no attributes, no DOM of its own.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { quickCheck } from '../../core/quick-check';
import { newsSiteMatches } from '../../data/news-sites';
import { readPageSignals } from '../../page/read-page-signals';
import type { BackgroundMessage } from '../lib/messages';
import { NAVIGATION_SETTLE_MS, UNRENDERED_RETRY_MS } from '../lib/timing';
import { runGate } from './run-gate';
import { siteEnabled } from './site-enabled';

export default defineContentScript({
  matches: newsSiteMatches(),
  runAt: 'document_idle',
  // WXT's start-up notice to older copies of this script goes through a DOM event only, not through
  // window.postMessage, which the page's own message listeners would receive.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let timer: number | undefined;
    const later = (attempt: number, delay: number): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => gate(attempt), delay);
    };
    const gate = (attempt: number): void => {
      if (ctx.isInvalid) return;
      const lastTry = attempt >= UNRENDERED_RETRY_MS.length;
      runGate(
        document,
        {
          readSignals: readPageSignals,
          quickCheck,
          siteEnabled: () => siteEnabled(location.hostname),
          send: (message: BackgroundMessage) => browser.runtime.sendMessage(message),
          url: () => location.href,
        },
        lastTry,
      )
        .then((outcome) => {
          // A page rendered by its own scripts may have no article yet at document_idle.
          if (outcome === 'pending') later(attempt + 1, UNRENDERED_RETRY_MS[attempt] ?? 0);
        })
        .catch(() => undefined);
    };
    gate(0);
    // An SPA shows a new article without a page load: look again once it has rendered.
    ctx.addEventListener(window, 'wxt:locationchange', () => later(0, NAVIGATION_SETTLE_MS));
  },
});
