import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solvePow, utcDay } from '../../server/pow';
import { createReaderSecret, derivePseudonym } from '../../server/pseudonym';
import { axeOnShadowCopy, shadowMarkup } from './lib/axe-check';
import { startResultsServer, type ResultsServer } from './lib/community-server';
import { firefoxPrefs } from './lib/community-firefox';
import { hostCounts, msg, NORM, PANEL, POLL, type PollInfo, pollInfo, waitForDecision, waitForPanel } from './lib/contrepoint';
import type { Driver } from './lib/driver';
import { browserSession, offsiteRequests, type Session, settle } from './lib/session';

// Community results (issue 5) in real browsers against the real results server: two readers, one in
// Chromium and one in Firefox (two profiles), turn sharing on in the options page, answer the same theme
// poll ("Can Europe still catch up?") on articles of two outlets in two languages — a Le Monde layout in
// French, an Abendblatt layout in German — and each then sees the combined counts. Turning sharing off
// withdraws the answer, and with sharing off nothing reaches the server any more.

const THEME_POLL = 'theme:europe-catch-up';
const FR_ARTICLE = '/article/fr/fr-openai-40-milliards-newspaper';
const DE_ARTICLE = '/article/de/de-mistral-asml-serie-c-newspaper';
const THEME_KICKER = 'Can Europe catch up?';
const JOINT = { value: 'eu-joint-investment', label: 'Yes, with joint EU investment' };
const NICHES = { value: 'eu-niches', label: 'Only in some niches' };
// Two answers make results visible: the smallest minimum that still hides a lone answer.
const MIN_COUNT = 2;
// Cheap proofs: the test is about the extension, not about the cost of ballot stuffing.
const POW_BITS = 8;

/** Loads an article and waits for the extension's decision on it (its polls are mounted by then). */
async function openArticle(s: Session, path: string): Promise<void> {
  const url = `${s.site.origin}${path}`;
  const since = Date.now();
  await s.d.goto(url);
  await waitForDecision(s.d, url, since);
}

/** The index of the Europe theme poll: the one offering its options, or showing its kicker once answered. */
async function europePoll(d: Driver): Promise<number> {
  const found = await settle(
    async () => {
      const { polls } = await hostCounts(d);
      for (let i = 0; i < polls; i++) {
        const info = await pollInfo(d, i);
        if (info.radios.some((r) => r.value === JOINT.value) || info.text.includes(THEME_KICKER)) return i;
      }
      return -1;
    },
    (i) => i >= 0,
  );
  expect(found, 'the "Can Europe catch up?" theme poll on the page').toBeGreaterThanOrEqual(0);
  return found;
}

async function vote(d: Driver, option: { value: string }): Promise<number> {
  const i = await europePoll(d);
  if ((await pollInfo(d, i)).radios.length === 0) {
    // Answered before: "Change" brings the radios back.
    await clickPollButton(d, i, msg('pollChange'));
  }
  await d.clickInShadow(POLL, `input[type="radio"][value="${option.value}"]`, i);
  await d.clickInShadow(POLL, 'button[type="submit"]', i);
  return i;
}

async function clickPollButton(d: Driver, i: number, text: string): Promise<void> {
  const marked = await d.inShadow<boolean>(
    POLL,
    `(root, text) => {
      const norm = ${NORM};
      const b = Array.from(root.querySelectorAll('button')).find((e) => norm(e.textContent) === text);
      if (b) b.setAttribute('data-e2e-click', '');
      return !!b;
    }`,
    [text],
    i,
  );
  if (!marked) throw new Error(`no "${text}" button in poll #${i}`);
  await d.clickInShadow(POLL, '[data-e2e-click]', i);
}

/** The text of the poll's community results block ('' when there is none). */
function resultsIn(p: PollInfo): string {
  const at = p.text.indexOf(msg('communityTitle'));
  return at >= 0 ? p.text.slice(at) : '';
}

/** Each community results block under a host (a poll's one, or the panel's one per answered poll), as text. */
function communityBlocks(d: Driver, tag: string, index = 0): Promise<string[]> {
  return d.inShadow<string[]>(
    tag,
    `(root) => {
      const norm = ${NORM};
      return Array.from(root.querySelectorAll('.cp-community')).map((e) => norm(e.textContent));
    }`,
    [],
    index,
  );
}

