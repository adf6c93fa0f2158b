// <meta> values by key. `name` and `property` share one key space ("og:title" appears as either);
// `http-equiv` values are keyed "http-equiv:<value>". Keys are lower-case; the first value wins.

/** Longer meta values are cut: nothing we read from meta needs more, and a page cannot make us copy
 *  megabytes. */
const MAX_VALUE_CHARS = 1000;

export type MetaValues = Map<string, string>;

const KEY_ATTRIBUTES = ['property', 'name', 'itemprop'] as const;

function record(meta: MetaValues, el: Element): void {
  // A few CMSs (Radio-Canada's among them) write `value=` where the standard says `content=`.
  const content = el.getAttribute('content') ?? el.getAttribute('value');
  if (content === null) return;
  const value = content.trim().slice(0, MAX_VALUE_CHARS);
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

/** Each key with the CSS selector of the <meta> elements that carry it (any case): built once. */
export type MetaSelectors = ReadonlyArray<readonly [key: string, selector: string]>;

export function metaSelectors(keys: readonly string[]): MetaSelectors {
  return keys.map((k) => [k, KEY_ATTRIBUTES.map((a) => `meta[${a}="${k}" i]`).join(',')] as const);
}

function metaValue(el: Element): string {
  const content = el.getAttribute('content') ?? el.getAttribute('value');
  return content === null ? '' : content.trim().slice(0, MAX_VALUE_CHARS);
}

/**
 * The head's values for a few keys, for the cheap check on every page: one native query per key and one
 * attribute read, where a walk over the head's children read five attributes of every <meta>. From the
 * content script's world each DOM call costs about a microsecond while the code is cold, and the gate's
 * whole budget is 2 ms. Same answer as `metaFrom` on the head's <meta>: the first non-blank value wins.
 */
export function readHeadMeta(doc: Document, selectors: MetaSelectors): MetaValues {
  const meta: MetaValues = new Map();
  const head = doc.head;
  if (!head) return meta;
  for (const [key, selector] of selectors) {
    const first = head.querySelector(selector);
    if (first === null) continue;
    let value = metaValue(first);
    if (value === '') {
      // Rare: a blank one comes first; the next non-blank one counts.
      const all = head.querySelectorAll(selector);
      for (let i = 1; i < all.length && value === ''; i++) {
        const el = all[i];
        if (el) value = metaValue(el);
      }
    }
    if (value !== '') meta.set(key, value);
  }
  return meta;
}

/** Meta values from a list of <meta> elements found anywhere (some sites put Open Graph tags in
 *  the body). */
export function metaFrom(elements: readonly Element[]): MetaValues {
  const meta: MetaValues = new Map();
  for (const el of elements) record(meta, el);
  return meta;
}
