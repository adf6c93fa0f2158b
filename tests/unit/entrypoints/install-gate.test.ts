import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type InstallDeps, installGate } from '../../../entrypoints/gate/install-gate';
import { GATE_KEY, type GateHandle, readGateDecision, regateInTab } from '../../../entrypoints/lib/gate-handle';
import type { BackgroundMessage } from '../../../entrypoints/lib/messages';
import { NAVIGATION_SETTLE_MS, UNRENDERED_RETRY_MS } from '../../../entrypoints/lib/timing';
import { readPageSignals } from '../../../page/read-page-signals';

function pageWith(title: string, paragraphs: string[]): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  return doc;
}

const NON_AI = pageWith('Le Tour de France passera par Nantes en 2027', [
  'Les organisateurs ont confirmé que la grande boucle traversera la Loire-Atlantique au début du mois de juillet.',
]);

function setup(passes: (doc: Document) => boolean) {
  const sent: BackgroundMessage[] = [];
  const scope = {};
  const deps: InstallDeps = {
    readSignals: readPageSignals,
    quickCheck: vi.fn(() => passes(current)),
    send: async (m) => {
      sent.push(m);
    },
    url: () => 'https://www.example-news.fr/sport/tour',
    setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    now: () => Date.now(),
  };
  let current = NON_AI;
  const install = (doc: Document) => {
    current = doc;
    return installGate(scope, doc, deps);
  };
  return { sent, scope, deps, install, setDoc: (d: Document) => (current = d) };
}

describe('installGate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a rejected page’s decision in the isolated world and sends nothing', async () => {
    const { sent, scope, install } = setup(() => false);
    const handle = install(NON_AI);
    await vi.runAllTimersAsync();
    expect(sent).toEqual([]);
    expect(handle.decision).toMatchObject({ state: 'not-found', by: 'gate', url: 'https://www.example-news.fr/sport/tour' });
    expect((scope as Record<symbol, GateHandle>)[Symbol.for(GATE_KEY)]).toBe(handle);
  });

  it('asks for the analysis when the check passes, and keeps no "no"', async () => {
    const { sent, install } = setup(() => true);
    const handle = install(NON_AI);
    await vi.runAllTimersAsync();
    expect(sent).toEqual([{ type: 'contrepoint:analyse' }]);
    expect(handle.decision).toBeNull();
  });

  it('is installed once per document: a second copy reuses the handle and does not look again', async () => {
    const { deps, install } = setup(() => false);
    const first = install(NON_AI);
    const second = install(NON_AI);
    await vi.runAllTimersAsync();
    expect(second).toBe(first);
    expect(deps.quickCheck).toHaveBeenCalledTimes(1);
  });

  it('looks again at an unrendered page, and decides on the last look', async () => {
    const loading = pageWith('Chargement…', ['…']);
    const { deps, install } = setup(() => false);
    const handle = install(loading);
    await vi.advanceTimersByTimeAsync(0);
    expect(handle.decision).toBeNull();
    await vi.advanceTimersByTimeAsync(UNRENDERED_RETRY_MS.reduce((a, b) => a + b, 0));
    expect(deps.quickCheck).toHaveBeenCalledTimes(UNRENDERED_RETRY_MS.length + 1);
    expect(handle.decision?.state).toBe('not-found');
  });

  it('forgets the old decision on an SPA navigation and looks again once the page settled', async () => {
    let aiNow = false;
    const { sent, install } = setup(() => aiNow);
    const handle = install(NON_AI);
    await vi.runAllTimersAsync();
    expect(handle.decision?.state).toBe('not-found');
    aiNow = true;
    handle.regate();
    expect(handle.decision).toBeNull();
    await vi.advanceTimersByTimeAsync(NAVIGATION_SETTLE_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ type: 'contrepoint:analyse' }]);
  });
});

describe('the functions the background runs in a tab', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(GATE_KEY)];
  });

  it('read nothing and poke nothing where no gate runs', () => {
    expect(readGateDecision()).toBeNull();
    expect(regateInTab()).toBe(false);
  });

  it('read the gate’s decision and poke it, through the global alone (they are serialised into the tab)', () => {
    const regate = vi.fn();
    const decision = { state: 'not-found' as const, url: 'https://x.test/a', by: 'gate' as const, summary: null, at: 5 };
    (globalThis as Record<symbol, GateHandle>)[Symbol.for(GATE_KEY)] = { decision, regate };
    expect(readGateDecision()).toEqual(decision);
    expect(regateInTab()).toBe(true);
    expect(regate).toHaveBeenCalledTimes(1);
    // Serialised as source, they must not close over anything of their module.
    expect(readGateDecision.toString()).not.toMatch(/GATE_KEY/);
    expect(regateInTab.toString()).not.toMatch(/GATE_KEY/);
  });
});
