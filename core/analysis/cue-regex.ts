// Turns a short lexicon list into one precompiled regular expression, for the small jobs where a regex is
// simplest (cleaning the gap between a cue and a name, "a funding word near 'Serie A'"); scanning whole
// articles is the phrase matcher's job. Entries are wrapped in Unicode word boundaries (JS `\b` only knows
// ASCII letters, so "lève" or "Übernahme" would be cut wrongly) and tried longest first.
import { LatinRegex } from '../text/latin-regex';

const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

const WIDE_SPACE = '[\\s\\u00a0\\u202f]+';
const WIDE_SPACE_IN_CLASS = '\\s\\u00a0\\u202f';

/** Spaces in lexicon entries also match the no-break and thin spaces news sites use (also inside `[- ]`). */
function widenSpaces(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else if (c === ' ') out += inClass ? WIDE_SPACE_IN_CLASS : WIDE_SPACE;
    else out += c;
  }
  return out;
}

/**
 * One global regex for a small list (gaps between a cue and a name; rounds' "near a funding word"), in
 * its Latin and Unicode forms: take the one for the string it runs on with `.for(subject)`.
 */
export function cueRegex(sources: readonly string[], cased = false): LatinRegex {
  const body = [...sources]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(widenSpaces)
    .join('|');
  // An empty list must match nothing rather than everything.
  const source = body ? `${WORD_BEFORE}(?:${body})${WORD_AFTER}` : '(?!)';
  return new LatinRegex(source, cased ? 'gu' : 'giu');
}
