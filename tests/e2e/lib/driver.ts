import { ChromiumExt } from './chromium';
import { FIREFOX_ADDON_UUID, FirefoxBidi } from './firefox';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** Port of the recording proxy every non-loopback request is sent to (see offline-proxy.ts). */
  proxyPort?: number;
}

/** What an end-to-end test needs from a real browser with the extension installed, in both engines. */
export interface Driver {
  readonly name: BrowserName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates an expression in the page's main world (what the news page's own scripts see). */
  evaluate<T>(expression: string): Promise<T>;
  /** Runs `fn(root, ...args)` on the shadow root (closed ones too) of the index-th `<tag>` element. */
  inShadow<T>(tag: string, fn: string, args?: unknown[], index?: number): Promise<T>;
  /** A real mouse click on the first element matching `selector` inside `<tag>`'s shadow root. */
  clickInShadow(tag: string, selector: string, index?: number): Promise<void>;
  /** Real key presses in the page: `Tab`, `Shift+Tab`, `Escape`, `Alt+Shift+C`. */
  press(combo: string): Promise<void>;
  /**
   * Evaluates an expression in the extension's own context (Chromium: its service worker; Firefox: an
   * extension page in a background tab), e.g. to read `storage.session` or call `runtime.reload()`.
   */
  extensionEval<T>(expression: string): Promise<T>;
  /** Uncaught errors the page raised since launch. */
  pageErrors(): string[];
  /** Every URL the browser requested since launch (pages, subresources, extension fetches). */
  requests(): string[];
  extensionPage(path: string): string;
  close(): Promise<void>;
}

const RECT_OF = `(root, selector) => {
  const el = root.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}`;

async function waitFrame(ms = 120): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

export async function launchChromium(extensionPath: string, options: LaunchOptions = {}): Promise<Driver> {
  const c = await ChromiumExt.launch(extensionPath, options);
  const urls: string[] = [];
  c.context.on('request', (req) => urls.push(req.url()));
  return {
    name: 'chromium',
    async goto(url) {
      await c.page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await c.page.reload({ waitUntil: 'load' });
    },
    evaluate: <T>(expression: string) => c.page.evaluate(`(async () => (${expression}))()`) as Promise<T>,
    inShadow: (tag, fn, args = [], index = 0) => c.inShadow(tag, fn, args, index),
    async clickInShadow(tag, selector, index = 0) {
      const at = await c.inShadow<{ x: number; y: number } | null>(tag, RECT_OF, [selector], index);
      if (!at) throw new Error(`nothing matches ${selector} in <${tag}> #${index}`);
      await waitFrame(50);
      const again = await c.inShadow<{ x: number; y: number }>(tag, RECT_OF, [selector], index);
      await c.page.mouse.click(again.x, again.y);
      await waitFrame();
    },
    async press(combo) {
      await c.page.keyboard.press(combo);
      await waitFrame(50);
    },
    extensionEval: (expression) => c.extensionEval(expression),
    pageErrors: () => [...c.pageErrors],
    requests: () => [...urls],
    extensionPage: (path) => `chrome-extension://${c.extensionId}/${path.replace(/^\//, '')}`,
    close: () => c.close(),
  };
}

export async function launchFirefox(extensionPath: string, options: LaunchOptions = {}): Promise<Driver> {
  const ff = await FirefoxBidi.launch(options);
  const errors: string[] = [];
  const urls: string[] = [];
  ff.on((method, params) => {
    // Firefox logs CSP violations as JavaScript errors; they are the page's policy at work, not
    // exceptions (the CSP test reads the violation reports instead).
    if (method === 'log.entryAdded' && params.type === 'javascript' && params.level === 'error') {
      const text = String(params.text);
      if (!text.startsWith('Content-Security-Policy:')) errors.push(text);
    }
    if (method === 'network.beforeRequestSent') {
      const req = params.request as { url?: string } | undefined;
      if (req?.url) urls.push(req.url);
    }
  });
  await ff.subscribe(['log.entryAdded', 'network.beforeRequestSent']);
  await ff.installExtension(extensionPath);
  const rootOf = async (tag: string, index: number) => {
    const roots = await ff.shadowRootsOf(tag);
    const id = roots[index];
    if (!id) throw new Error(`no shadow root under <${tag}> #${index} (found ${roots.length})`);
    return id;
  };
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_ADDON_UUID}/${path.replace(/^\//, '')}`;
  // A background tab on one of our extension pages: the place to evaluate extension-context code.
  let extensionTab: string | null = null;
  const extensionContext = async (): Promise<string> => {
    if (!extensionTab) {
      extensionTab = await ff.createTab();
      await ff.navigate(extensionUrl('popup.html'), extensionTab);
    }
    return extensionTab;
  };
  return {
    name: 'firefox',
    goto: (url) => ff.navigate(url),
    reload: () => ff.reload(),
    evaluate: <T>(expression: string) => ff.evaluate<T>(expression),
    inShadow: async <T>(tag: string, fn: string, args: unknown[] = [], index = 0) =>
      ff.inShadow<T>(await rootOf(tag, index), fn, args),
    async clickInShadow(tag, selector, index = 0) {
      const root = await rootOf(tag, index);
      const at = await ff.inShadow<{ x: number; y: number } | null>(root, RECT_OF, [selector]);
      if (!at) throw new Error(`nothing matches ${selector} in <${tag}> #${index}`);
      await waitFrame(50);
      const again = await ff.inShadow<{ x: number; y: number }>(root, RECT_OF, [selector]);
      await ff.clickAt(again.x, again.y);
      await waitFrame();
    },
    async press(combo) {
      await ff.press(combo);
      await waitFrame(50);
    },
    async extensionEval<T>(expression: string) {
      try {
        return await ff.evaluate<T>(expression, await extensionContext());
      } catch (e) {
        // The tab goes away when the extension reloads: open a fresh one once.
        extensionTab = null;
        if (!String(e).includes('no such frame')) throw e;
        return ff.evaluate<T>(expression, await extensionContext());
      }
    },
    pageErrors: () => [...errors],
    requests: () => [...urls],
    extensionPage: extensionUrl,
    close: () => ff.close(),
  };
}

/** Polls `check` until it returns a truthy value or the time is up (UI appears asynchronously). */
export async function waitFor<T>(
  check: () => Promise<T | null | undefined | false | 0 | ''>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await check();
      if (v) return v as T;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
