// The panel script's state machine: read → analyse → show (panel + inline polls) → keep in step with the
// page (SPA navigation, re-rendered articles) → remove everything. Every dependency on the DOM, the UI
// and the browser comes in through `PanelDeps`, so the rules below (never insert twice, never loop, show
// the panel on request even when nothing was found) are tested on their own.
import type { Analysis } from '../../core/types';
import type { ReportedStatus } from '../lib/messages';
import { summarise } from '../lib/summarise';

export interface ArticleInfo {
  title: string;
  text: string;
}

/** Something we put into the page. */
export interface MountedUi {
  remove(): void;
  /** False once the page removed it (a re-render replaced its parent). */
  isConnected(): boolean;
}

export interface PanelView<A> {
  article: A | null;
  analysis: Analysis | null;
  /** True when the article is an AI-funding story; false when the reader asked and nothing was found. */
  found: boolean;
  onClose(): void;
}

export interface PanelDeps<A extends ArticleInfo> {
  readArticle(): A | null;
  /** Is the article as it was read still in the page (its blocks not replaced by a re-render)? */
  articleConnected(article: A): boolean;
  analyse(article: A): Analysis;
  hash(text: string): string;
  mountPanel(view: PanelView<A>): Promise<MountedUi>;
  mountPolls(article: A, analysis: Analysis): Promise<MountedUi[]>;
  /**
   * Resolves once the page has painted what was just mounted. The inline polls wait for it after the
   * panel: the panel is what the reader looks for first, and the polls (further down the article, each
   * in its own shadow root) would otherwise add their work to the panel's first frame. Without it the
   * polls follow at once.
   */
  afterPaint?(): Promise<void>;
  clearHighlights(): void;
  report(status: ReportedStatus): void;
  url(): string;
}

// A page that re-renders its article takes our polls with it. Putting them back is right a few times
// (late hydration, a consent banner reflowing the page); a page that does it forever must not keep us
// busy: after this many repairs of one article we stop (the panel, on <html>, stays). More would
// rescue pages that re-render a little later; fewer would give up on slow hydration.
const MAX_REPAIRS = 3;

interface Shown<A> {
  hash: string;
  article: A | null;
  analysis: Analysis | null;
  panel: MountedUi | null;
  polls: MountedUi[];
}

export class PanelController<A extends ArticleInfo> {
  private shown: Shown<A> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private repairs = 0;
  private disposed = false;

  constructor(private readonly deps: PanelDeps<A>) {}

  /** Analyse the page; `manual` (toolbar, menu, shortcut) shows the panel even when nothing is found. */
  run(manual: boolean): Promise<void> {
    return this.enqueue(() => this.doRun(manual));
  }

  /** The shortcut: hide the panel if it is shown, else analyse and show it. */
  toggle(): Promise<void> {
    return this.enqueue(async () => {
      if (this.shown?.panel) this.closePanel();
      else await this.doRun(true);
    });
  }

  /** The URL changed without a page load: whatever we showed belongs to the previous article. */
  navigate(): Promise<void> {
    return this.enqueue(async () => {
      this.removeAll();
      this.shown = null;
      this.repairs = 0;
    });
  }

  /** The page's DOM changed: put back what a re-render removed, or start over if the article changed. */
  checkDom(): Promise<void> {
    return this.enqueue(() => this.doCheck());
  }

  /** The extension was reloaded or disabled: leave the page as we found it. */
  dispose(): void {
    this.disposed = true;
    this.removeAll();
    this.shown = null;
  }

  get panelShown(): boolean {
    return this.shown?.panel != null;
  }

