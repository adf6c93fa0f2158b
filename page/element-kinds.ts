// How the article reader classifies elements, from markup alone: tag names, attributes, class and id.
// No computed style is ever read — on the live page that would force a layout for every element.

/** Elements that start a new line of text (their boundaries end a text block). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never article prose: code, media, form controls, page chrome, the title. */
const SKIPPED_TAGS = new Set([
  'aside',
  'audio',
  'button',
  'canvas',
  'dialog',
  'embed',
  'figcaption',
  'figure',
  'footer',
  'h1', // the headline is read separately as the title; keeping it would duplicate it in the text
  'head',
  'iframe',
  'input',
  'map',
  'math',
  'meter',
  'nav',
  'noscript',
  'object',
  'option',
  'picture',
  'progress',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

const SKIPPED_ROLES = new Set([
  'alert',
  'alertdialog',
  'banner',
  'complementary',
  'contentinfo',
  'dialog',
  'menu',
  'menubar',
  'navigation',
  'search',
  'tablist',
  'toolbar',
]);

// Class/id words of page furniture. Long distinctive words match anywhere (camelCase included:
// "shareBar", "relatedLinks"); short ones only as a whole hyphen/underscore-separated token, because as
// substrings they are everywhere ("ad" in "header", "tag" in "stage", "date" in "update").
// Trade-off: every word here can hide real prose on a site that names a container oddly
// ("comment-is-free", "photo-essay"). Two safety nets limit the damage: the root finder still scores
// candidates inside such a block (at a discount), and inside the article a furniture-named block that
// holds most of the prose is kept as a wrapper (see readArticle).
const FURNITURE_WORDS =
  /advert|anzeige|breadcrumb|byline|caption|comment|consent|cookie|disqus|newsletter|outbrain|promo|recommend|related|share|sharing|sidebar|social|sponsor|subscri|abonn|taboola|teaser|toolbar|widget|visually-?hidden|sr-only|screen-reader|readmore|read-more|more-stories|signup|sign-up|author|creator|signature|credit|popup|modal|gdpr|masthead|pagination|skiplink|skip-link|metadata|publish|read-?time|timestamp|dateline|label|photo|gallery|slideshow|carousel|video|graphic|chart|embed/i;
const FURNITURE_TOKENS =
  /(?:^|[\s_-])(?:ad|ads|adv|adslot|dfp|gpt|nav|navbar|menu|tags?|topics|keywords|date|time|meta|info|print|rail|tools|follow|trending|popular|most-read|mostread)(?:$|[\s_-])/i;

export function isBlockElement(el: Element): boolean {
  const tag = el.localName;
  // Custom elements (<a-collapse>, <bsp-story>…) are inline by default but styled as blocks in
  // practice; reading them as blocks keeps their sentences from running into their neighbours.
  return BLOCK_TAGS.has(tag) || tag.includes('-');
}

/** Never prose, wherever it is: scripts, media, controls, navigation, hidden elements. */
export function isSkippedElement(el: Element): boolean {
  const tag = el.localName;
  // The extension's own elements (panel, inline polls) are never page text, whatever they contain.
  if (SKIPPED_TAGS.has(tag) || tag.startsWith('contrepoint-')) return true;
  // Most elements of an article (<p>, <em>, <a>…) have no attributes: one call instead of four.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  const style = el.getAttribute('style');
  // An inline `display:none` is the only hiding we can see without reading computed style.
  if (style !== null && style.length < 400 && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

const SCREEN_READER_ONLY = /visually-?hidden|sr-only|screen-?reader|a11y-hidden|offscreen/i;

/** Text meant for screen readers only ("Advertisement", "Photo:"), which sighted readers never see. */
export function isScreenReaderOnly(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && SCREEN_READER_ONLY.test(cls.slice(0, 300));
}

/** Share bars, related links, newsletters, comments, captions, bylines… recognised by class and id. */
export function isFurniture(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls === null && id === null) return false;
  // Very long class strings are utility-class soups; testing a bounded prefix keeps this O(1) per element.
  const names = `${cls ?? ''} ${id ?? ''}`.slice(0, 300);
  return FURNITURE_WORDS.test(names) || FURNITURE_TOKENS.test(names);
}

const ARTICLE_NAMES =
  /article-?body|articlebody|article__body|article-?content|article-?text|articletext|story-?body|story-?content|entry-content|post-?content|post-?body|content-?body|main-?content/i;

/** The element declares itself the article body (itemprop or a conventional class/id). */
export function saysArticleBody(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop !== null && /articleBody/i.test(itemprop)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.slice(0, 300);
  return ARTICLE_NAMES.test(names);
}

/** A block whose content is page furniture as a whole: its paragraphs (comments, teasers, related
 *  stories) are never article text. Inline elements never start one — a link classed "tag-link" in
 *  the middle of a sentence is still part of the sentence. Page-wide wrappers and self-declared
 *  article bodies are exempt: "body.has-sidebar" or "div.article-body.share-enabled" must not hide
 *  the whole article. */
export function startsFurnitureZone(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'body' || tag === 'main' || tag === 'html' || !isBlockElement(el)) return false;
  return isFurniture(el) && !saysArticleBody(el);
}