interface LanguageRow {
  label: string;
  /** What the eye sees: language codes and shares. */
  visual: string;
  /** What a screen reader reads: language names and shares. */
  spoken: string;
}

/** Each result row's per-language line, as seen and as read out. */
function languageSplit(d: Driver, tag: string, index: number): Promise<LanguageRow[]> {
  return d.inShadow<LanguageRow[]>(
    tag,
    `(root) => {
      const norm = ${NORM};
      const without = (el, selector) => {
        const copy = el.cloneNode(true);
        for (const e of copy.querySelectorAll(selector)) e.remove();
        return norm(copy.textContent);
      };
      return Array.from(root.querySelectorAll('.cp-community__option')).map((li) => {
        const langs = li.querySelector('.cp-community__langs');
        return {
          label: norm(li.querySelector('.cp-community__label')?.textContent),
          visual: langs ? without(langs, '.cp-visually-hidden') : '',
          spoken: langs ? without(langs, '[aria-hidden="true"]') : '',
        };
      });
    }`,
    [],
    index,
  );
}

const SWITCH = `Array.from(document.querySelectorAll('[role="switch"]')).find((e) => e.textContent.includes(${JSON.stringify(msg('sharingSwitch'))}))`;

/**
 * Flips the sharing switch in the options page with a real key press (a user gesture, which the browser
 * requires to grant the server's host permission), after typing the server's address if given. Returns
 * the status line once it says `expected`.
 */
