// <meta> values by key. `name` and `property` share one key space ("og:title" appears as either);
// `http-equiv` values are keyed "http-equiv:<value>". Keys are lower-case; the first value wins.

/** Longer meta values are cut: nothing we read from meta needs more, and a page cannot make us copy
 *  megabytes. */
const MAX_VALUE_CHARS = 1000;

export type MetaValues = Map<string, string>;

/** The attributes that name a <meta>'s key. */
export const KEY_ATTRIBUTES = ['property', 'name', 'itemprop'] as const;

/** A <meta>'s value, trimmed and cut to size; "" when it has none. */
export function metaContent(el: Element): string {
  // A few CMSs (Radio-Canada's among them) write `value=` where the standard says `content=`.
  const content = el.getAttribute('content') ?? el.getAttribute('value');
  return content === null ? '' : content.trim().slice(0, MAX_VALUE_CHARS);
}

function record(meta: MetaValues, el: Element): void {
  const value = metaContent(el);
  if (value === '') return;
  for (const attr of KEY_ATTRIBUTES) {
    const key = el.getAttribute(attr);
    if (key !== null && key !== '') {
      const k = key.trim().toLowerCase();
      if (!meta.has(k)) meta.set(k, value);
    }
  }
  const equiv = el.getAttribute('http-equiv');
  if (equiv !== null && equiv !== '') {
    const k = `http-equiv:${equiv.trim().toLowerCase()}`;
    if (!meta.has(k)) meta.set(k, value);
  }
}

/** Meta values from a list of <meta> elements found anywhere (some sites put Open Graph tags in
 *  the body). */
export function metaFrom(elements: readonly Element[]): MetaValues {
  const meta: MetaValues = new Map();
  for (const el of elements) record(meta, el);
  return meta;
}
