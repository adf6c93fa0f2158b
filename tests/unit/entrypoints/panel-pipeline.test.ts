// The panel script's real pipeline in a DOM: page/ reads the article, core/ analyses it, the UI mounts
// into shadow roots placed by the wiring. Shadow roots are opened here (only here) so the test can click
// inside them; shadow-ui.test.ts checks that the real ones are closed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArticleText } from '../../../demo-site/catalog';
import { articleMarkup } from '../../../demo-site/render';
import { PanelController } from '../../../entrypoints/panel/panel-controller';
import { createPanelDeps } from '../../../entrypoints/panel/panel-deps';
import { PANEL_TAG, POLL_TAG } from '../../../entrypoints/panel/shadow-ui';
import { disposeStores } from '../../../state/stores';
import { requireSharedDir } from '../../shared-dir';

vi.mock('wxt/utils/content-script-ui/shadow-root', async (importOriginal) => {
  const mod = await importOriginal<typeof import('wxt/utils/content-script-ui/shadow-root')>();
  return {
    ...mod,
    createShadowRootUi: ((ctx, options) => mod.createShadowRootUi(ctx, { ...options, mode: 'open' })) as typeof mod.createShadowRootUi,
  };
});

const SEED = readFileSync(join(requireSharedDir(), 'seed/article-fr.txt'), 'utf8');

function loadArticle(raw: string, lang: 'fr' | 'en'): void {
  document.documentElement.setAttribute('lang', lang);
  document.head.innerHTML = '<title>Le Journal</title><link rel="canonical" href="https://www.lemonde.fr/economie/article/openai">';
  document.body.innerHTML = `<nav><a href="/">Accueil</a></nav><main>${articleMarkup(parseArticleText(raw), lang)}</main><footer>Mentions légales</footer>`;
}

function buttonIn(root: ShadowRoot | null | undefined, text: RegExp): HTMLButtonElement | undefined {
  return Array.from(root?.querySelectorAll('button') ?? []).find((b) => text.test(b.textContent ?? ''));
}

describe('panel pipeline (read → analyse → mount)', () => {
  let ctx: ContentScriptContext;
  let controller: PanelController<ReturnType<ReturnType<typeof createPanelDeps>['readArticle']> & object>;
  let reports: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    reports = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
      reports.push(m);
    }) as never);
    ctx = new ContentScriptContext('panel-test', { noScriptStartedPostMessage: true });
    controller = new PanelController(createPanelDeps(ctx, document) as never);
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    disposeStores();
    vi.restoreAllMocks();
  });

  it('shows the panel and one poll after each question on the seed article, and reports it', async () => {
    loadArticle(SEED, 'fr');
    await controller.run(false);
    const panel = document.querySelector(PANEL_TAG);
    expect(panel?.parentElement).toBe(document.documentElement);
    const aside = panel?.shadowRoot?.querySelector('aside');
    expect(aside?.getAttribute('aria-label') ?? aside?.textContent).toMatch(/^Contrepoint/);
    const polls = Array.from(document.querySelectorAll(POLL_TAG));
    expect(polls).toHaveLength(3);
    // Each poll sits right after the paragraph that asks its question, inside the article.
    expect(polls[0]?.previousElementSibling?.textContent).toContain('indépendance stratégique');
    expect(polls[1]?.previousElementSibling?.textContent).toContain('L’Europe peut-elle encore rattraper son retard ?');
    for (const poll of polls) expect(poll.closest('article')).not.toBeNull();
    expect(reports).toContainEqual({
      type: 'contrepoint:status',
      status: expect.objectContaining({ state: 'found', by: 'analysis', summary: expect.objectContaining({ company: 'OpenAI' }) }),
    });
  });

  it("highlights a figure's text when the reader asks, and clears it when the panel closes", async () => {
    loadArticle(SEED, 'fr');
    await controller.run(false);
    const root = document.querySelector(PANEL_TAG)?.shadowRoot;
    const show = buttonIn(root, /show in the article|dans l.article|im artikel|en el artículo|nell.articolo/i);
    expect(show).toBeDefined();
    show?.click();
    const marks = Array.from(document.querySelectorAll('mark[data-contrepoint]'));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.closest('article'))).toBe(true);
    const close = buttonIn(root, /^(×|✕|close)$/i) ?? root?.querySelector<HTMLButtonElement>('button[aria-label]');
    close?.click();
    await vi.waitFor(() => expect(document.querySelector(PANEL_TAG)).toBeNull());
    expect(document.querySelectorAll('mark[data-contrepoint]')).toHaveLength(0);
    // The polls stay with the article.
    expect(document.querySelectorAll(POLL_TAG)).toHaveLength(3);
  });

  it('stays out of an ordinary article, and says so when asked', async () => {
    loadArticle(
      [
        'City council approves new cycling lanes',
        'The council voted on Tuesday to build three protected cycling lanes linking the suburbs to the centre, after a consultation that lasted two years and drew hundreds of responses from residents and shopkeepers.',
        'Work on the first lane, along the river, starts in March; the two others follow once the water company has replaced the pipes under the main avenue.',
        'Shopkeepers fear losing parking spaces, while parents say their children will finally be able to ride to school safely.',
      ].join('\n'),
      'en',
    );
    await controller.run(false);
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    await controller.run(true);
    const text = document.querySelector(PANEL_TAG)?.shadowRoot?.textContent ?? '';
    expect(text).toMatch(/does not look like|no ai-funding|pas un article|kein|no parece|non sembra/i);
    expect(document.querySelectorAll(POLL_TAG)).toHaveLength(0);
  });

  it('leaves the page as it found it when the extension goes away', async () => {
    loadArticle(SEED, 'fr');
    const before = document.body.innerHTML;
    await controller.run(false);
    buttonIn(document.querySelector(PANEL_TAG)?.shadowRoot, /show in the article/i)?.click();
    ctx.notifyInvalidated();
    expect(document.querySelectorAll(`${PANEL_TAG}, ${POLL_TAG}, mark`)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });
});
