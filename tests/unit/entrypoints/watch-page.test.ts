import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOM_CHECK_INTERVAL_MS } from '../../../entrypoints/lib/timing';
import { watchPage } from '../../../entrypoints/panel/watch-page';

describe('watchPage', () => {
  let ctx: ContentScriptContext;
  const handlers = { onNavigate: vi.fn(), onDomChange: vi.fn() };

  beforeEach(() => {
    fakeBrowser.reset();
    handlers.onNavigate.mockClear();
    handlers.onDomChange.mockClear();
    document.body.innerHTML = '<article><p>Un paragraphe.</p></article>';
    ctx = new ContentScriptContext('panel-test', { noScriptStartedPostMessage: true });
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    vi.useRealTimers();
  });

  it('turns a burst of mutations into one check after the interval', async () => {
    vi.useFakeTimers();
    watchPage(ctx, document, handlers);
    for (let i = 0; i < 50; i++) {
      document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(handlers.onDomChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DOM_CHECK_INTERVAL_MS);
    expect(handlers.onDomChange).toHaveBeenCalledTimes(1);
    // A page that keeps mutating costs one check per interval, not one per mutation.
    for (let i = 0; i < 40; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(handlers.onDomChange.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(handlers.onDomChange.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('stops observing once the context is invalidated', async () => {
    vi.useFakeTimers();
    watchPage(ctx, document, handlers);
    ctx.notifyInvalidated();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(DOM_CHECK_INTERVAL_MS * 3);
    expect(handlers.onDomChange).not.toHaveBeenCalled();
  });

  it('reports a URL change made without a page load', async () => {
    vi.useFakeTimers();
    watchPage(ctx, document, handlers);
    history.pushState(null, '', '/article/fr/une-autre');
    await vi.advanceTimersByTimeAsync(1100);
    expect(handlers.onNavigate).toHaveBeenCalledTimes(1);
  });
});
