import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';

// Flags that keep Chromium off this machine's closed network (TOOLCHAIN.md) and make it run as root.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-pings',
  '--disable-client-side-phishing-detection',
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate',
  // The UI follows the browser's language: pin it so that expected texts are the English messages.
  '--lang=en-US',
];

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: Array<{ name: string; value: { value?: unknown } }>;
  ignored?: boolean;
}

export interface ChromiumLaunchOptions {
  /** Every request to a non-loopback host goes to this local proxy, which records and refuses it. */
  proxyPort?: number;
}

export class ChromiumExt {
  context!: BrowserContext;
  page!: Page;
  cdp!: CDPSession;
  extensionId = '';
  private userDataDir = '';
  /** Uncaught exceptions in the page, from every world: the page's own and the content scripts'. */
  readonly pageErrors: string[] = [];

  static async launch(extensionPath: string, options: ChromiumLaunchOptions = {}): Promise<ChromiumExt> {
    if (!existsSync(CHROMIUM_BIN)) {
      throw new Error(`Chromium not found at ${CHROMIUM_BIN}: apt-get install -y chromium (or set CHROMIUM_BIN)`);
    }
    if (!existsSync(join(extensionPath, 'manifest.json'))) {
      throw new Error(`No extension build at ${extensionPath} (manifest.json missing)`);
    }
    const c = new ChromiumExt();
    c.userDataDir = mkdtempSync(join(tmpdir(), 'contrepoint-chromium-'));
    // No preconnects or prefetches: Chromium would open sockets to the hosts of pages a test serves
    // itself through `route` (2 = never predict).
    mkdirSync(join(c.userDataDir, 'Default'), { recursive: true });
    writeFileSync(join(c.userDataDir, 'Default', 'Preferences'), JSON.stringify({ net: { network_prediction_options: 2 } }));
    const proxy = options.proxyPort ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`] : [];
    c.context = await chromium.launchPersistentContext(c.userDataDir, {
      executablePath: CHROMIUM_BIN,
      headless: true,
      locale: 'en-US',
      args: [...QUIET_FLAGS, ...proxy, `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
    });
    const worker = c.context.serviceWorkers()[0] ?? (await c.context.waitForEvent('serviceworker', { timeout: 20_000 }));
    c.extensionId = new URL(worker.url()).host;
    c.page = c.context.pages()[0] ?? (await c.context.newPage());
    c.cdp = await c.context.newCDPSession(c.page);
    // Playwright's `pageerror` only sees the main world; CDP's Runtime domain also reports exceptions
    // thrown in isolated worlds (our content script and panel), which is what "no error caused by the
    // extension" is about.
    const worlds = new Map<number, string>();
    c.cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) => {
      worlds.set(e.context.id, e.context.auxData?.type === 'isolated' ? `isolated:${e.context.name}` : 'main');
    });
    c.cdp.on(
      'Runtime.exceptionThrown',
      (e: { exceptionDetails: { text: string; executionContextId?: number; url?: string; exception?: { description?: string } } }) => {
        const d = e.exceptionDetails;
        const world = worlds.get(d.executionContextId ?? -1) ?? 'unknown';
        c.pageErrors.push(`[${world}] ${d.exception?.description ?? d.text} ${d.url ?? ''}`.trim());
      },
    );
    await c.cdp.send('Runtime.enable');
    return c;
  }

  /** The extension's service worker (restarted by the browser when idle or after a reload). */
  async serviceWorker(): Promise<Worker> {
    const mine = (w: Worker) => w.url().startsWith(`chrome-extension://${this.extensionId}/`);
    const live = this.context.serviceWorkers().find(mine);
    if (live) return live;
    return this.context.waitForEvent('serviceworker', { predicate: mine, timeout: 15_000 });
  }

  /** Evaluates an expression in the extension's own context (its service worker). */
  async extensionEval<T>(expression: string): Promise<T> {
    const worker = await this.serviceWorker();
    return (await worker.evaluate(`(async () => (${expression}))()`)) as T;
  }

  /** Runs `fn(root, ...args)` on the `index`-th `hostSelector` element's shadow root, closed or open. */
  async inShadow<T>(hostSelector: string, fn: string, args: unknown[] = [], index = 0): Promise<T> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const hosts: CdpNode[] = [];
    const tag = hostSelector.toUpperCase();
    const walk = (n: CdpNode) => {
      if (n.nodeName === tag) hosts.push(n);
      for (const k of n.children ?? []) walk(k);
      for (const k of n.shadowRoots ?? []) walk(k);
      if (n.contentDocument) walk(n.contentDocument);
    };
    walk(root);
    const shadow = hosts[index]?.shadowRoots?.[0];
    if (!shadow) throw new Error(`no shadow root under <${hostSelector}> #${index} (found ${hosts.length} hosts)`);
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    const r = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `async function (argsJson) { return JSON.stringify(await (${fn})(this, ...JSON.parse(argsJson))); }`,
      arguments: [{ value: JSON.stringify(args) }],
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: string }; exceptionDetails?: unknown };
    if (r.exceptionDetails) throw new Error(`inShadow failed: ${JSON.stringify(r.exceptionDetails).slice(0, 400)}`);
    return r.result.value === undefined ? (undefined as T) : (JSON.parse(r.result.value) as T);
  }

  async countHosts(tag: string): Promise<number> {
    return this.page.evaluate((t) => document.querySelectorAll(t).length, tag);
  }

  /** The accessibility tree's nodes (Chromium includes closed shadow content). */
  async axNodes(): Promise<Array<{ role: string; name: string; props: Record<string, unknown> }>> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree', {})) as { nodes: AxNode[] };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? ''),
        props: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
      }));
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}
