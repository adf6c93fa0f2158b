import { type ChildProcess, spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

// Playwright cannot drive stock Firefox ESR (TOOLCHAIN.md), so we speak WebDriver BiDi to Firefox's own
// remote agent over a WebSocket. Only the few commands the e2e tests need are wrapped here.

export const FIREFOX_ADDON_UUID = '5b1f6c3e-2d7a-4c1e-9a57-0c0ffee0a11e';
export const FIREFOX_ADDON_ID = 'contrepoint@contrepoint.example';

type Json = Record<string, unknown>;
interface Pending {
  resolve: (v: Json) => void;
  reject: (e: Error) => void;
  method: string;
}

// Prefs that keep Firefox off the closed network and quiet (updates, telemetry, remote settings…).
const USER_JS = [
  ['app.update.enabled', false],
  ['app.update.auto', false],
  ['toolkit.telemetry.enabled', false],
  ['toolkit.telemetry.unified', false],
  ['datareporting.healthreport.uploadEnabled', false],
  ['datareporting.policy.dataSubmissionEnabled', false],
  ['app.normandy.enabled', false],
  ['app.shield.optoutstudies.enabled', false],
  ['services.settings.server', 'http://127.0.0.1:9/'],
  ['browser.safebrowsing.malware.enabled', false],
  ['browser.safebrowsing.phishing.enabled', false],
  ['browser.safebrowsing.downloads.enabled', false],
  ['browser.safebrowsing.provider.google4.updateURL', ''],
  ['network.captive-portal-service.enabled', false],
  ['network.connectivity-service.enabled', false],
  ['browser.newtabpage.enabled', false],
  ['browser.startup.homepage_override.mstone', 'ignore'],
  ['extensions.getAddons.cache.enabled', false],
  ['extensions.update.enabled', false],
  ['extensions.systemAddon.update.enabled', false],
  ['browser.ping-centre.telemetry', false],
  ['network.dns.disablePrefetch', true],
  ['network.prefetch-next', false],
  ['browser.aboutConfig.showWarning', false],
  ['datareporting.usage.uploadEnabled', false],
  ['browser.topsites.contile.enabled', false],
  ['app.update.disabledForTesting', true],
  ['media.gmp-manager.updateEnabled', false],
  ['media.gmp-manager.url', 'http://127.0.0.1:9/'],
  ['media.gmp-gmpopenh264.enabled', false],
  ['media.gmp-widevinecdm.enabled', false],
  ['extensions.webextensions.uuids', JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID })],
  // The UI follows the browser's language: pin it so that expected texts are the English messages.
  ['intl.locale.requested', 'en-US'],
  ['intl.accept_languages', 'en-US, en'],
] as const;

export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? 'firefox-esr';

/** Prefs that send every non-loopback request to a local proxy that records and refuses it. */
function proxyPrefs(port: number): Array<readonly [string, string | number | boolean]> {
  return [
    ['network.proxy.type', 1],
    ['network.proxy.http', '127.0.0.1'],
    ['network.proxy.http_port', port],
    ['network.proxy.ssl', '127.0.0.1'],
    ['network.proxy.ssl_port', port],
    ['network.proxy.share_proxy_settings', false],
    // Loopback stays direct (the test site and the BiDi socket).
    ['network.proxy.allow_hijacking_localhost', false],
    ['network.proxy.no_proxies_on', ''],
  ];
}

export interface FirefoxLaunchOptions {
  proxyPort?: number;
}

function assertFirefoxInstalled(): void {
  try {
    execFileSync(FIREFOX_BIN, ['--version'], { stdio: 'ignore', timeout: 20_000 });
  } catch {
    throw new Error(`Firefox not found (${FIREFOX_BIN}): apt-get install -y firefox-esr (or set FIREFOX_BIN)`);
  }
}

// WebDriver BiDi key values (the WebDriver spec's code points for non-printing keys).
const KEYS: Record<string, string> = { Tab: '\uE004', Escape: '\uE00C', Shift: '\uE008', Alt: '\uE00A', Enter: '\uE007' };

export class FirefoxBidi {
  private ws!: WebSocket;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private listeners: Array<(method: string, params: Json) => void> = [];
  private proc!: ChildProcess;
  private profile!: string;
  context = '';
  readonly logs: string[] = [];

  static async launch(options: FirefoxLaunchOptions = {}): Promise<FirefoxBidi> {
    assertFirefoxInstalled();
    const ff = new FirefoxBidi();
    await ff.start(options);
    return ff;
  }

