// Which of the nine debates a question (or any sentence) belongs to, from the keyword lists of
// data/themes.ts: compiled once into per-language lookup tables, then one pass over the words.
import type { Lang, ThemeId } from './types';
import { THEMES } from '../data/themes';
import { fold } from './text/fold';
import { latinRegex } from './text/latin-regex';

type WordTest = { kind: 'exact' | 'prefix' | 'suffix' | 'contains'; stem: string };

interface Keyword {
  theme: number;
  words: WordTest[];
}

interface Index {
  exact: Map<string, Keyword[]>;
  /** Prefix keywords by the first BUCKET letters of their stem: one lookup per word, then startsWith. */
  prefix: Map<string, Keyword[]>;
  /** Prefix keywords whose stem is shorter than BUCKET, and "*stem" / "*stem*" ones: few, scanned in full. */
  scanned: Keyword[];
}

/** Length of the prefix-bucket key. Stems are at least this long but for a handful of short ones. */
const BUCKET = 3;

// After folding, letters are a-z, digits, and the few non-ASCII letters folding leaves (ø, ł, Greek…);
// the code points excluded past U+00BF are punctuation (quotes, dashes, the ellipsis…). A plain
// character class is several times faster than \p{L} on a long text.
const SPLIT = /[^a-z0-9\u00c0-\u1fff\u2c00-\ud7ff\uf900-\uffef]+/;
const KEYWORD_SPLIT = latinRegex(/[^\p{L}\p{N}*]+/u);

function parseWord(raw: string): WordTest {
  const leading = raw.startsWith('*');
  const trailing = raw.endsWith('*') && raw.length > 1;
  const stem = raw.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (leading && trailing) return { kind: 'contains', stem };
  if (leading) return { kind: 'suffix', stem };
  if (trailing) return { kind: 'prefix', stem };
  return { kind: 'exact', stem };
}

function matches(test: WordTest, word: string): boolean {
  switch (test.kind) {
    case 'exact':
      return word === test.stem;
    case 'prefix':
      return word.startsWith(test.stem);
    case 'suffix':
      return word.endsWith(test.stem);
    case 'contains':
      return word.includes(test.stem);
  }
}

function push(map: Map<string, Keyword[]>, key: string, keyword: Keyword): void {
  const list = map.get(key);
  if (list) list.push(keyword);
  else map.set(key, [keyword]);
}

function buildIndex(lang: Lang): Index {
  const index: Index = { exact: new Map(), prefix: new Map(), scanned: [] };
  THEMES.forEach((theme, themeIndex) => {
    for (const entry of theme.keywords[lang]) {
      const folded = fold(entry);
      const words = folded.split(KEYWORD_SPLIT.for(folded)).filter(Boolean).map(parseWord);
      const first = words[0];
      if (!first || first.stem === '') continue;
      const keyword: Keyword = { theme: themeIndex, words };
      if (first.kind === 'exact') push(index.exact, first.stem, keyword);
      else if (first.kind === 'prefix' && first.stem.length >= BUCKET) push(index.prefix, first.stem.slice(0, BUCKET), keyword);
      else index.scanned.push(keyword);
    }
  });
  return index;
}

const INDEXES = new Map<Lang, Index>();

function indexFor(lang: Lang): Index {
  let index = INDEXES.get(lang);
  if (!index) {
    index = buildIndex(lang);
    INDEXES.set(lang, index);
  }
  return index;
}

function restMatches(keyword: Keyword, words: string[], at: number): boolean {
  for (let k = 1; k < keyword.words.length; k++) {
    const word = words[at + k];
    const test = keyword.words[k];
    if (word === undefined || !test || !matches(test, word)) return false;
  }
  return true;
}

/**
 * The debate themes `text` touches, in the order of data/themes.ts, each once. Words are compared without
 * case or accents and whole-word (a stem matches word starts only, unless its keyword says otherwise).
 */
export function themesOf(text: string, lang: Lang): ThemeId[] {
  const index = indexFor(lang);
  const words = fold(text).split(SPLIT).filter(Boolean);
  const found = new Set<number>();
  const consider = (keywords: Keyword[] | undefined, word: string, at: number): void => {
    if (!keywords) return;
    for (const keyword of keywords) {
      const first = keyword.words[0];
      if (!found.has(keyword.theme) && first && matches(first, word) && restMatches(keyword, words, at)) {
        found.add(keyword.theme);
      }
    }
  };
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? '';
    consider(index.exact.get(word), word, at);
    if (word.length >= BUCKET) consider(index.prefix.get(word.slice(0, BUCKET)), word, at);
    consider(index.scanned, word, at);
  }
  return THEMES.filter((_, themeIndex) => found.has(themeIndex)).map((theme) => theme.id);
}
