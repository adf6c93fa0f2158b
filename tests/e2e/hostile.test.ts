import { describe, expect, it } from 'vitest';
import {
  clearStorage,
  fixtureExpectation,
  frameRoundTrip,
  highlightedText,
  highlightState,
  hostCounts,
  msg,
  NORM,
  norm,
  PANEL,
  POLL,
  panelInfo,
  pollInfo,
  pollPlacements,
  waitForDecision,
  waitForPanel,
} from './lib/contrepoint';
import type { Driver } from './lib/driver';
import {
  articlePage,
  builtinsScript,
  hugePage,
  iframeHostPage,
  LANG,
  REMOVE_FOREIGN_SCRIPT,
  RERENDER_SCRIPT,
  SLUG,
  STRICT_CSP,
  spaScript,
  splitSentencePage,
} from './lib/hostile-pages';
import { browserSession, offsiteRequests, type Session, settle } from './lib/session';
import { fixtureText, withPageScript } from './lib/site';

// Issue 4's hostile pages, each in both browsers. Every case asserts: no error caused by the extension,
// no duplicate UI (one panel, one poll per question), no lost answer, and a clean teardown; where the
// right behaviour is a matter of design, the test prints what the extension did.

const EXPECTED = fixtureExpectation(LANG, SLUG);
const QUOTES = EXPECTED.questions.map((q) => norm(q.quote));
const SECOND = { slug: 'fr-mistral-serie-c-asml-wire', ...fixtureExpectation(LANG, 'fr-mistral-serie-c-asml-wire') };
const NEGATIVE = 'fr-negative-cnil-clearview-amende-wire';

async function open(s: Session, path: string, decisionMs = 15_000): Promise<{ url: string; state: string }> {
  const url = `${s.site.origin}${path}`;
  const since = Date.now();
  await s.d.goto(url);
  const status = await waitForDecision(s.d, url, since, decisionMs);
  return { url, state: status.state };
}

/** Errors raised since `from` (an index into the driver's error list). */
function errorsSince(d: Driver, from: number): string[] {
  return d.pageErrors().slice(from);
}

/** How many polls ask each of `quotes` (by the text of the block each poll follows). */
async function pollsPerQuote(d: Driver, quotes: string[]): Promise<Record<string, number>> {
  const placements = await pollPlacements(d);
  const out: Record<string, number> = {};
  for (const q of quotes) out[q.slice(0, 50)] = placements.filter((p) => p.anchorText.includes(q)).length;
  return out;
}

/** Votes on poll `index` by real clicks; returns the chosen option's label once it is announced. */
async function vote(d: Driver, index: number, option = 0): Promise<string> {
  const info = await pollInfo(d, index);
  const radio = info.radios[option];
  if (!radio) throw new Error(`poll #${index} has no option #${option}`);
  await d.clickInShadow(POLL, `input[type="radio"][value="${radio.value}"]`, index);
  await d.clickInShadow(POLL, 'button[type="submit"]', index);
  // Announced in the live region; or, when a re-render made the extension put the poll back in the
  // meantime, shown by the new poll as the reader's answer.
  const saved = (p: Awaited<ReturnType<typeof pollInfo>>) =>
    p.live.includes(radio.label) || (p.radios.length === 0 && p.text.includes(msg('pollYourAnswer', radio.label)));
  const after = await settle(() => pollInfo(d, index), saved, 3_000);
  if (!saved(after)) throw new Error(`vote not announced (live region: "${after.live}")`);
  if (!after.live.includes(radio.label)) console.log(`[vote ${d.name}] saved, but the announcement was lost when the poll was put back`);
  return radio.label;
}

/** The reader's answer as the poll shows it after a reload: a checked radio, or "Your answer: …". */
async function shownAnswer(d: Driver, index: number): Promise<string> {
  const info = await pollInfo(d, index);
  const checked = info.radios.find((r) => r.checked);
  if (checked) return checked.label;
  return info.text.includes(msg('pollYourAnswer', '')) ? info.text : '';
}