  private async start(options: FirefoxLaunchOptions): Promise<void> {
    this.profile = mkdtempSync(join(tmpdir(), 'contrepoint-ff-'));
    const prefs = [...USER_JS, ...(options.proxyPort ? proxyPrefs(options.proxyPort) : [])];
    writeFileSync(
      join(this.profile, 'user.js'),
      prefs.map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'),
    );
    this.proc = spawn(
      FIREFOX_BIN,
      ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', this.profile],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
    );
    const wsUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Firefox did not start its BiDi agent in 30 s')), 30_000);
      let buf = '';
      const onData = (d: Buffer) => {
        buf += d.toString();
        const m = buf.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      this.proc.stderr?.on('data', onData);
      this.proc.stdout?.on('data', onData);
      this.proc.on('exit', (code) => reject(new Error(`Firefox exited early (${code}): ${buf.slice(-500)}`)));
    });
    this.ws = new WebSocket(`${wsUrl.replace(/\/$/, '')}/session`);
    await new Promise<void>((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.ws.on('message', (raw) => this.onMessage(JSON.parse(raw.toString()) as Json));
    await this.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true, unhandledPromptBehavior: { default: 'ignore' } } } });
    const tree = await this.send('browsingContext.getTree', {});
    const first = (tree.contexts as Array<{ context: string }>)[0]?.context;
    // The start-up tab's document never has focus in headless Firefox (document.hasFocus() stays false,
    // so `:focus-visible` never matches); a window opened over BiDi does. Work in that one.
    const opened = await this.send('browsingContext.create', { type: 'window' });
    this.context = String(opened.context);
    if (first) await this.send('browsingContext.close', { context: first }).catch(() => undefined);
  }

  private onMessage(msg: Json): void {
    if (typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error(`${p.method}: ${String(msg.error)} ${String(msg.message)}`));
      else p.resolve((msg.result as Json) ?? {});
      return;
    }
    if (msg.type === 'event') {
      for (const l of this.listeners) l(String(msg.method), (msg.params as Json) ?? {});
    }
  }

  send(method: string, params: Json): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on(listener: (method: string, params: Json) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  async subscribe(events: string[]): Promise<void> {
    await this.send('session.subscribe', { events });
  }

  async installExtension(path: string): Promise<string> {
    const r = await this.send('webExtension.install', { extensionData: { type: 'path', path } });
    return String(r.extension);
  }

  async navigate(url: string, context = this.context): Promise<void> {
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
  }

  async reload(context = this.context): Promise<void> {
    await this.send('browsingContext.reload', { context, wait: 'complete' });
  }

  /** Evaluates an expression in the page's main world and returns its JSON value. */
  async evaluate<T>(expression: string, context = this.context): Promise<T> {
    const r = await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const result = r.result as { type: string; value?: string } | undefined;
    if (r.type === 'exception') throw new Error(`evaluate failed: ${JSON.stringify(r.exceptionDetails).slice(0, 500)}`);
    return result?.value === undefined ? (undefined as T) : (JSON.parse(result.value) as T);
  }

  /**
   * Serialises `selector`'s elements with their shadow trees, closed ones included (BiDi
   * `includeShadowTree: "all"`), and returns the shared id of each element's shadow root.
   */
  async shadowRootsOf(selector: string, context = this.context): Promise<string[]> {
    const r = await this.send('script.evaluate', {
      expression: `Array.from(document.querySelectorAll(${JSON.stringify(selector)}))`,
      target: { context },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
    });
    const list = ((r.result as Json)?.value as Json[]) ?? [];
    return list
      .map((node) => ((node.value as Json)?.shadowRoot as Json | undefined)?.sharedId)
      .filter((id): id is string => typeof id === 'string');
  }

  /** Runs `fn(root, ...args)` in the page with `root` = a (possibly closed) shadow root; returns JSON. */
  async inShadow<T>(rootSharedId: string, fn: string, args: unknown[] = [], context = this.context): Promise<T> {
    const r = await this.send('script.callFunction', {
      functionDeclaration: `async (root, argsJson) => JSON.stringify(await (${fn})(root, ...JSON.parse(argsJson)))`,
      target: { context },
      arguments: [{ sharedId: rootSharedId }, { type: 'string', value: JSON.stringify(args) }],
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.type === 'exception') throw new Error(`callFunction failed: ${JSON.stringify(r.exceptionDetails).slice(0, 500)}`);
    const value = (r.result as { value?: string } | undefined)?.value;
    return value === undefined ? (undefined as T) : (JSON.parse(value) as T);
  }

  /** A real pointer click at viewport coordinates. */
  async clickAt(x: number, y: number, context = this.context): Promise<void> {
    await this.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** Real key presses: `Tab`, `Escape`, `Shift+Tab`, `Alt+Shift+C`… (modifiers joined with `+`). */
  async press(combo: string, context = this.context): Promise<void> {
    const parts = combo.split('+').map((k) => KEYS[k] ?? k);
    const down = parts.map((value) => ({ type: 'keyDown', value }));
    const up = [...parts].reverse().map((value) => ({ type: 'keyUp', value }));
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }],
    });
    await this.send('input.releaseActions', { context });
  }

  /** Brings the tab to the front and gives it focus (`:focus` only matches in a focused document). */
  async activate(context = this.context): Promise<void> {
    await this.send('browsingContext.activate', { context });
  }

  /** A new tab in the background (for extension pages next to the page under test). */
  async createTab(): Promise<string> {
    const r = await this.send('browsingContext.create', { type: 'tab', background: true });
    return String(r.context);
  }

  /** A real pointer click at the centre of an element given by a shared id. */
  async clickElement(sharedId: string, context = this.context): Promise<void> {
    await this.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.send('session.end', {}), new Promise((r) => setTimeout(r, 2000))]);
    } catch {
      // the browser may already be gone
    }
    this.ws?.close();
    this.proc?.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    rmSync(this.profile, { recursive: true, force: true });
  }
}