  get pollCount(): number {
    return this.shown?.polls.length ?? 0;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    // One task at a time: mounting is async, and two overlapping runs are how a UI gets inserted twice.
    const next = this.queue.then(() => (this.disposed ? undefined : task()));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private fingerprint(article: A | null): string {
    return article ? this.deps.hash(`${article.title}\n${article.text}`) : '';
  }

  private async doRun(manual: boolean): Promise<void> {
    const article = this.deps.readArticle();
    const hash = this.fingerprint(article);
    const prev = this.shown;
    if (prev && prev.hash === hash) {
      // The same article as before: never insert twice; only a reader's request may add the panel.
      if (article) prev.article = article;
      if (manual && !prev.panel) prev.panel = await this.mount(prev, true);
      return;
    }
    const analysis = article ? this.deps.analyse(article) : null;
    this.removeAll();
    const shown: Shown<A> = { hash, article, analysis, panel: null, polls: [] };
    this.shown = shown;
    if (prev?.hash !== hash) this.repairs = 0;
    const found = analysis?.isAiFunding === true;
    if (found || manual) shown.panel = await this.mount(shown, manual);
    if (found && article && analysis) {
      if (shown.panel) await this.deps.afterPaint?.();
      shown.polls = await this.mountPolls(article, analysis);
    }
    this.deps.report({
      state: found ? 'found' : 'not-found',
      url: this.deps.url(),
      by: 'analysis',
      summary: analysis ? summarise(analysis) : null,
    });
  }

  private async doCheck(): Promise<void> {
    const shown = this.shown;
    if (!shown?.article) return;
    const articleLive = this.deps.articleConnected(shown.article);
    const uiLive = (shown.panel?.isConnected() ?? true) && shown.polls.every((p) => p.isConnected());
    if (articleLive && uiLive) return;
    if (!this.mayRepair()) return;
    const article = this.deps.readArticle();
    if (this.fingerprint(article) !== shown.hash) {
      await this.doRun(false);
      return;
    }
    // Same text, new nodes: a re-render. Re-place what it removed, at the new nodes.
    shown.article = article;
    if (shown.panel && !shown.panel.isConnected()) {
      shown.panel.remove();
      shown.panel = await this.mount(shown, false);
    }
    const pollsLost = !articleLive || shown.polls.some((p) => !p.isConnected());
    if (pollsLost && article && shown.analysis?.isAiFunding) {
      for (const poll of shown.polls) poll.remove();
      this.deps.clearHighlights();
      shown.polls = await this.mountPolls(article, shown.analysis);
    }
  }

  private mayRepair(): boolean {
    if (this.repairs >= MAX_REPAIRS) return false;
    this.repairs++;
    return true;
  }

  private async mount(shown: Shown<A>, manual: boolean): Promise<MountedUi | null> {
    const found = shown.analysis?.isAiFunding === true;
    if (!found && !manual) return null;
    const ui = await this.deps.mountPanel({
      article: shown.article,
      analysis: shown.analysis,
      found,
      onClose: () => void this.enqueue(async () => this.closePanel()),
    });
    return this.keepIfCurrent(shown, ui);
  }

  private async mountPolls(article: A, analysis: Analysis): Promise<MountedUi[]> {
    const shown = this.shown;
    // Disabled while waiting for the panel's paint: nothing to place any more.
    if (this.disposed) return [];
    const polls = await this.deps.mountPolls(article, analysis);
    if (this.disposed || this.shown !== shown) {
      for (const poll of polls) poll.remove();
      return [];
    }
    return polls;
  }

  /** A UI mounted while the extension was being disabled must not stay behind. */
  private keepIfCurrent(shown: Shown<A>, ui: MountedUi): MountedUi | null {
    if (this.disposed || this.shown !== shown) {
      ui.remove();
      return null;
    }
    return ui;
  }

  private closePanel(): void {
    if (!this.shown?.panel) return;
    this.shown.panel.remove();
    this.shown.panel = null;
    this.deps.clearHighlights();
  }

  private removeAll(): void {
    if (this.shown) {
      this.shown.panel?.remove();
      for (const poll of this.shown.polls) poll.remove();
      this.shown.panel = null;
      this.shown.polls = [];
    }
    this.deps.clearHighlights();
  }
}
