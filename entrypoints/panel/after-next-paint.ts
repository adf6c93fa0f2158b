// "After the next paint" for the panel script: a frame callback runs just before the browser paints, and
// a task queued from it runs once that frame is on screen. A hidden tab paints nothing and runs no frame
// callbacks, so a timer stands in for the paint there.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// How long we wait for a frame that may never come (a background tab). Longer keeps the polls out of a
// slow machine's first frame more surely; shorter shows them sooner in a tab opened in the background.
export const PAINT_FALLBACK_MS = 100;

type Timers = Pick<ContentScriptContext, 'requestAnimationFrame' | 'setTimeout'>;

/** Resolves after the next painted frame, or after PAINT_FALLBACK_MS when no frame comes. */
export function afterNextPaint(ctx: Timers): Promise<void> {
  return new Promise((resolve) => {
    let fallback = 0;
    const done = (): void => {
      clearTimeout(fallback);
      resolve();
    };
    fallback = ctx.setTimeout(done, PAINT_FALLBACK_MS);
    ctx.requestAnimationFrame(() => ctx.setTimeout(done, 0));
  });
}
