// Injecting panel.js twice (two gate passes, a shortcut press, the context menu) must never give two
// panels: the first copy to run leaves a live instance under a symbol on the content-script world's
// global (invisible to the page's scripts, which live in another world) and later copies hand over to
// it. A copy orphaned by an extension reload is not "live", so a fresh copy replaces it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPanelMessage } from '../lib/messages';
import { type ArticleInfo, PanelController, type PanelDeps } from './panel-controller';
import { PANEL_KEY } from './panel-instance';

export const INSTANCE = Symbol.for(PANEL_KEY);

type SendResponse = (response?: unknown) => void;
export type MessageHandler = (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean;

export interface PanelRuntime<A extends ArticleInfo> {
  ctx: ContentScriptContext;
  deps: PanelDeps<A>;
  /** Registers the background-message listener (and its removal on invalidation). */
  listen(handler: MessageHandler): void;
  /** Starts watching the page (navigation, re-renders) for this controller. */
  watch(controller: PanelController<A>): void;
}

export interface InstalledPanel {
  controller: PanelController<ArticleInfo>;
  alive(): boolean;
  /**
   * Analyses the page in automatic mode, in a task of its own. Each injection of the panel script calls
   * it: being injected is how the background asks for that analysis (run-panel.ts), and starting here
   * saves the round trip of a `run` message through the background before the panel can show.
   */
  analyseSoon(): void;
}

export function installPanel<A extends ArticleInfo>(scope: object, create: () => PanelRuntime<A>): InstalledPanel {
  const slot = scope as { [INSTANCE]?: InstalledPanel };
  const existing = slot[INSTANCE];
  if (existing?.alive()) return existing;

  const runtime = create();
  const controller = new PanelController(runtime.deps);
  const installed: InstalledPanel = {
    controller: controller as unknown as PanelController<ArticleInfo>,
    alive: () => runtime.ctx.isValid,
    analyseSoon: () => {
      runtime.ctx.setTimeout(() => void controller.run(false).catch(() => undefined), 0);
    },
  };
  slot[INSTANCE] = installed;
  runtime.ctx.onInvalidated(() => {
    controller.dispose();
    if (slot[INSTANCE] === installed) delete slot[INSTANCE];
  });

  runtime.listen((message, _sender, sendResponse) => {
    if (!isPanelMessage(message)) return false;
    if (message.type === 'contrepoint:ping') {
      sendResponse(true);
      return false;
    }
    const task = message.type === 'contrepoint:run' ? controller.run(message.manual) : controller.toggle();
    task.then(
      () => sendResponse(true),
      () => sendResponse(false),
    );
    return true;
  });
  runtime.watch(controller);
  return installed;
}