async function flipSharing(d: Driver, serverUrl: string | null, expected: string): Promise<string> {
  await d.goto(d.extensionPage('options.html'));
  // Wait until the page shows the stored state (on when turning off, off when turning on): a key press
  // before the settings have loaded would flip the wrong way.
  const before = serverUrl ? 'false' : 'true';
  await settle(() => d.evaluate<string | null>(`(${SWITCH})?.getAttribute('aria-checked') ?? null`), (v) => v === before, 15_000);
  if (serverUrl) {
    await d.evaluate(`(() => {
      const input = document.querySelector('input[type="url"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(serverUrl)});
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
  }
  await d.evaluate(`(${SWITCH}).focus()`);
  await d.press('Enter');
  return settle(
    () => d.evaluate<string>(`(${NORM})(document.querySelector('.cp-options__sharing-status')?.textContent)`),
    (text) => text === expected,
    15_000,
  );
}

describe('community results: two readers, Chromium and Firefox, two outlets, two languages', () => {
  let server: ResultsServer | null = null;
  const results = (): ResultsServer => {
    if (!server) throw new Error('the results server did not start');
    return server;
  };
  beforeAll(async () => {
    server = await startResultsServer({ minCount: MIN_COUNT, powBits: POW_BITS });
  });
  afterAll(async () => {
    await server?.close();
  });
  const prefs = firefoxPrefs();
  prefs.capture();
  const chromium = browserSession('chromium');
  const firefox = browserSession('firefox');
  prefs.allowOptionalPermissions();

  it('1. each reader turns sharing on in the options page, with a key press on the switch: "connected"', async () => {
    const connected = msg('sharingConnected');
    expect(await flipSharing(chromium.get().d, results().url, connected)).toBe(connected);
    expect(await flipSharing(firefox.get().d, results().url, connected)).toBe(connected);
    // Chromium also got `alarms` (retries that survive a stopped service worker); Firefox, its consent.
    expect(await chromium.get().d.extensionEval<boolean>(`chrome.permissions.contains({ permissions: ['alarms'] })`)).toBe(true);
    const consent = await firefox.get().d.extensionEval<string[]>(`browser.permissions.getAll().then((p) => p.data_collection ?? [])`);
    expect([...consent].sort()).toEqual(['browsingActivity', 'websiteActivity']);
    // Only health checks so far: nothing is sent before an answer is given.
    expect(results().requests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/health', 'GET /v1/health']);
  });

  it('2. Chromium answers the Europe poll on the French article: one answer, too few to show', async () => {
    const { d } = chromium.get();
    await openArticle(chromium.get(), FR_ARTICLE);
    const i = await vote(d, JOINT);
    const notEnough = msg('communityNotEnough', '1', String(MIN_COUNT));
    // The live region follows the results a moment later (it is updated after they are painted).
    const shown = await settle(() => pollInfo(d, i), (p) => resultsIn(p).includes(notEnough) && p.live.includes(notEnough), 15_000);
    expect(resultsIn(shown)).toContain(notEnough);
    expect(shown.live).toContain(notEnough);
  });

  it('3. Firefox answers it on the German article and sees both answers, its own marked, announced in the live region', async () => {
    const { d } = firefox.get();
    await openArticle(firefox.get(), DE_ARTICLE);
    const i = await vote(d, NICHES);
    const announced = msg('communityAnnounce', '2', '').trim();
    const shown = await settle(() => pollInfo(d, i), (p) => resultsIn(p).includes(msg('communityTotal', '2')) && p.live.includes(announced), 15_000);
    const block = resultsIn(shown);
    expect(block).toContain(msg('communityTotal', '2'));
    expect(block).toContain(`${NICHES.label} (${msg('communityYours')}) 1 · 50%`);
    expect(block).toContain(`${JOINT.label} 1 · 50%`);
    expect(block).toContain(msg('communityNotRepresentative'));
    expect(shown.live).toContain(announced);
    expect(shown.live).toContain(`${NICHES.label}: 1 (50%), ${msg('communityYours')}`);
  });

  it('4. Chromium, back on its French article, sees the combined counts in the poll and in the panel', async () => {
    const { d } = chromium.get();
    await openArticle(chromium.get(), FR_ARTICLE);
    const i = await europePoll(d);
    const shown = await settle(() => pollInfo(d, i), (p) => resultsIn(p).includes(msg('communityTotal', '2')), 15_000);
    expect(resultsIn(shown)).toContain(`${JOINT.label} (${msg('communityYours')}) 1 · 50%`);
    expect(resultsIn(shown)).toContain(`${NICHES.label} 1 · 50%`);
    await waitForPanel(d);
    const inPanel = await settle(() => communityBlocks(d, PANEL), (b) => b.some((t) => t.includes(msg('communityTotal', '2'))), 10_000);
    // One block, named by the article's question, with the same counts as the poll.
    expect(inPanel).toHaveLength(1);
    expect(inPanel[0]).toContain('L’Europe peut-elle encore rattraper son retard');
    expect(inPanel[0]).toContain(`${JOINT.label} (${msg('communityYours')}) 1 · 50%`);
  });

  it('4b. axe-core finds no serious or critical violation in a poll showing community results', async () => {
    const s = chromium.get();
    await openArticle(s, FR_ARTICLE);
    const i = await europePoll(s.d);
    await settle(() => communityBlocks(s.d, POLL, i), (b) => b.some((t) => t.includes(msg('communityTotal', '2'))), 10_000);
    const markup = await shadowMarkup(s.d, POLL, i);
    expect(markup).toContain('cp-community');
    const grave = (await axeOnShadowCopy(s.d, s.site, markup, POLL)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(grave).toEqual([]);
  });

  it('5. the server got one answer from each browser: a per-poll pseudonym, the option, the language and a proof, nothing else', () => {
    const puts = results()
      .requests()
      .filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(2);
    const [fromChromium, fromFirefox] = puts;
    expect(fromChromium?.origin).toMatch(/^chrome-extension:\/\/[a-p]{32}$/);
    expect(fromFirefox?.origin).toMatch(/^moz-extension:\/\//);
    const voters = puts.map((r) => decodeURIComponent(r.path).match(/^\/v1\/polls\/([^/]+)\/answers\/([A-Za-z0-9_-]{43})$/));
    expect(voters.map((m) => m?.[1])).toEqual([THEME_POLL, THEME_POLL]);
    expect(voters[0]?.[2]).not.toBe(voters[1]?.[2]);
    const bodies = puts.map((r) => JSON.parse(r.body) as Record<string, unknown>);
    for (const body of bodies) expect(Object.keys(body).sort()).toEqual(['lang', 'option', 'pow']);
    expect(bodies.map((b) => [b.option, b.lang])).toEqual([
      [JOINT.value, 'fr'],
      [NICHES.value, 'de'],
    ]);
    // No page address, title or article text in anything the server received.
    const everything = results()
      .requests()
      .map((r) => `${r.path} ${r.body}`)
      .join('\n');
    expect(everything).not.toMatch(/article|openai|mistral|127\.0\.0\.1:\d+\/article/i);
  });

  it('6. Chromium turns sharing off: its answer is withdrawn, and Firefox is back to "not enough answers (1)"', async () => {
    const c = chromium.get().d;
    const withdrawn = msg('sharingWithdrawn', '1');
    expect(await flipSharing(c, null, withdrawn)).toBe(withdrawn);
    const deletes = results()
      .requests()
      .filter((r) => r.method === 'DELETE');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]?.origin).toMatch(/^chrome-extension:\/\//);
    expect(decodeURIComponent(deletes[0]?.path ?? '')).toMatch(new RegExp(`^/v1/polls/${THEME_POLL}/answers/`));
    // The sharing permission it asked for is given back (the host is one the e2e build requires).
    expect(await c.extensionEval<boolean>(`chrome.permissions.contains({ permissions: ['alarms'] })`)).toBe(false);

    const f = firefox.get().d;
    await openArticle(firefox.get(), DE_ARTICLE);
    const i = await europePoll(f);
    const shown = await settle(() => pollInfo(f, i), (p) => resultsIn(p).includes('Not enough answers yet'), 15_000);
    expect(resultsIn(shown)).toContain(msg('communityNotEnough', '1', String(MIN_COUNT)));
  });

  it('7. with sharing off, a new vote sends nothing: no request reaches the results server, none leaves the machine', async () => {
    const s = chromium.get();
    const before = results().requests().length;
    await openArticle(s, FR_ARTICLE);
    const i = await vote(s.d, NICHES);
    const voted = await settle(() => pollInfo(s.d, i), (p) => p.live.includes(NICHES.label));
    expect(voted.live).toContain(msg('pollSaved', NICHES.label));
    expect(resultsIn(voted)).toBe('');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(results().requests().slice(before)).toEqual([]);
    for (const session of [chromium.get(), firefox.get()]) {
      expect(offsiteRequests(session).filter((u) => !u.startsWith(results().url))).toEqual([]);
    }
  });

  it('8. the per-language split appears once each language has enough answers: "FR 0% · DE 100%", read out as language names', async () => {
    // Three more readers, answering straight to the server (as another browser would): two in French,
    // one in German. The German one chooses like the Firefox reader.
    const add = async (option: string, lang: string) => {
      const voter = await derivePseudonym(createReaderSecret(), THEME_POLL);
      const day = utcDay();
      const nonce = await solvePow({ pollId: THEME_POLL, voter, option, day }, POW_BITS);
      const response = await fetch(`${results().url}/v1/polls/${THEME_POLL}/answers/${voter}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ option, lang, pow: { day, nonce } }),
      });
      expect(response.status).toBe(201);
    };
    await add(JOINT.value, 'fr');
    await add(JOINT.value, 'fr');
    await add(NICHES.value, 'de');

    const s = firefox.get();
    await openArticle(s, DE_ARTICLE);
    const i = await europePoll(s.d);
    const split = await settle(() => languageSplit(s.d, POLL, i), (rows) => rows.some((r) => r.visual !== ''), 10_000);
    const niches = split.find((r) => r.label.startsWith(NICHES.label));
    expect(niches).toEqual({ label: `${NICHES.label} (${msg('communityYours')})`, visual: 'FR 0% · DE 100%', spoken: 'French 0% · German 100%' });
    expect(split.find((r) => r.label === JOINT.label)).toMatchObject({ visual: 'FR 100% · DE 0%' });
    const [block] = await communityBlocks(s.d, POLL, i);
    expect(block).toContain(`${msg('communityTotal', '4')} · ${msg('communityLangTotals', 'FR 2 · DE 2')}`);
  });

  it('9. Firefox turns sharing off too: its answer is withdrawn and the data-collection consent given back', async () => {
    const f = firefox.get().d;
    const withdrawn = msg('sharingWithdrawn', '1');
    expect(await flipSharing(f, null, withdrawn)).toBe(withdrawn);
    const deletes = results()
      .requests()
      .filter((r) => r.method === 'DELETE' && r.origin?.startsWith('moz-extension://'));
    expect(deletes).toHaveLength(1);
    const consent = await settle(
      () => f.extensionEval<string[]>(`browser.permissions.getAll().then((p) => p.data_collection ?? [])`),
      (c) => c.length === 0,
    );
    expect(consent).toEqual([]);
  });

  it('10. no error in either page', () => {
    for (const session of [chromium.get(), firefox.get()]) {
      expect(session.d.pageErrors(), session.d.name).toEqual([]);
    }
  });
});