/** The panel's computed look, to compare a page with a strict CSP to the same page without it. */
function panelLook(d: Driver): Promise<Record<string, string>> {
  return d.inShadow<Record<string, string>>(
    PANEL,
    `(root) => {
      const aside = root.querySelector('aside');
      const cs = getComputedStyle(aside);
      return { position: cs.position, width: cs.width, background: cs.backgroundColor, font: cs.fontFamily.slice(0, 40), size: cs.fontSize, z: cs.zIndex };
    }`,
  );
}

describe.each(['chromium', 'firefox'] as const)('hostile pages in %s', (name) => {
  const s = browserSession(name);

  it('a. a strict Content-Security-Policy does not block the panel or its shadow-root styles', async () => {
    const { d, site } = s.get();
    const html = articlePage();
    site.put('/hostile/csp-reference', html);
    site.put('/hostile/csp', html, { 'content-security-policy': STRICT_CSP });
    const errors = d.pageErrors().length;
    await open(s.get(), '/hostile/csp-reference');
    await waitForPanel(d);
    const reference = await panelLook(d);
    const referencePolls = (await hostCounts(d)).polls;
    const reportsBefore = site.cspReports().length;

    await open(s.get(), '/hostile/csp');
    const info = await waitForPanel(d);
    expect(await hostCounts(d)).toEqual({ panels: 1, polls: referencePolls });
    expect(info.text).toContain(EXPECTED.company);
    // Same look as without the policy: the styles inside the shadow root were applied.
    expect(await panelLook(d)).toEqual(reference);
    // Violations the browser reported that name our code or our stylesheet (the layout's own inline
    // styles are blocked too and reported; those are the page's).
    const ours = site
      .cspReports()
      .slice(reportsBefore)
      .filter((r) => /contrepoint|cp-|:host|WXT|extension:/i.test(r));
    expect(ours).toEqual([]);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('b. a page re-rendering its article every second: one panel, never two polls for a question, the vote survives', async () => {
    const { d, site } = s.get();
    site.put('/hostile/rerender', withPageScript(articlePage(), RERENDER_SCRIPT));
    await clearStorage(d);
    const errors = d.pageErrors().length;
    await open(s.get(), '/hostile/rerender');
    await waitForPanel(d);
    const initial = (await hostCounts(d)).polls;
    expect(initial).toBeGreaterThan(0);

    // Vote while the page re-renders (a reader does not wait for the page to calm down); a poll replaced
    // under the pointer is voted on again, as the reader would.
    let label = '';
    for (let attempt = 0; attempt < 3 && !label; attempt++) {
      try {
        label = await vote(d, 0);
      } catch (e) {
        console.log(`[rerender ${name}] vote attempt ${attempt + 1} failed: ${String(e).slice(0, 160)}`);
      }
    }
    expect(label, 'a vote announced within three tries').not.toBe('');

    // Watch several re-renders: never a second panel, never more polls than questions.
    const samples: Array<{ panels: number; polls: number; perQuote: Record<string, number> }> = [];
    const until = Date.now() + 4_500;
    while (Date.now() < until) {
      const c = await hostCounts(d);
      samples.push({ ...c, perQuote: await pollsPerQuote(d, QUOTES) });
      await new Promise((r) => setTimeout(r, 250));
    }
    const renders = await d.evaluate<number>('window.__renders');
    console.log(`[rerender ${name}] ${renders} re-renders; polls over time: ${samples.map((x) => x.polls).join(' ')}`);
    expect(renders).toBeGreaterThanOrEqual(4);
    expect(samples.every((x) => x.panels === 1)).toBe(true);
    expect(Math.max(...samples.map((x) => x.polls))).toBeLessThanOrEqual(initial);
    expect(samples.flatMap((x) => Object.values(x.perQuote)).every((n) => n <= 1)).toBe(true);

    // Once the page is quiet again, a figure still lights its text in the live article, not in the
    // paragraphs the re-renders threw away.
    await d.evaluate('window.__stopRerender()');
    await new Promise((r) => setTimeout(r, 1_200));
    await d.clickInShadow(PANEL, '.cp-figure button');
    const lit = await settle(() => highlightState(d), (h) => h.figure || h.marks > 0, 3_000);
    // Soft: the vote below is checked either way.
    expect.soft({ figure: lit.figure, live: lit.figureLive, text: lit.figureText.slice(0, 60) }).toMatchObject({ figure: true, live: true });

    // The answer is kept: after a reload (the page re-renders again) the poll shows it.
    await open(s.get(), '/hostile/rerender');
    const again = await settle(() => hostCounts(d), (c) => c.polls > 0);
    expect(again.polls).toBeGreaterThan(0);
    expect(await settle(() => shownAnswer(d, 0), (a) => a.includes(label), 3_000)).toContain(label);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('c. a page removing every element it did not create: no loop, no error (reports what the extension does)', async () => {
    const { d, site } = s.get();
    site.put('/hostile/remove-foreign', withPageScript(articlePage(), REMOVE_FOREIGN_SCRIPT, 'head'));
    const errors = d.pageErrors().length;
    await open(s.get(), '/hostile/remove-foreign');
    const removedCount = () => d.evaluate<number>('window.__removed.length');
    // No loop: the number of removals stops growing (re-insertions, if any, give up). "Stopped" = no
    // change for QUIET_MS, several times the extension's own DOM-check interval.
    const QUIET_MS = 2_000;
    let last = -1;
    let changedAt = Date.now();
    const stable = await settle(
      async () => {
        const now = await removedCount();
        if (now !== last) changedAt = Date.now();
        last = now;
        return { now, same: Date.now() - changedAt >= QUIET_MS };
      },
      (v) => v.same,
      15_000,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const later = await removedCount();
    const removed = await d.evaluate<string[]>('window.__removed');
    const counts = await hostCounts(d);
    console.log(
      `[remove-foreign ${name}] the page removed ${removed.length} element(s) of ours: ${JSON.stringify(tally(removed))}; left in the page: ${JSON.stringify(counts)}`,
    );
    expect(stable.same).toBe(true);
    expect(later, 'no new insertions after the removals settled (no insert/remove loop)').toBe(stable.now);
    expect(removed.length).toBeLessThan(60);
    expect(counts.panels).toBeLessThanOrEqual(1);
    expect(await frameRoundTrip(d)).toBeLessThan(1_000);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('d. pushState navigation between articles: the old UI and highlights go, the new article gets one panel', async () => {
    const { d, site } = s.get();
    const articles = {
      a: fixtureText(LANG, SLUG),
      b: fixtureText(LANG, SECOND.slug),
      c: fixtureText(LANG, NEGATIVE),
    };
    const script = spaScript(articles);
    for (const key of ['a', 'b', 'c'] as const) {
      const page = articlePage(key === 'a' ? SLUG : key === 'b' ? SECOND.slug : NEGATIVE);
      site.put(`/spa/${key}`, withPageScript(page, script));
    }
    const errors = d.pageErrors().length;
    await open(s.get(), '/spa/a');
    await waitForPanel(d);
    await d.clickInShadow(PANEL, '.cp-figure button');
    expect((await settle(() => highlightState(d), (h) => h.figure || h.marks > 0, 3_000)).figure, "A's figure lit before leaving").toBe(true);

    // A → B (another AI-funding article).
    let since = Date.now();
    await d.evaluate(`window.__go('b')`);
    const urlB = `${site.origin}/spa/b`;
    expect((await waitForDecision(d, urlB, since)).state).toBe('found');
    const onB = await settle(
      async () => ({ counts: await hostCounts(d), panel: await panelInfo(d).catch(() => null) }),
      (v) => v.counts.panels === 1 && (v.panel?.text.includes(SECOND.company ?? '?') ?? false),
    );
    expect(onB.counts.panels).toBe(1);
    expect(onB.panel?.text).toContain(SECOND.company);
    const placementsB = await pollPlacements(d);
    expect(placementsB.filter((p) => QUOTES.some((q) => p.anchorText.includes(q))), "polls of A's questions left").toEqual([]);
    const quotesB = SECOND.questions.map((q) => norm(q.quote));
    for (const n of Object.values(await pollsPerQuote(d, quotesB))) expect(n).toBeLessThanOrEqual(1);
    const litB = await highlightState(d);
    expect({ figure: litB.figure, marks: litB.marks }, 'highlights of A removed').toEqual({ figure: false, marks: 0 });

    // B → C (not about AI funding): nothing of ours stays.
    since = Date.now();
    await d.evaluate(`window.__go('c')`);
    expect((await waitForDecision(d, `${site.origin}/spa/c`, since)).state).toBe('not-found');
    expect(await settle(() => hostCounts(d), (c) => c.panels + c.polls === 0, 3_000)).toEqual({ panels: 0, polls: 0 });

    // Back to B: one panel again, not two.
    since = Date.now();
    await d.evaluate('history.back()');
    await waitForDecision(d, urlB, since);
    const back = await settle(() => hostCounts(d), (c) => c.panels === 1);
    expect(back.panels).toBe(1);
    for (const n of Object.values(await pollsPerQuote(d, quotesB))) expect(n).toBeLessThanOrEqual(1);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('d2. pushState from a page the gate turned down to an AI-funding article: the gate hears of it, the panel comes', async () => {
    // The gate adds no listener to the page: the background tells it the URL changed (tabs.onUpdated).
    const { d, site } = s.get();
    // A municipal budget: money but no AI, so the gate itself says no and the panel script never loads.
    const municipal = 'fr-negative-budget-metropole-newspaper';
    const script = spaScript({ a: fixtureText(LANG, SLUG), m: fixtureText(LANG, municipal) });
    site.put('/spa/m', withPageScript(articlePage(municipal), script));
    const errors = d.pageErrors().length;
    const start = `${site.origin}/spa/m`;
    const since0 = Date.now();
    await d.goto(start);
    expect(await waitForDecision(d, start, since0)).toMatchObject({ state: 'not-found', by: 'gate' });
    expect(await hostCounts(d)).toEqual({ panels: 0, polls: 0 });

    const since = Date.now();
    await d.evaluate(`window.__go('a')`);
    expect((await waitForDecision(d, `${site.origin}/spa/a`, since)).state).toBe('found');
    const panel = await waitForPanel(d);
    expect(panel.text).toContain('OpenAI');
    expect((await hostCounts(d)).panels).toBe(1);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('e. a question and a figure split across <em>/<a>/<strong>: poll after that paragraph, highlight across elements', async () => {
    const { d, site } = s.get();
    const quote = norm(EXPECTED.questions[0]?.quote ?? '');
    const { html, figureSentence } = splitSentencePage(EXPECTED.questions[0]?.quote ?? '');
    site.put('/hostile/split', html);
    const errors = d.pageErrors().length;
    await open(s.get(), '/hostile/split');
    await waitForPanel(d);
    const placements = await pollPlacements(d);
    const after = placements.filter((p) => p.anchorText.includes(quote));
    expect(after.length, `one poll right after the paragraph asking "${quote}"`).toBe(1);
    expect(after[0]?.anchorTag).toBe('p');

    const figure = await clickFigure(d, '40');
    expect(figure, 'a figure button for the 40 billion').toBe(true);
    const lit = await settle(() => highlightState(d), (h) => h.figure || h.marks > 0, 3_000);
    expect(lit.figure || lit.marks > 0, `a highlight (selection holds "${lit.selection.slice(0, 120)}")`).toBe(true);
    expect.soft(highlightedText(lit), "the highlight covers the figure's whole sentence").toContain(norm(figureSentence));
    // Whatever its extent, the highlight must cross the element boundaries inside the figure.
    expect(highlightedText(lit)).toContain('40 milliards de dollars');
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('f. the article in a same-origin iframe: no error, no duplicate (reports where the UI goes)', async () => {
    const { d, site } = s.get();
    site.put('/hostile/framed-article', articlePage());
    site.put('/hostile/iframe', iframeHostPage('/hostile/framed-article'));
    const errors = d.pageErrors().length;
    const top = await open(s.get(), '/hostile/iframe');
    const frameDoc = `document.querySelector('iframe')?.contentDocument`;
    // The frame is loaded with the top page; give its own content script (if all_frames) time to decide.
    const frameUrl = `${site.origin}/hostile/framed-article`;
    const frameStatus = await waitForDecision(d, frameUrl, Date.now() - 10_000, 2_500).catch(() => null);
    const inTop = await hostCounts(d);
    const inFrame = await settle(() => hostCounts(d, frameDoc), (c) => c.panels > 0, frameStatus ? 3_000 : 500);
    console.log(
      `[iframe ${name}] top page: ${top.state}, ${JSON.stringify(inTop)}; framed article: ${frameStatus ? frameStatus.state : 'never analysed'}, ${JSON.stringify(inFrame)}`,
    );
    expect(inTop.panels + inFrame.panels).toBeLessThanOrEqual(1);
    expect(inTop.polls).toBe(0);
    expect(inFrame.polls).toBeLessThanOrEqual(EXPECTED.questions.length);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('g. a 5 MB page: the panel shows and the page stays responsive', async () => {
    const { d, site } = s.get();
    const html = hugePage(5 * 1024 * 1024);
    site.put('/hostile/huge', html);
    const errors = d.pageErrors().length;
    const t0 = Date.now();
    const { state } = await open(s.get(), '/hostile/huge');
    const decidedMs = Date.now() - t0;
    expect(state).toBe('found');
    const info = await waitForPanel(d);
    expect(info.text).toContain(EXPECTED.company);
    expect((await hostCounts(d)).panels).toBe(1);
    const roundTrip = await frameRoundTrip(d);
    const maxGap = await d.evaluate<number>('window.__maxFrameGap');
    console.log(
      `[huge ${name}] ${(html.length / 1048576).toFixed(1)} MB: load→decision ${decidedMs} ms; rAF round trip after the panel ${roundTrip.toFixed(0)} ms; ` +
        `longest frame gap since load ${maxGap.toFixed(0)} ms (the page's own layout and our analysis together)`,
    );
    expect(roundTrip).toBeLessThan(1_000);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it("h1. a page that defines <contrepoint-*> elements and overrides built-ins first: the extension still works, in its own world, and leaves the page's globals alone", async () => {
    const { d, site } = s.get();
    site.put('/hostile/builtins', withPageScript(articlePage(), builtinsScript(false), 'head'));
    await clearStorage(d);
    const errors = d.pageErrors().length;
    const { state } = await open(s.get(), '/hostile/builtins');
    expect(state).toBe('found');
    const info = await waitForPanel(d);
    expect(info.text).toContain(EXPECTED.company);
    expect(await hostCounts(d)).toMatchObject({ panels: 1 });
    const label = await vote(d, 0);
    const page = await d.evaluate<{
      fromExtension: string[];
      ctor: number;
      forcedOpen: number;
      same: Record<string, boolean>;
      rootsVisibleToPage: number;
      newGlobals: string[];
    }>(`(() => {
      const fns = window.__pageFns;
      const hosts = Array.from(document.querySelectorAll('contrepoint-panel, contrepoint-poll'));
      const before = new Set(window.__globalsAtLoad);
      return {
        fromExtension: window.__spy.fromExtension,
        ctor: window.__spy.ctor,
        forcedOpen: window.__spy.forcedOpen,
        same: {
          attachShadow: Element.prototype.attachShadow === fns.attachShadow,
          map: Array.prototype.map === fns.map,
          stringify: JSON.stringify === fns.stringify,
          appendChild: Node.prototype.appendChild === fns.appendChild,
          fetch: window.fetch === fns.fetch,
        },
        rootsVisibleToPage: hosts.filter((h) => h.shadowRoot !== null).length,
        newGlobals: Object.keys(window).filter((k) => !before.has(k)),
      };
    })()`);
    console.log(`[builtins ${name}] page's own constructor ran on ${page.ctor} of our hosts; new globals: ${JSON.stringify(page.newGlobals)}`);
    // Content scripts run in an isolated world: none of the page's overrides saw a call from us…
    expect(page.fromExtension).toEqual([]);
    expect(page.forcedOpen).toBe(0);
    // …our shadow roots stayed closed to the page…
    expect(page.rootsVisibleToPage).toBe(0);
    // …and the page's globals are the page's.
    expect(page.same).toEqual({ attachShadow: true, map: true, stringify: true, appendChild: true, fetch: true });
    expect(page.newGlobals).toEqual([]);
    await open(s.get(), '/hostile/builtins');
    expect(await settle(() => shownAnswer(d, 0), (a) => a.includes(label), 3_000)).toContain(label);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('h2. a page whose <contrepoint-panel> takes its own shadow root first: no error, no duplicate, nothing of ours leaks into the page root', async () => {
    const { d, site } = s.get();
    site.put('/hostile/squatted', withPageScript(articlePage(), builtinsScript(true), 'head'));
    const errors = d.pageErrors().length;
    // The extension may give up on this page without reporting: wait a little, not the full time.
    const state = await open(s.get(), '/hostile/squatted', 5_000).then(
      (r) => r.state,
      () => 'no decision reported',
    );
    const counts = await hostCounts(d);
    const leak = await d.evaluate<{ pageRoots: number; ourContent: number }>(`(() => {
      const hosts = Array.from(document.querySelectorAll('contrepoint-panel, contrepoint-poll'));
      const roots = hosts.map((h) => h.__pageRoot || h.shadowRoot).filter(Boolean);
      return { pageRoots: roots.length, ourContent: roots.filter((r) => r.querySelector('aside, input[type="radio"], style')).length };
    })()`);
    console.log(`[squatted ${name}] decision ${state}; hosts in the page ${JSON.stringify(counts)}; page-owned roots ${leak.pageRoots}`);
    expect(counts.panels).toBeLessThanOrEqual(1);
    expect(counts.polls).toBeLessThanOrEqual(EXPECTED.questions.length);
    expect(leak.ourContent).toBe(0);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('i. the extension reloaded: the old UI and highlights leave the page, nothing twice', async () => {
    const { d } = s.get();
    await open(s.get(), `/article/${LANG}/${SLUG}`);
    await waitForPanel(d);
    await d.clickInShadow(PANEL, '.cp-figure button');
    expect((await settle(() => highlightState(d), (h) => h.figure || h.marks > 0, 3_000)).figure, 'a highlight to clean up').toBe(true);
    // Mark what the running copy placed, to tell it apart from what a fresh copy may place after the
    // reload (Firefox injects the content script again into open tabs; Chromium does not).
    const marked = await d.evaluate<number>(`(() => {
      const hosts = document.querySelectorAll('${PANEL}, ${POLL}');
      for (const h of hosts) h.setAttribute('data-e2e-before-reload', '');
      return hosts.length;
    })()`);
    expect(marked).toBeGreaterThan(0);
    const errors = d.pageErrors().length;
    await d.extensionEval(`(globalThis.browser ?? globalThis.chrome).runtime.reload()`).catch(() => undefined);
    const state = () =>
      d.evaluate<{ old: number; panels: number; polls: number; highlights: string[] }>(`(() => ({
        old: document.querySelectorAll('[data-e2e-before-reload]').length,
        panels: document.querySelectorAll('${PANEL}').length,
        polls: document.querySelectorAll('${POLL}').length,
        highlights: CSS.highlights ? Array.from(CSS.highlights.keys()) : [],
      }))()`);
    const left = await settle(state, (v) => v.old === 0 && v.highlights.length === 0, 6_000);
    console.log(`[reload ${name}] after the reload: ${JSON.stringify(left)} (old copy's hosts, all hosts, highlight names)`);
    expect({ old: left.old, highlights: left.highlights }).toEqual({ old: 0, highlights: [] });
    expect(left.panels).toBeLessThanOrEqual(1);
    expect(left.polls).toBeLessThanOrEqual(EXPECTED.questions.length);
    expect(errorsSince(d, errors)).toEqual([]);
  });

  it('no request left the machine during the hostile pages', () => {
    expect(offsiteRequests(s.get())).toEqual([]);
  });
});

function tally(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[item] = (out[item] ?? 0) + 1;
  return out;
}

/** A real click on the "show in the article" button of the figure whose line mentions `text`. */
async function clickFigure(d: Driver, text: string): Promise<boolean> {
  const found = await d.inShadow<boolean>(
    PANEL,
    `(root, text) => {
      const norm = ${NORM};
      for (const el of root.querySelectorAll('[data-e2e-click]')) el.removeAttribute('data-e2e-click');
      const li = Array.from(root.querySelectorAll('.cp-figure')).find((l) => norm(l.textContent).includes(text));
      const button = li?.querySelector('button');
      if (!button) return false;
      button.setAttribute('data-e2e-click', '');
      return true;
    }`,
    [text],
  );
  if (found) await d.clickInShadow(PANEL, '[data-e2e-click]');
  return found;
}
