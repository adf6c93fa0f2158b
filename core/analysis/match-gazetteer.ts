import { GAZETTEER, type GazetteerEntry } from '../../data/gazetteer';
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

const IS_WORD_CHAR = /[\p{L}\p{N}]/u;

// Variants are keyed by their first word, lower-cased, so that the text is scanned once word by word and
// each word costs one Map lookup (linear, whatever the size of the gazetteer).
const byFirstWord = new Map<string, Variant[]>();
for (const entry of GAZETTEER) {
  const add = (text: string, cased: boolean) => {
    const first = text.match(/[\p{L}\p{N}]+/u)?.[0];
    if (!first || !IS_WORD_CHAR.test(text[0] ?? '')) return;
    const key = first.toLowerCase();
    const list = byFirstWord.get(key) ?? [];
    list.push({ text, lower: text.toLowerCase(), cased, entry });
    byFirstWord.set(key, list);
  };
  add(entry.name, entry.exactCase === true);
  for (const a of entry.aliases ?? []) add(a, entry.exactCase === true);
  for (const a of entry.casedAliases ?? []) add(a, true);
}
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (h * 31 + word.charCodeAt(i)) | 0;
  return h;
}
const firstWordHashes = new Set<number>([...byFirstWord.keys()].map(hashOf));
// Longest variant first: "SoftBank Vision Fund" before "SoftBank".
for (const list of byFirstWord.values()) list.sort((a, b) => b.text.length - a.text.length);

/** Gazetteer names in `text`, whole words only, longest match first, never overlapping. */
export function matchGazetteer(text: string, lower: string = lowerSameLength_(text)): GazetteerMention[] {
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
  const first = name.match(/[\p{L}\p{N}]+/u)?.[0];
  if (!first) return null;
  const lower = name.toLowerCase();
  for (const v of byFirstWord.get(first.toLowerCase()) ?? []) if (v.lower === lower) return v.entry;
  return null;
}
