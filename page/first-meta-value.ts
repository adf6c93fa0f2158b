// The cheap read of one <meta> value for the every-page gate: one native query on the head per value
// wanted, not a map of the head's metadata (page/read-meta.ts does that for the full analysis). Measured
// in the content script's world, where every DOM interface and every function runs cold once per page:
// three such queries cost the page less than one per key of seven, gathered in a map.

import { KEY_ATTRIBUTES, metaContent } from './read-meta';

/** The selector of every <meta> that carries one of `keys` in `name`, `property` or `itemprop`, in any
 *  case (Open Graph keys turn up in `name`, and older sites write "Description"). Built once. */
export function metaSelector(keys: readonly string[]): string {
  const parts: string[] = [];
  for (const key of keys) for (const attr of KEY_ATTRIBUTES) parts.push(`meta[${attr}="${key}" i]`);
  return parts.join(',');
}

/** The first non-blank value, in document order, of the <meta> elements of `head` that `selector`
 *  matches; "" when there is none. */
export function firstMetaValue(head: ParentNode | null, selector: string): string {
  if (head === null) return '';
  const first = head.querySelector(selector);
  if (first === null) return '';
  const value = metaContent(first);
  if (value !== '') return value;
  // Rare: a blank one comes first. Only then a NodeList (one more DOM interface to set up in the world).
  const all = head.querySelectorAll(selector);
  for (let i = 1; i < all.length; i++) {
    const next = metaContent(all[i] as Element);
    if (next !== '') return next;
  }
  return '';
}
