import { describe, expect, it, vi } from 'vitest';
import { type GateDeps, quickCheckInput, runGate } from '../../../entrypoints/content/run-gate';
import type { BackgroundMessage } from '../../../entrypoints/lib/messages';
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

function deps(passes: boolean, enabled = true) {
  const sent: BackgroundMessage[] = [];
  const quickCheck = vi.fn(() => passes);
  const siteEnabled = vi.fn(async () => enabled);
  const d: GateDeps = {
    readSignals: readPageSignals,
    quickCheck,
    siteEnabled,
    send: async (m) => {
      sent.push(m);
    },
    url: () => 'https://www.lesechos.fr/tech-medias/mistral-ai',
  };
  return { d, sent, quickCheck, siteEnabled };
}

describe('quickCheckInput', () => {
  it('gathers headline variants, labels and lead from the page signals', () => {
    const input = quickCheckInput(readPageSignals(AI_PAGE));
    expect(input.title).toContain('Mistral AI lève 1,7 milliard d’euros auprès d’ASML');
    expect(input.title).toContain('| Le Journal');
    expect(input.description).toContain('série C');
    expect(input.lead).toContain('menée par le néerlandais ASML');
    expect(input.lang).toBe('fr');
  });

  it('does not repeat a headline the page gives three times', () => {
    const input = quickCheckInput({
      title: 'Same',
      ogTitle: 'Same',
      h1: 'Same',
      description: '',
      ogType: '',
      section: 'Tech',
      keywords: '',
      htmlLang: '',
      ogLocale: 'de_DE',
      lead: '',
    });
    expect(input.title).toBe('Same');
    expect(input.description).toBe('Tech');
    expect(input.lang).toBe('de_DE');
  });
});

describe('runGate', () => {
  it('asks the background for the analysis when the quick check passes', async () => {
    const { d, sent, quickCheck } = deps(true);
    expect(await runGate(AI_PAGE, d)).toBe('analyse');
    expect(quickCheck).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([{ type: 'contrepoint:analyse' }]);
  });

  it('only reports "not found" when the check fails, without reading the settings', async () => {
    const { d, sent, siteEnabled } = deps(false);
    expect(await runGate(AI_PAGE, d)).toBe('rejected');
    expect(siteEnabled).not.toHaveBeenCalled();
    expect(sent).toEqual([
      {
        type: 'contrepoint:status',
        status: { state: 'not-found', url: 'https://www.lesechos.fr/tech-medias/mistral-ai', by: 'gate', summary: null },
      },
    ]);
  });

  it('looks again later at a page whose article is not rendered yet', async () => {
    const empty = pageWith('<title>Loading…</title>', '<main id="app"><p>Loading…</p></main>');
    const first = deps(false);
    expect(await runGate(empty, first.d, false)).toBe('pending');
    expect(first.sent).toEqual([]);
    // The last look reports what it saw.
    expect(await runGate(empty, first.d, true)).toBe('rejected');
    expect(first.sent).toHaveLength(1);
    // A rendered article that fails the check is a plain "no", even on an early look.
    const rendered = deps(false);
    expect(await runGate(AI_PAGE, rendered.d, false)).toBe('rejected');
  });

  it('stays silent on a site the reader switched off', async () => {
    const { d, sent } = deps(true, false);
    expect(await runGate(AI_PAGE, d)).toBe('disabled');
    expect(sent).toEqual([]);
  });
});
