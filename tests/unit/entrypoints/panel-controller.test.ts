import { beforeEach, describe, expect, it } from 'vitest';
import { hashText } from '../../../core/hash-text';
import type { Analysis } from '../../../core/types';
import type { ReportedStatus } from '../../../entrypoints/lib/messages';
import {
  type MountedUi,
  PanelController,
  type PanelDeps,
  type PanelView,
} from '../../../entrypoints/panel/panel-controller';

interface FakeArticle {
  title: string;
  text: string;
  live: { connected: boolean };
}

const AI_TEXT =
  'The French start-up Mistral AI has raised 1.7 billion euros in a Series C round led by ASML.\nThe deal values it at 11.7 billion euros.';
const OTHER_TEXT = 'The council voted to build three protected cycling lanes linking the suburbs to the centre.';

function analysisOf(article: FakeArticle): Analysis {
  const ai = article.text.includes('raised');
  return {
    isAiFunding: ai,
    score: ai ? 0.9 : 0.05,
    kind: ai ? 'round' : null,
    reasons: [],
    lang: 'en',
    title: article.title,
    company: ai ? 'Mistral AI' : null,
    amount: null,
    valuation: null,
    investors: [],
    leadInvestor: null,
    round: null,
    figures: [],
    questions: [],
    themes: [],
    organisations: [],
    sentences: [],
  };
}

class FakeUi implements MountedUi {
  connected = true;
  removed = false;
  constructor(readonly kind: 'panel' | 'poll', readonly view?: PanelView<FakeArticle>) {}
  remove() {
    this.removed = true;
    this.connected = false;
  }
  isConnected() {
    return this.connected;
  }
}

function setup() {
  const page = { article: null as FakeArticle | null, url: 'https://www.ft.com/content/1' };
  /** When set, mounting the panel waits for it: a mount still in flight. */
  const gate = { wait: null as Promise<void> | null, paint: null as Promise<void> | null };
  const mounted: FakeUi[] = [];
  const reports: ReportedStatus[] = [];
  let analyses = 0;
  let highlightClears = 0;
  const deps: PanelDeps<FakeArticle> = {
    readArticle: () => (page.article ? { ...page.article } : null),
    articleConnected: (a) => a.live.connected,
    analyse: (a) => {
      analyses++;
      return analysisOf(a);
    },
    hash: hashText,
    mountPanel: async (view) => {
      if (gate.wait) await gate.wait;
      const ui = new FakeUi('panel', view);
      mounted.push(ui);
      return ui;
    },
    mountPolls: async () => {
      const polls = [new FakeUi('poll'), new FakeUi('poll')];
      mounted.push(...polls);
      return polls;
    },
    afterPaint: () => gate.paint ?? Promise.resolve(),
    clearHighlights: () => {
      highlightClears++;
    },
    report: (s) => reports.push(s),
    url: () => page.url,
  };
  const live = (kind: 'panel' | 'poll') => mounted.filter((m) => m.kind === kind && !m.removed);
  return {
    page,
    gate,
    mounted,
    reports,
    live,
    controller: new PanelController(deps),
    analyses: () => analyses,
    highlightClears: () => highlightClears,
  };
}

const aiArticle = (): FakeArticle => ({ title: 'Mistral AI raises €1.7bn', text: AI_TEXT, live: { connected: true } });
const otherArticle = (): FakeArticle => ({ title: 'New cycling lanes', text: OTHER_TEXT, live: { connected: true } });

