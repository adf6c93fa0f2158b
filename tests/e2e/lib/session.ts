import { afterAll, beforeAll } from 'vitest';
import { requireSharedDir } from '../../shared-dir';
import { requireBuild } from './builds';
import { type BrowserName, type Driver, launchChromium, launchFirefox } from './driver';
import { isBrowserVendorRequest, type OfflineProxy, startOfflineProxy } from './offline-proxy';
import { type Site, serveSite } from './site';

export interface Session {
  d: Driver;
  site: Site;
  proxy: OfflineProxy;
}

/**
 * One browser (with the e2e build installed), the local news site and the recording proxy for a whole
 * `describe` block: launched in beforeAll, closed in afterAll. Tests in the block share the browser
 * (and so its storage) and run in order.
 */
export function browserSession(name: BrowserName): { get(): Session } {
  let session: Session | null = null;
  let failure: unknown = null;
  beforeAll(async () => {
    try {
      requireSharedDir();
      const build = requireBuild(name === 'chromium' ? 'chrome-e2e' : 'firefox-e2e');
      const proxy = await startOfflineProxy();
      const site = await serveSite();
      const d = name === 'chromium' ? await launchChromium(build, { proxyPort: proxy.port }) : await launchFirefox(build, { proxyPort: proxy.port });
      session = { d, site, proxy };
    } catch (e) {
      // Every test of the block then fails with this message (a missing browser, build or shared
      // folder is a failure, never a skip).
      failure = e;
      console.error(`[e2e] ${name} could not start: ${String(e)}`);
    }
  });
  afterAll(async () => {
    await session?.d.close();
    await session?.site.close();
    await session?.proxy.close();
  });
  return {
    get() {
      if (!session) throw new Error(`${name} session not available: ${String(failure ?? 'beforeAll did not run')}`);
      return session;
    },
  };
}

const OWN_SCHEMES = /^(chrome-extension|moz-extension|data|about|blob|chrome|resource|moz-icon):/;

/** Requests that would have left the machine: seen by the browser's request events or by the proxy. */
export function offsiteRequests(s: Session): string[] {
  const fromBrowser = s.d.requests().filter((u) => !u.startsWith(`${s.site.origin}/`) && !OWN_SCHEMES.test(u));
  const fromProxy = s.proxy.attempts();
  const vendor = fromProxy.filter(isBrowserVendorRequest);
  if (vendor.length > 0) console.log(`[network ${s.d.name}] browser's own requests set aside: ${[...new Set(vendor)].join(', ')}`);
  return [...new Set([...fromBrowser, ...fromProxy.filter((u) => !isBrowserVendorRequest(u))])];
}

/** Polls `read` until `done(value)` or the time is up, and returns the last value either way, so that
 * the test's own `expect` shows what was actually there. A read that throws (UI not there yet) is
 * retried; if no read ever succeeded, its last error is thrown. */
export async function settle<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 8_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: { value: T } | null = null;
  let error: unknown = null;
  for (;;) {
    try {
      last = { value: await read() };
      if (done(last.value)) return last.value;
    } catch (e) {
      error = e;
    }
    if (Date.now() >= until) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (last) return last.value;
  throw error;
}
