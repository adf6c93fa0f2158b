import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';

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
];

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: Array<{ name: string; value: { value?: unknown } }>;
  ignored?: boolean;
}

export class ChromiumExt {
  context!: BrowserContext;
  page!: Page;
  cdp!: CDPSession;
  extensionId = '';
  private userDataDir = '';
  readonly pageErrors: string[] = [];

  static async launch(extensionPath: string): Promise<ChromiumExt> {
    const c = new ChromiumExt();
    c.userDataDir = mkdtempSync(join(tmpdir(), 'contrepoint-chromium-'));
    c.context = await chromium.launchPersistentContext(c.userDataDir, {
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      headless: true,
      args: [...QUIET_FLAGS, `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
    });
    const worker = c.context.serviceWorkers()[0] ?? (await c.context.waitForEvent('serviceworker', { timeout: 20_000 }));
    c.extensionId = new URL(worker.url()).host;
    c.page = c.context.pages()[0] ?? (await c.context.newPage());
    c.page.on('pageerror', (e) => c.pageErrors.push(String(e?.message ?? e)));
    c.cdp = await c.context.newCDPSession(c.page);
    return c;
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
