// Connects the panel controller to the real pieces: page/ reads the article and maps offsets back to the
// DOM, core/ analyses it, the UI renders into shadow roots, the background hears the outcome.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeArticle } from '../../core/analyze-article';
import { buildPolls } from '../../core/build-polls';
import { hashText } from '../../core/hash-text';
import type { Figure } from '../../core/types';
import { type ArticleText, readArticle } from '../../page/read-article';
import { blockAt, rangeFor } from '../../page/text-map';
import { PANEL_CSS_PLACEHOLDER } from '../lib/panel-css-placeholder';
import type { BackgroundMessage } from '../lib/messages';
import type { MountedUi, PanelDeps } from './panel-controller';
import { PLAIN_CSS, renderPlainPanel, renderPlainPoll } from './plain-ui';
import { mountShadowUi, PANEL_TAG, POLL_TAG, removeForeignHosts } from './shadow-ui';

// Replaced by the panel bundle's stylesheet at build time (wxt.config.ts).
const UI_CSS = `${PANEL_CSS_PLACEHOLDER}\n${PLAIN_CSS}`;

function articleConnected(article: ArticleText): boolean {
  if (!article.root.isConnected) return false;
  for (const block of article.blocks) if (!block.element.isConnected) return false;
  return true;
}

function showFigure(article: ArticleText | null, figure: Figure): void {
  if (!article) return;
  const range = rangeFor(article.map, figure.start, figure.end);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

export function createPanelDeps(ctx: ContentScriptContext, doc: Document): PanelDeps<ArticleText> {
  return {
    readArticle: () => readArticle(doc, location.href),
    articleConnected,
    analyse: (article) =>
      analyzeArticle({ text: article.text, title: article.title, hints: { declaredLangs: article.declaredLangs } }),
    hash: hashText,
    mountPanel: async (view) => {
      removeForeignHosts(doc);
      return mountShadowUi(ctx, {
        name: PANEL_TAG,
        // On <html>, not <body>: pages that re-render their whole body keep the panel.
        anchor: doc.documentElement,
        append: 'last',
        css: UI_CSS,
        render: (container) =>
          renderPlainPanel(container, {
            analysis: view.analysis,
            found: view.found,
            onShowFigure: (figure) => showFigure(view.article, figure),
            onClose: view.onClose,
          }),
      });
    },
    mountPolls: async (article, analysis) => {
      const polls = buildPolls(analysis, article.canonicalUrl ?? location.href, article.text);
      const mounted: MountedUi[] = [];
      // Two questions in one paragraph: the second poll goes after the first, keeping the article's order.
      const lastAfter = new Map<Element, Element>();
      for (const poll of polls) {
        const block = blockAt(article.map, Math.max(poll.span.start, poll.span.end - 1));
        if (!block) continue;
        const ui = await mountShadowUi(ctx, {
          name: POLL_TAG,
          anchor: lastAfter.get(block) ?? block,
          append: 'after',
          css: UI_CSS,
          render: (container) => renderPlainPoll(container, poll),
        });
        lastAfter.set(block, ui.host);
        mounted.push(ui);
      }
      return mounted;
    },
    clearHighlights: () => doc.getSelection()?.removeAllRanges(),
    report: (status) => {
      const message: BackgroundMessage = { type: 'contrepoint:status', status };
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
    url: () => location.href,
    now: () => Date.now(),
  };
}
