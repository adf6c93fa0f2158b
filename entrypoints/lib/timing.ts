// An SPA swaps the URL first and renders the new article a moment later: waiting this long before
// reading trades a slower panel on SPA navigations for not analysing the previous article's DOM again.
export const NAVIGATION_SETTLE_MS = 700;

// A page that mutates constantly (tickers, ads, re-renders every second) must cost us at most one
// cheap check per this interval, never one per mutation.
export const DOM_CHECK_INTERVAL_MS = 500;

// An orphaned panel (extension reloaded or disabled) only notices when it next asks the browser who
// it is; this is how long its UI may outlive the extension. Shorter costs a timer tick more often.
export const ORPHAN_CHECK_MS = 2000;

// A page that renders its article with its own scripts may show no lead yet when the content script
// runs: the cheap check looks again after these delays (each look costs well under a millisecond).
// Longer lists catch slower pages at the price of a late panel; the last look reports "not found".
export const UNRENDERED_RETRY_MS: readonly number[] = [1000, 3000];
