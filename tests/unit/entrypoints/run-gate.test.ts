import { describe, expect, it, vi } from 'vitest';
import { type GateDeps, quickCheckInput, runGate } from '../../../entrypoints/gate/run-gate';
import type { BackgroundMessage, ReportedStatus } from '../../../entrypoints/lib/messages';
import { PANEL_KEY } from '../../../entrypoints/panel/panel-instance';
import { readPageSignals } from '../../../page/read-page-signals';

function pageWith(head: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.setAttribute('lang', 'fr');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

const AI_PAGE = pageWith(
  '<title>Mistral AI lève 1,7 milliard d’euros | Le Journal</title><meta property="og:title" content="Mistral AI lève 1,7 milliard d’euros auprès d’ASML"><meta name="description" content="La start-up française d’intelligence artificielle boucle une série C.">',
  '<h1>Mistral AI lève 1,7 milliard d’euros</h1><article><p>La start-up parisienne d’intelligence artificielle Mistral AI a bouclé une levée de fonds de 1,7 milliard d’euros menée par le néerlandais ASML.</p></article>',
);

function deps(passes: boolean) {
  const sent: BackgroundMessage[] = [];
  const reported: ReportedStatus[] = [];
  const quickCheck = vi.fn(() => passes);
  const d: GateDeps = {
    readSignals: readPageSignals,
    quickCheck,
    send: async (m) => {
      sent.push(m);
    },
    report: (status) => {
      reported.push(status);
    },
    url: () => 'https://www.lesechos.fr/tech-medias/mistral-ai',
  };
  return { d, sent, reported, quickCheck };
}

describe('quickCheckInput', () => {
  it('gathers headline variants, labels and lead from the page signals', () => {
    const input = quickCheckInput(readPageSignals(AI_PAGE));
    expect(input.title).toContain('Mistral AI lève 1,7 milliard d’euros auprès d’ASML');
    expect(input.title).toContain('| Le Journal');
    expect(input.description).toContain('série C');
    expect(input.lead).toContain('menée par le néerlandais ASML');
  });

  it('does not repeat a headline the page gives three times', () => {
    const input = quickCheckInput({
      title: 'Same',
      ogTitle: 'Same',
      h1: 'Same',
      description: 'Tech',
      keywords: 'Tech',
      lead: '',
    });
    expect(input.title).toBe('Same');
    expect(input.description).toBe('Tech');
  });
});

describe('runGate', () => {
  it('asks the background for the analysis when the quick check passes', async () => {
    const { d, sent, quickCheck } = deps(true);
    expect(await runGate(AI_PAGE, d)).toBe('analyse');
    expect(quickCheck).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([{ type: 'contrepoint:analyse' }]);
  });

  it('keeps "not found" in the tab when the check fails: no message', async () => {
    const { d, sent, reported } = deps(false);
    expect(await runGate(AI_PAGE, d)).toBe('rejected');
    expect(sent).toEqual([]);
    expect(reported).toEqual([
      { state: 'not-found', url: 'https://www.lesechos.fr/tech-medias/mistral-ai', by: 'gate', summary: null },
    ]);
  });

  it('looks again later at a page whose article is not rendered yet', async () => {
    const empty = pageWith('<title>Loading…</title>', '<main id="app"><p>Loading…</p></main>');
    const first = deps(false);
    expect(await runGate(empty, first.d, false)).toBe('pending');
    expect(first.reported).toEqual([]);
    // The last look reports what it saw.
    expect(await runGate(empty, first.d, true)).toBe('rejected');
    expect(first.reported).toHaveLength(1);
    expect(first.sent).toEqual([]);
    // A rendered article that fails the check is a plain "no", even on an early look.
    const rendered = deps(false);
    expect(await runGate(AI_PAGE, rendered.d, false)).toBe('rejected');
  });

  it('tells the background when the panel already runs in the tab, by default from the shared world', async () => {
    const told = deps(true);
    expect(await runGate(AI_PAGE, { ...told.d, panelLoaded: () => true })).toBe('analyse');
    expect(told.sent).toEqual([{ type: 'contrepoint:analyse', panelLoaded: true }]);

    // What a loaded panel leaves on the world's global (install-panel.ts): live, then orphaned.
    const slot = globalThis as Record<symbol, unknown>;
    let valid = true;
    slot[Symbol.for(PANEL_KEY)] = { alive: () => valid };
    try {
      const live = deps(true);
      await runGate(AI_PAGE, live.d);
      valid = false;
      await runGate(AI_PAGE, live.d);
      expect(live.sent).toEqual([{ type: 'contrepoint:analyse', panelLoaded: true }, { type: 'contrepoint:analyse' }]);
    } finally {
      delete slot[Symbol.for(PANEL_KEY)];
    }
  });
});
