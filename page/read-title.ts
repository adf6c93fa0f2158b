import { collapseWhitespace } from './collapse-whitespace';
import type { MetaValues } from './read-meta';

// The headline, without the " | Site name" decorations that <title> and og:title carry.

/** Separators sites put between the headline and the site name / section / author. A hyphen only
 *  counts with spaces around it ("Radio-Canada" is a name, " - " is a separator). */
const SEPARATORS = / (?:[|–—»›·•]{1,2}|-{1,2}) /g;
/** A trailing <title> segment this short is a site, section or author name, not part of the
 *  headline. Longer keeps "…: what it means for Europe" style subtitles; shorter leaves "| The
 *  Washington Post" in. */
const MAX_SUFFIX_WORDS = 4;
/** The headline left after stripping must keep at least this many words, so that "OpenAI - Reuters"
 *  is not stripped down to "OpenAI"… unless the suffix is the declared site name. */
const MIN_HEADLINE_WORDS = 3;
/** An <h1> shorter than this ("News", a logo) is never taken as confirming a meta title. */
const MIN_H1_CHARS = 8;
/** What may follow an <h1> inside a meta title for the <h1> to be the headline part of it. */
const AFTER_PREFIX = /^(?:$| ?(?:[|–—»›·•]{1,2}|-{1,2}) )/;
/** How many <h1> elements are compared with the meta titles (pages have logos in h1 too). */
export const MAX_H1 = 4;

function normalise(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

function wordCount(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

function looksLikeHost(segment: string): boolean {
  return /^[\w-]+(?:\.[\w-]+)+$/.test(segment.trim());
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

function segmentsOf(raw: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const m of raw.matchAll(SEPARATORS)) {
    segments.push({ start, end: m.index, text: raw.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  segments.push({ start, end: raw.length, text: raw.slice(start) });
  return segments;
}

/** Strips site/section/author segments from the end (and a site name from the start). Only the
 *  declared site name (or a host name) is stripped unless `lenient`, where any short suffix goes. */
function stripDecorations(raw: string, siteName: string, lenient: boolean): string {
  const segments = segmentsOf(raw);
  const site = normalise(siteName);
  const isSite = (s: string): boolean => {
    const n = normalise(s);
    return n !== '' && (looksLikeHost(s) || (site !== '' && (n === site || site.includes(n) || n.includes(site))));
  };
  let first = 0;
  let last = segments.length - 1;
  if (last > 0 && isSite(segments[0]?.text ?? '')) first = 1;
  while (last > first) {
    const tail = segments[last]?.text ?? '';
    const kept = raw.slice(segments[first]?.start ?? 0, segments[last - 1]?.end ?? raw.length);
    const short = lenient && wordCount(tail) <= MAX_SUFFIX_WORDS && wordCount(kept) >= MIN_HEADLINE_WORDS;
    if (!isSite(tail) && !short) break;
    last--;
  }
  return collapseWhitespace(raw.slice(segments[first]?.start ?? 0, segments[last]?.end ?? raw.length));
}

/** The article's headline: og:title, else <h1>, else <title>, without site-name suffixes. An <h1>
 *  that is the beginning of a meta title settles where the headline ends. `titleText` is the text of
 *  the document's <title>; `h1Elements` its first <h1> elements in document order. */
export function readTitle(titleText: string, h1Elements: readonly Element[], meta: MetaValues): string {
  const h1s: string[] = [];
  for (const h1 of h1Elements.slice(0, MAX_H1)) {
    const text = collapseWhitespace(h1.textContent ?? '');
    if (text !== '') h1s.push(text);
  }
  const ogTitle = collapseWhitespace(meta.get('og:title') ?? meta.get('twitter:title') ?? '');
  const docTitle = collapseWhitespace(titleText);
  const siteName = meta.get('og:site_name') ?? meta.get('application-name') ?? '';

  for (const raw of [ogTitle, docTitle]) {
    if (raw === '') continue;
    const n = normalise(raw);
    for (const h1 of h1s) {
      const h = normalise(h1);
      if (h.length >= MIN_H1_CHARS && n.startsWith(h) && AFTER_PREFIX.test(n.slice(h.length))) return h1;
    }
  }
  if (ogTitle !== '') return stripDecorations(ogTitle, siteName, false);
  if (h1s[0] !== undefined) return h1s[0];
  return docTitle === '' ? '' : stripDecorations(docTitle, siteName, true);
}
