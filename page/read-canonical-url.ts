import type { MetaValues } from './read-meta';

function absolute(href: string, base: string | undefined): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/** The page's canonical URL from its <link> elements and meta values: <link rel=canonical>, else
 *  og:url, else the URL it was loaded from.
 *  A relative canonical is resolved against the page URL (or og:url); when nothing absolute can be
 *  made, the raw path is still returned — it identifies the article just as stably. */
export function readCanonicalUrl(links: readonly Element[], meta: MetaValues, url?: string): string | null {
  // Only the URL the caller passes counts: document.URL of a parsed or cloned document is not the page's.
  const pageUrl = isWebUrl(url) ? url : undefined;
  const ogUrl = meta.get('og:url');
  let canonical: string | null = null;
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (rel.includes('canonical') && href) {
      canonical = href;
      break;
    }
  }
  if (canonical !== null) {
    const base = pageUrl ?? (isWebUrl(ogUrl) ? ogUrl : undefined);
    const resolved = absolute(canonical, base);
    if (resolved !== null && isWebUrl(resolved)) return resolved;
  }
  if (isWebUrl(ogUrl)) return absolute(ogUrl, undefined) ?? ogUrl;
  if (pageUrl !== undefined) return pageUrl;
  return canonical ?? url ?? null;
}
