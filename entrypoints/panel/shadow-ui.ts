// Puts one piece of our UI into the page: a `<contrepoint-panel>` or `<contrepoint-poll>` host with a
// closed shadow root (the page's scripts cannot read what the reader answers, the page's CSS cannot
// reach in), created with WXT's createShadowRootUi so that the context removes it on invalidation.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { MountedUi } from './panel-controller';

export const PANEL_TAG = 'contrepoint-panel';
export const POLL_TAG = 'contrepoint-poll';

// Hosts this copy of the script created. Any other host with our tag name was left by an earlier copy
// (an extension reload in Chrome leaves the old script orphaned): it is removed before we insert ours.
const ownHosts = new WeakSet<Element>();

/** Removes panel and poll hosts that this copy of the script did not create; returns how many. */
export function removeForeignHosts(doc: Document): number {
  let removed = 0;
  for (const host of Array.from(doc.querySelectorAll(`${PANEL_TAG}, ${POLL_TAG}`))) {
    if (!ownHosts.has(host)) {
      host.remove();
      removed++;
    }
  }
  return removed;
}

export interface ShadowUiOptions {
  name: typeof PANEL_TAG | typeof POLL_TAG;
  /** `last`: appended to the anchor; `after`: right after it (the anchor may be a text node). */
  anchor: Node;
  append: 'last' | 'after';
  css: string;
  /** Renders into the container inside the shadow root; returns how to unmount. */
  render(container: HTMLElement): () => void;
}

export interface ShadowUi extends MountedUi {
  /** The `<contrepoint-…>` element in the page. */
  host: HTMLElement;
}

export async function mountShadowUi(ctx: ContentScriptContext, options: ShadowUiOptions): Promise<ShadowUi> {
  const { anchor } = options;
  const parent = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
  if (!parent) throw new Error('Cannot place the UI: its anchor is not in the page');
  const ui = await createShadowRootUi<() => void>(ctx, {
    name: options.name,
    position: 'inline',
    // WXT wants an element; the exact place is decided here (after a text node too).
    anchor: options.append === 'after' ? (anchor.parentElement ?? parent) : parent,
    append: options.append === 'after' ? (_parent, host) => (anchor as ChildNode).after(host) : 'last',
    mode: 'closed',
    css: options.css,
    // Keys typed into a poll or the panel must not trigger the news site's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => options.render(container),
    onRemove: (unmount) => unmount?.(),
  });
  ui.mount();
  ownHosts.add(ui.shadowHost);
  let removed = false;
  return {
    host: ui.shadowHost,
    remove: () => {
      if (removed) return;
      removed = true;
      ui.remove();
    },
    isConnected: () => !removed && ui.shadowHost.isConnected,
  };
}
