import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../core/types';
import { INSTANCE, installPanel, type MessageHandler, type PanelRuntime } from '../../../entrypoints/panel/install-panel';
import type { ArticleInfo, PanelDeps } from '../../../entrypoints/panel/panel-controller';

const ARTICLE: ArticleInfo = {
  title: 'xAI raises $6bn',
  text: 'Elon Musk’s xAI has raised $6 billion in a Series B round.\nInvestors include Andreessen Horowitz.',
};

function fakeDeps(mounts: string[]): PanelDeps<ArticleInfo> {
  const analysis = { isAiFunding: true, figures: [], questions: [] } as unknown as Analysis;
  return {
    readArticle: () => ARTICLE,
    articleConnected: () => true,
    analyse: () => analysis,
    hash: (t) => String(t.length),
    mountPanel: async () => {
      mounts.push('panel');
      return { remove: () => mounts.push('-panel'), isConnected: () => true };
    },
    mountPolls: async () => [],
    clearHighlights: () => undefined,
    report: () => undefined,
    url: () => 'https://techcrunch.com/2024/05/27/xai',
  };
}

function runtimeFactory(mounts: string[], handlers: MessageHandler[], ctxs: ContentScriptContext[]) {
  return (): PanelRuntime<ArticleInfo> => {
    const ctx = new ContentScriptContext('panel', { noScriptStartedPostMessage: true });
    ctxs.push(ctx);
    return {
      ctx,
      deps: fakeDeps(mounts),
      listen: (h) => handlers.push(h),
      watch: () => undefined,
    };
  };
}

async function send(handler: MessageHandler | undefined, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const async = handler?.(message, {}, resolve);
    if (!async) resolve('(sync)');
  });
}

describe('installPanel', () => {
  let scope: object;
  let mounts: string[];
  let handlers: MessageHandler[];
  let ctxs: ContentScriptContext[];
  beforeEach(() => {
    fakeBrowser.reset();
    scope = {};
    mounts = [];
    handlers = [];
    ctxs = [];
  });

  it('installs once per world: a second injection reuses the first instance', () => {
    const create = vi.fn(runtimeFactory(mounts, handlers, ctxs));
    const first = installPanel(scope, create);
    const second = installPanel(scope, create);
    expect(second).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect(handlers).toHaveLength(1);
    expect((scope as Record<symbol, unknown>)[INSTANCE]).toBe(first);
  });

  it('answers ping, and runs and toggles the panel on command', async () => {
    installPanel(scope, runtimeFactory(mounts, handlers, ctxs));
    const [handler] = handlers;
    expect(await send(handler, { type: 'contrepoint:ping' })).toBe(true);
    expect(await send(handler, { type: 'contrepoint:run', manual: false })).toBe(true);
    expect(await send(handler, { type: 'contrepoint:run', manual: false })).toBe(true);
    expect(mounts).toEqual(['panel']);
    expect(await send(handler, { type: 'contrepoint:toggle' })).toBe(true);
    expect(mounts).toEqual(['panel', '-panel']);
  });

  it('analyses the page by itself on each injection, in a task of its own and in automatic mode', async () => {
    const first = installPanel(scope, runtimeFactory(mounts, handlers, ctxs));
    first.analyseSoon();
    expect(mounts).toEqual([]);
    await vi.waitFor(() => expect(mounts).toEqual(['panel']));
    // A second injection hands over to the live instance, whose run finds the same article: no second panel.
    installPanel(scope, runtimeFactory(mounts, handlers, ctxs)).analyseSoon();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(mounts).toEqual(['panel']);
  });

  it('runs that first analysis in automatic mode: nothing shows on a page that is not about AI money', async () => {
    let analysed = 0;
    const quiet = installPanel(scope, () => {
      const runtime = runtimeFactory(mounts, handlers, ctxs)();
      const found = runtime.deps.analyse;
      runtime.deps.analyse = (article) => {
        analysed++;
        return { ...found(article), isAiFunding: false };
      };
      return runtime;
    });
    quiet.analyseSoon();
    await vi.waitFor(() => expect(analysed).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(mounts).toEqual([]);
  });

  it('ignores messages that are not its own', async () => {
    installPanel(scope, runtimeFactory(mounts, handlers, ctxs));
    expect(await send(handlers[0], { type: 'contrepoint:analyse' })).toBe('(sync)');
    expect(await send(handlers[0], 'run')).toBe('(sync)');
    expect(mounts).toEqual([]);
  });

  it('cleans up when its context is invalidated, and a later injection starts afresh', async () => {
    const first = installPanel(scope, runtimeFactory(mounts, handlers, ctxs));
    await send(handlers[0], { type: 'contrepoint:run', manual: true });
    ctxs[0]?.notifyInvalidated();
    expect(mounts).toEqual(['panel', '-panel']);
    expect(first.alive()).toBe(false);
    expect((scope as Record<symbol, unknown>)[INSTANCE]).toBeUndefined();
    const second = installPanel(scope, runtimeFactory(mounts, handlers, ctxs));
    expect(second).not.toBe(first);
    expect(second.alive()).toBe(true);
  });

  it('replaces an orphan left by an extension reload', () => {
    const orphan = { controller: {} as never, alive: () => false };
    (scope as Record<symbol, unknown>)[INSTANCE] = orphan;
    const fresh = installPanel(scope, runtimeFactory(mounts, handlers, ctxs));
    expect(fresh).not.toBe(orphan);
    expect(handlers).toHaveLength(1);
  });
});
