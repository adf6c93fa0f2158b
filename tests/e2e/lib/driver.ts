import { ChromiumExt } from './chromium';
import { FIREFOX_ADDON_UUID, FirefoxBidi } from './firefox';

/** What an end-to-end test needs from a real browser with the extension installed, in both engines. */
export interface Driver {
  readonly name: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates an expression in the page's main world (what the news page's own scripts see). */
  evaluate<T>(expression: string): Promise<T>;
  /** Runs `fn(root, ...args)` on the shadow root (closed ones too) of the index-th `<tag>` element. */
  inShadow<T>(tag: string, fn: string, args?: unknown[], index?: number): Promise<T>;
  /** A real mouse click on the first element matching `selector` inside `<tag>`'s shadow root. */
  clickInShadow(tag: string, selector: string, index?: number): Promise<void>;
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

export async function launchChromium(extensionPath: string): Promise<Driver> {
  const c = await ChromiumExt.launch(extensionPath);
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
    pageErrors: () => [...c.pageErrors],
    requests: () => [...urls],
    extensionPage: (path) => `chrome-extension://${c.extensionId}/${path.replace(/^\//, '')}`,
    close: () => c.close(),
  };
}

export async function launchFirefox(extensionPath: string): Promise<Driver> {
  const ff = await FirefoxBidi.launch();
  const errors: string[] = [];
  const urls: string[] = [];
  ff.on((method, params) => {
    if (method === 'log.entryAdded' && params.type === 'javascript' && params.level === 'error') {
      errors.push(String(params.text));
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
    pageErrors: () => [...errors],
    requests: () => [...urls],
    extensionPage: (path) => `moz-extension://${FIREFOX_ADDON_UUID}/${path.replace(/^\//, '')}`,
    close: () => ff.close(),
  };
}

/** Polls `check` until it returns a truthy value or the time is up (UI appears asynchronously). */
export async function waitFor<T>(check: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
