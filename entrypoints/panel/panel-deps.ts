// Connects the panel controller to the real pieces: page/ reads the article and maps offsets back to the
// DOM, core/ analyses it, components/ render into shadow roots, the background hears the outcome.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountInlinePoll, mountPanel } from '../../components/mount';
import { analyzeArticle } from '../../core/analyze-article';
import { buildPolls, type PollDef } from '../../core/build-polls';
import { hashText } from '../../core/hash-text';
import type { Analysis, Span } from '../../core/types';
import { GAZETTEER } from '../../data/gazetteer';
import { clearHighlights, highlightSpan, scrollRangeIntoView } from '../../page/highlight-range';
import { pollAnchorFor } from '../../page/poll-anchors';
import { type ArticleText, readArticle } from '../../page/read-article';
import { rangeFor } from '../../page/text-map';
import { getSettingsStore } from '../../state/stores';
import type { BackgroundMessage } from '../lib/messages';
import { PANEL_CSS_PLACEHOLDER } from '../lib/panel-css-placeholder';
import { afterNextPaint } from './after-next-paint';
import type { MountedUi, PanelDeps } from './panel-controller';
import { mountShadowUi, PANEL_TAG, POLL_TAG, removeForeignHosts } from './shadow-ui';

// Replaced by the panel bundle's stylesheet at build time (wxt.config.ts).
const UI_CSS = PANEL_CSS_PLACEHOLDER;

/** Private investors the quiz may offer as wrong answers (public bodies would be too easy to rule out). */
const INVESTOR_POOL: readonly string[] = GAZETTEER.filter(
  (e) => e.kinds.includes('investor') && !e.kinds.includes('public'),
).map((e) => e.name);

function articleConnected(article: ArticleText): boolean {
  if (!article.root.isConnected) return false;
  for (const block of article.blocks) if (!block.element.isConnected) return false;
  return true;
}

const highlightsOn = (): boolean => getSettingsStore().store.getState().settings.highlights;

export function createPanelDeps(ctx: ContentScriptContext, doc: Document): PanelDeps<ArticleText> {
  // Highlights live in the page's own DOM (marks or the document's highlight registry), not in our
  // shadow roots: they must go with the extension too.
  ctx.onInvalidated(() => clearHighlights(doc));
  const canonicalUrlOf = (article: ArticleText | null): string => article?.canonicalUrl ?? location.href;
  // The panel and the inline polls must show the very same polls (same ids, same order).
  const pollsByAnalysis = new WeakMap<Analysis, PollDef[]>();
  const pollsFor = (article: ArticleText, analysis: Analysis): PollDef[] => {
    let polls = pollsByAnalysis.get(analysis);
    if (!polls) {
      polls = analysis.isAiFunding ? buildPolls(analysis, canonicalUrlOf(article), article.text) : [];
      pollsByAnalysis.set(analysis, polls);
    }
    return polls;
  };
  // The panel outlives re-renders of the article (it sits on <html>), so the article it was mounted with
  // may have been replaced by equal new nodes: read it again, and use it while its text is the same.
  const live = (article: ArticleText): ArticleText | null => {
    if (articleConnected(article)) return article;
    const fresh = readArticle(doc, location.href);
    return fresh && fresh.text === article.text ? fresh : null;
  };
  const show = (mounted: ArticleText | null, span: Span): void => {
    const article = mounted && live(mounted);
    if (!article) return;
    if (highlightsOn()) highlightSpan(article.map, span.start, span.end);
    else scrollRangeIntoView(rangeFor(article.map, span.start, span.end));
  };
  // A figure is shown with the sentence it came from: the reader checks the number in its context.
  const sentenceOf = (analysis: Analysis | null, figure: Span & { sentence: number }): Span =>
    analysis?.sentences[figure.sentence] ?? figure;

  return {
    readArticle: () => readArticle(doc, location.href),
    articleConnected,
    analyse: (article) =>
      analyzeArticle({ text: article.text, title: article.title, hints: { declaredLangs: article.declaredLangs } }),
    hash: hashText,
    mountPanel: async ({ article, analysis, found, onClose }) => {
      removeForeignHosts(doc);
      return mountShadowUi(ctx, {
        name: PANEL_TAG,
        // On <html>, not <body>: pages that re-render their whole body keep the panel.
        anchor: doc.documentElement,
        append: 'last',
        css: UI_CSS,
        render: (container) =>
          mountPanel(container, {
            analysis,
            found,
            canonicalUrl: canonicalUrlOf(article),
            title: article?.title ?? doc.title,
            text: article?.text,
            polls: article && analysis ? pollsFor(article, analysis) : [],
            investorPool: INVESTOR_POOL,
            onShowFigure: (figure) => show(article, sentenceOf(analysis, figure)),
            onShowQuestion: (question) => show(article, question),
            onShowSource: (span) => show(article, span),
            onHighlightsChange: (on) => {
              if (!on) clearHighlights(doc);
            },
            onClose,
          }),
      });
    },
    mountPolls: async (article, analysis) => {
      const mounted: MountedUi[] = [];
      // Two questions in one paragraph: the second poll goes after the first, keeping the article's order.
      const lastAfter = new Map<Node, Node>();
      for (const poll of pollsFor(article, analysis)) {
        const block = pollAnchorFor(article.map, poll.span);
        if (!block?.parentNode) continue;
        const ui = await mountShadowUi(ctx, {
          name: POLL_TAG,
          anchor: lastAfter.get(block) ?? block,
          append: 'after',
          css: UI_CSS,
          render: (container) =>
            mountInlinePoll(container, { poll, canonicalUrl: canonicalUrlOf(article), title: article.title }),
        });
        lastAfter.set(block, ui.host);
        mounted.push(ui);
      }
      return mounted;
    },
    afterPaint: () => afterNextPaint(ctx),
    clearHighlights: () => clearHighlights(doc),
    report: (status) => {
      const message: BackgroundMessage = { type: 'contrepoint:status', status };
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
    url: () => location.href,
  };
}
