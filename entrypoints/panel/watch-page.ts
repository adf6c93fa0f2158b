// Tells the panel when the page under it changes: SPA navigations (WXT's `wxt:locationchange`) and DOM
// mutations. Both are registered with the content-script context, so they stop when the extension is
// reloaded or disabled.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DOM_CHECK_INTERVAL_MS } from '../lib/timing';

export interface PageWatchHandlers {
  onNavigate(): void;
  onDomChange(): void;
}

export function watchPage(ctx: ContentScriptContext, doc: Document, handlers: PageWatchHandlers): void {
  ctx.addEventListener(window, 'wxt:locationchange', () => handlers.onNavigate());

  let pending = false;
  const observer = new MutationObserver(() => {
    // The records are not read: the check compares what we placed with what is still in the page.
    if (pending) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      handlers.onDomChange();
    }, DOM_CHECK_INTERVAL_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
