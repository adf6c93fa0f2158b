// The cheap read of one <meta> value for the every-page gate: one native query on the head per value
// wanted, not a map of the head's metadata (page/read-meta.ts does that for the full analysis). Measured
// in the content script's world, where every DOM interface and every function runs cold once per page:
// three such queries cost about half of what a map of seven keys did.

/** Longer values are cut: nothing the gate reads from meta needs more, and a page cannot make it copy
 *  megabytes. */
const MAX_VALUE_CHARS = 1000;

const KEY_ATTRIBUTES = ['name', 'property', 'itemprop'];

/** The selector of every <meta> that carries one of `keys` in `name`, `property` or `itemprop`, in any
 *  case (Open Graph keys turn up in `name`, and older sites write "Description"). Built once. */
export function metaSelector(keys: readonly string[]): string {
  const parts: string[] = [];
  for (const key of keys) for (const attr of KEY_ATTRIBUTES) parts.push(`meta[${attr}="${key}" i]`);
  return parts.join(',');
}

function metaContent(el: Element): string {
  // A few CMSs (Radio-Canada's among them) write `value=` where the standard says `content=`.
  const content = el.getAttribute('content') ?? el.getAttribute('value');
  return content === null ? '' : content.trim().slice(0, MAX_VALUE_CHARS);
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