describe('PanelController', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => {
    env = setup();
  });

  it('shows the panel and the polls on an AI-funding article and reports it found', async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    expect(env.live('panel')).toHaveLength(1);
    expect(env.live('panel')[0]?.view?.found).toBe(true);
    expect(env.live('poll')).toHaveLength(2);
    expect(env.reports.at(-1)).toMatchObject({ state: 'found', by: 'analysis', url: env.page.url });
    expect(env.reports.at(-1)?.summary?.company).toBe('Mistral AI');
  });

  it('places the inline polls once the panel has been painted, and not at all if disabled meanwhile', async () => {
    const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    let painted = (): void => undefined;
    env.gate.paint = new Promise<void>((resolve) => {
      painted = resolve;
    });
    env.page.article = aiArticle();
    const run = env.controller.run(false);
    await tick();
    expect(env.live('panel')).toHaveLength(1);
    expect(env.live('poll')).toHaveLength(0);
    expect(env.reports).toEqual([]);
    painted();
    await run;
    expect(env.live('poll')).toHaveLength(2);
    expect(env.reports.at(-1)?.state).toBe('found');

    const other = setup();
    other.gate.paint = new Promise<void>((resolve) => {
      painted = resolve;
    });
    other.page.article = aiArticle();
    const pending = other.controller.run(false);
    await tick();
    other.controller.dispose();
    painted();
    await pending;
    expect(other.mounted.filter((m) => m.kind === 'poll')).toHaveLength(0);
    expect(other.live('panel')).toHaveLength(0);
  });

  it('stays invisible on other articles unless the reader asked', async () => {
    env.page.article = otherArticle();
    await env.controller.run(false);
    expect(env.live('panel')).toHaveLength(0);
    expect(env.reports.at(-1)?.state).toBe('not-found');
    await env.controller.run(true);
    expect(env.live('panel')).toHaveLength(1);
    expect(env.live('panel')[0]?.view?.found).toBe(false);
    expect(env.live('poll')).toHaveLength(0);
  });

  it('shows the panel on request even when the page has no article', async () => {
    env.page.article = null;
    await env.controller.run(true);
    const [panel] = env.live('panel');
    expect(panel?.view).toMatchObject({ found: false, article: null, analysis: null });
    expect(env.reports.at(-1)).toMatchObject({ state: 'not-found', summary: null });
  });

  it('never inserts twice: repeated and concurrent runs on the same article', async () => {
    env.page.article = aiArticle();
    await Promise.all([env.controller.run(false), env.controller.run(false), env.controller.run(true)]);
    await env.controller.run(false);
    expect(env.live('panel')).toHaveLength(1);
    expect(env.live('poll')).toHaveLength(2);
    expect(env.analyses()).toBe(1);
  });

  it('toggles the panel off and on, keeping the inline polls', async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    await env.controller.toggle();
    expect(env.live('panel')).toHaveLength(0);
    expect(env.live('poll')).toHaveLength(2);
    // An automatic re-run does not bring back a panel the reader closed.
    await env.controller.run(false);
    expect(env.controller.panelShown).toBe(false);
    await env.controller.toggle();
    expect(env.live('panel')).toHaveLength(1);
    expect(env.live('poll')).toHaveLength(2);
  });

  it("closes from the panel's own close button", async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    env.live('panel')[0]?.view?.onClose();
    await env.controller.run(false);
    expect(env.live('panel')).toHaveLength(0);
  });

  it('removes everything on SPA navigation and analyses the new article', async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    await env.controller.navigate();
    expect(env.live('panel')).toHaveLength(0);
    expect(env.live('poll')).toHaveLength(0);
    env.page.article = otherArticle();
    env.page.url = 'https://www.ft.com/content/2';
    await env.controller.run(false);
    expect(env.live('panel')).toHaveLength(0);
    expect(env.reports.at(-1)).toMatchObject({ state: 'not-found', url: 'https://www.ft.com/content/2' });
  });

  it('puts polls back after a re-render with the same text, without a second analysis', async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    const before = env.live('poll');
    // The page replaced the article's nodes: our polls went with them.
    for (const p of before) p.connected = false;
    env.page.article = aiArticle();
    await env.controller.checkDom();
    expect(env.live('poll').filter((p) => p.connected)).toHaveLength(2);
    expect(before.every((p) => p.removed)).toBe(true);
    expect(env.live('panel')).toHaveLength(1);
    expect(env.analyses()).toBe(1);
  });

  it('does nothing on DOM changes that left our UI and the article in place', async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    const count = env.mounted.length;
    for (let i = 0; i < 10; i++) await env.controller.checkDom();
    expect(env.mounted).toHaveLength(count);
  });

  it('stops repairing a page that re-renders forever, until the next article', async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    const breakPolls = () => {
      for (const p of env.live('poll')) p.connected = false;
    };
    for (let second = 0; second < 20; second++) {
      breakPolls();
      await env.controller.checkDom();
    }
    const pollMounts = () => env.mounted.filter((m) => m.kind === 'poll').length;
    expect(pollMounts()).toBe(2 + 3 * 2);
    expect(env.live('panel')).toHaveLength(1);
    expect(env.analyses()).toBe(1);
    // A new article (SPA navigation) gets its own repairs.
    await env.controller.navigate();
    await env.controller.run(false);
    const afterNavigation = pollMounts();
    breakPolls();
    await env.controller.checkDom();
    expect(pollMounts()).toBe(afterNavigation + 2);
  });

  it('re-analyses when a different article replaced the old one without a URL change', async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    const first = env.page.article;
    first.live.connected = false;
    env.page.article = otherArticle();
    await env.controller.checkDom();
    expect(env.live('panel')).toHaveLength(0);
    expect(env.live('poll')).toHaveLength(0);
    expect(env.analyses()).toBe(2);
  });

  it('puts the panel back if the page removed it', async () => {
    env.page.article = aiArticle();
    await env.controller.run(false);
    const [panel] = env.live('panel');
    if (panel) panel.connected = false;
    await env.controller.checkDom();
    const panels = env.live('panel').filter((p) => p.connected);
    expect(panels).toHaveLength(1);
    expect(panels[0]).not.toBe(panel);
  });

  it('leaves the page clean when disposed, even with a mount in flight', async () => {
    env.page.article = aiArticle();
    let release = () => {};
    env.gate.wait = new Promise<void>((r) => {
      release = r;
    });
    const running = env.controller.run(false);
    await new Promise((r) => setTimeout(r, 0));
    env.controller.dispose();
    release();
    await running;
    // The panel mounted after dispose was taken away again.
    expect(env.mounted.filter((m) => m.kind === 'panel')).toHaveLength(1);
    expect(env.live('panel')).toHaveLength(0);
    expect(env.live('poll')).toHaveLength(0);
    await env.controller.run(true);
    expect(env.live('panel')).toHaveLength(0);
    expect(env.highlightClears()).toBeGreaterThan(0);
  });
});
