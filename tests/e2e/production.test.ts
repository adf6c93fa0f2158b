import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from './lib/builds';
import { ChromiumExt } from './lib/chromium';
import { amountPattern, fixtureExpectation, NORM, waitForDecision } from './lib/contrepoint';
import { isBrowserVendorRequest, type OfflineProxy, startOfflineProxy } from './lib/offline-proxy';
import { fixtureInLayout, realPage } from './lib/site';

// The PRODUCTION Chrome build (`wxt build`, no test origins) on pages served under real outlets' URLs:
// Playwright answers every request itself (`context.route`), so nothing reaches the network, and the
// manifest's real `matches` decide where the content script runs.

const LANG = 'fr';
const SLUG = 'fr-openai-40-milliards-newspaper';
const EXPECTED = fixtureExpectation(LANG, SLUG);
const LEMONDE_ARTICLE = 'https://www.lemonde.fr/economie/article/2025/04/01/openai-leve-40-milliards-de-dollars_6590000_3234.html';
const LEMONDE_REAL = 'https://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html';
// Not in the built-in list (and .test is reserved, so it can never be a real site).
const UNLISTED = 'https://actu-eco.example.test/2025/04/01/openai-40-milliards.html';

describe('production Chrome build under real outlet URLs (Chromium)', () => {
  let c: ChromiumExt | null = null;
  let proxy: OfflineProxy | null = null;
  let failure: unknown = null;
  const served = new Map<string, string>();
  const requested: string[] = [];

  beforeAll(async () => {
    try {
      proxy = await startOfflineProxy();
      c = await ChromiumExt.launch(requireBuild('chrome-prod'), { proxyPort: proxy.port });
      c.context.on('request', (r) => requested.push(r.url()));
      await c.context.route('**/*', async (route) => {
        const url = route.request().url();
        const body = served.get(url);
        if (body !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
        else await route.fulfill({ status: 404, body: '' });
      });
    } catch (e) {
      failure = e;
    }
  });
  afterAll(async () => {
    await c?.close();
    await proxy?.close();
  });

  const browser = (): ChromiumExt => {
    if (!c) throw new Error(`Chromium with the production build could not start: ${String(failure)}`);
    return c;
  };

  const panelText = async (): Promise<string | null> => {
    const b = browser();
    if ((await b.countHosts('contrepoint-panel')) === 0) return null;
    return b.inShadow<string>('contrepoint-panel', `(root) => (${NORM})(root.querySelector('aside')?.textContent)`);
  };

  /** Loads `url`; waits for the extension's decision on it (or, where no content script may run, for
   * `quietMs`: the listed article shows its panel in about a second), then returns the panel's text. */
  async function panelAfterLoad(url: string, wait: 'decision' | { quietMs: number }): Promise<string | null> {
    const since = Date.now();
    await browser().page.goto(url, { waitUntil: 'load' });
    if (wait === 'decision') {
      const status = await waitForDecision(browser(), url, since);
      if (status.state !== 'found') return panelText();
    }
    const until = Date.now() + (wait === 'decision' ? 5_000 : wait.quietMs);
    for (;;) {
      const text = await panelText().catch(() => null);
      if (text || Date.now() > until) return text;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('shows the panel on an AI-funding article served at www.lemonde.fr (the real `matches` apply)', async () => {
    served.set(LEMONDE_ARTICLE, fixtureInLayout(LANG, SLUG));
    const text = await panelAfterLoad(LEMONDE_ARTICLE, 'decision');
    expect(text, 'the panel on the lemonde.fr article').not.toBeNull();
    expect(text).toContain(EXPECTED.company);
    expect(text).toMatch(amountPattern(EXPECTED.amount?.value ?? 0));
    expect(await browser().countHosts('contrepoint-panel')).toBe(1);
    expect(await browser().countHosts('contrepoint-poll')).toBeGreaterThan(0);
  });

  it("stays silent on Le Monde's own (non-AI) article at its real URL", async () => {
    served.set(LEMONDE_REAL, realPage('readability--lemonde-1.html'));
    expect(await panelAfterLoad(LEMONDE_REAL, 'decision')).toBeNull();
  });

  it('does nothing on a site outside the built-in list (no host permission, no content script)', async () => {
    served.set(UNLISTED, fixtureInLayout(LANG, SLUG));
    expect(await panelAfterLoad(UNLISTED, { quietMs: 2_000 })).toBeNull();
    expect(await browser().countHosts('contrepoint-poll')).toBe(0);
  });

  it('fetched nothing from the network and raised no error', () => {
    const b = browser();
    const pages = new Set([LEMONDE_ARTICLE, LEMONDE_REAL, UNLISTED]);
    const other = requested.filter((u) => !pages.has(u) && !/^(chrome-extension|data|about|blob):/.test(u));
    expect(other).toEqual([]);
    expect(proxy?.attempts().filter((u) => !isBrowserVendorRequest(u))).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
