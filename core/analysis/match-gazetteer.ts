import { GAZETTEER, type GazetteerEntry } from '../../data/gazetteer';
import { lazy } from '../lazy';
import { latinRegex } from '../text/latin-regex';
import { isWordAt, lowerSameLength } from './char-class';
// Local bindings: hot loops call these per character, and module bindings can cost a getter call.
const isWordAt_ = isWordAt;
const lowerSameLength_ = lowerSameLength;

export interface GazetteerMention {
  entry: GazetteerEntry;
  start: number;
  end: number;
}

interface Variant {
  text: string;
  lower: string;
  cased: boolean;
  entry: GazetteerEntry;
}

const IS_WORD_CHAR = latinRegex(/[\p{L}\p{N}]/u);
const LEADING_WORD = latinRegex(/^[\p{L}\p{N}]+/u);
const FIRST_WORD = latinRegex(/[\p{L}\p{N}]+/u);

/**
 * Length of the word `text` starts with (letters and digits), 0 when it does not start with one. Names
 * are mostly ASCII: those are read code by code, which at module load, in a fresh tab, is several times
 * cheaper than a Unicode regex per name; any other character hands the name to the regex.
 */
function leadingWordLength(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue;
    if (code < 0x80) return i;
    // A name that starts with half a surrogate pair is not a word start (as for IS_WORD_CHAR on text[0]).
    if (i === 0 && !IS_WORD_CHAR.test(text[0] as string)) return 0;
    return LEADING_WORD.exec(text)?.[0].length ?? 0;
  }
  return text.length;
}

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (h * 31 + word.charCodeAt(i)) | 0;
  return h;
}

interface GazetteerIndex {
  /**
   * Variants keyed by their first word, lower-cased, so that the text is scanned once word by word and
   * each word costs one Map lookup (linear, whatever the size of the gazetteer); longest variant first
   * ("SoftBank Vision Fund" before "SoftBank").
   */
  byFirstWord: Map<string, Variant[]>;
  /** Numeric hashes of those keys, tried before any substring is cut. */
  firstWordHashes: Set<number>;
}

const gazetteerIndex = lazy((): GazetteerIndex => {
  const byFirstWord = new Map<string, Variant[]>();
  const add = (text: string, cased: boolean, entry: GazetteerEntry) => {
    const length = leadingWordLength(text);
    if (length === 0) return;
    const key = text.slice(0, length).toLowerCase();
    const variant = { text, lower: text.toLowerCase(), cased, entry };
    const list = byFirstWord.get(key);
    if (list) list.push(variant);
    else byFirstWord.set(key, [variant]);
  };
  for (const entry of GAZETTEER) {
    const exact = entry.exactCase === true;
    add(entry.name, exact, entry);
    if (entry.aliases) for (const a of entry.aliases) add(a, exact, entry);
    if (entry.casedAliases) for (const a of entry.casedAliases) add(a, true, entry);
  }
  const firstWordHashes = new Set<number>();
  for (const [key, list] of byFirstWord) {
    firstWordHashes.add(hashOf(key));
    if (list.length > 1) list.sort((a, b) => b.text.length - a.text.length);
  }
  return { byFirstWord, firstWordHashes };
});

/** Gazetteer names in `text`, whole words only, longest match first, never overlapping. */
export function matchGazetteer(text: string, lower: string = lowerSameLength_(text)): GazetteerMention[] {
  const { byFirstWord, firstWordHashes } = gazetteerIndex();
  const out: GazetteerMention[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt_(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    while (i < n && isWordAt_(text, i)) {
      h = (h * 31 + lower.charCodeAt(i)) | 0;
      i++;
    }
    // A numeric hash of the lower-cased word first: most words are not the start of any name, and
    // this spares a substring per word.
    if (!firstWordHashes.has(h)) continue;
    const list = byFirstWord.get(lower.slice(start, i));
    if (!list) continue;
    for (const v of list) {
      const end = start + v.text.length;
      if (end > n) continue;
      const slice = text.slice(start, end);
      // Cased names also match in capitals ("SAN FRANCISCO –", "BOLOGNA –" datelines, capitalised headlines).
      const same = v.cased ? slice === v.text || (v.text.length >= 4 && slice === v.text.toUpperCase()) : lower.slice(start, end) === v.lower;
      if (!same) continue;
      // Whole word on the right too: "Meta" must not match "Metaverse".
      if (isWordAt_(text, end) && IS_WORD_CHAR.test(v.text[v.text.length - 1] as string)) continue;
      out.push({ entry: v.entry, start, end });
      i = Math.max(i, end);
      break;
    }
  }
  return out;
}

/** The entry whose name or alias is exactly `name` (case-insensitive), if any. */
export function gazetteerEntry(name: string): GazetteerEntry | null {
  const first = FIRST_WORD.exec(name)?.[0];
  if (!first) return null;
  const lower = name.toLowerCase();
  for (const v of gazetteerIndex().byFirstWord.get(first.toLowerCase()) ?? []) if (v.lower === lower) return v.entry;
  return null;
}
