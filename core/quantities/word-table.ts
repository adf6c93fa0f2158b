// A set of surface forms ("milliards", "d'", "dollars américains", "Md$") matched at a given position.
// Forms live in a character trie: a lookup walks at most as many characters as the longest form, and
// building the table compiles no regex, so the first analysis of a page pays nothing up front.
import { INLINE_SPACE, isInlineSpaceAt, isWordCharAt, WORD_CLASS } from './text-chars';

export interface WordCandidate<T> {
  form: string;
  meaning: T;
  caseSensitive: boolean;
}

export interface WordHit<T> {
  start: number;
  end: number;
  raw: string;
  candidates: readonly WordCandidate<T>[];
}

export interface WordTable<T> {
  /** The longest form starting exactly at `at`, if any, with every meaning that form can have (in table order). */
  match(text: string, at: number): WordHit<T> | null;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Forms ending here; a form ending in a letter or digit must also end a word in the text. */
  candidates: WordCandidate<T>[] | null;
  endsInWord: boolean;
}

const APOSTROPHES = new Set(["'", '’', 'ʼ', '´']);
const HYPHENS = new Set(['-', '‐', '‑']);
// Spaces inside a multi-word form: "pour  cent" with a double space still matches.
const MAX_INNER_SPACES = 3;

function endsInWord(form: string): boolean {
  return isWordCharAt(form, form.length - 1) && form[form.length - 1] !== '_';
}

/** One character folded the way forms are stored: lower case, one apostrophe, one hyphen. */
function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  if (APOSTROPHES.has(ch)) return "'";
  if (HYPHENS.has(ch)) return '-';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), candidates: null, endsInWord: false };
}

function buildTrie<T>(entries: readonly WordCandidate<T>[]): TrieNode<T> {
  const root = newNode<T>();
  for (const entry of entries) {
    let node = root;
    for (const ch of entry.form) {
      const key = ch === ' ' ? ' ' : fold(ch);
      let child = node.next.get(key);
      if (!child) {
        child = newNode<T>();
        node.next.set(key, child);
      }
      node = child;
    }
    node.candidates ??= [];
    node.candidates.push(entry);
    node.endsInWord = endsInWord(entry.form);
  }
  return root;
}

/** The trie is built on the first lookup: many tables (hedges, adjectives) are never needed on a page. */
export function buildWordTable<T>(entries: readonly WordCandidate<T>[]): WordTable<T> {
  let root: TrieNode<T> | null = null;
  return {
    match(text, at) {
      root ??= buildTrie(entries);
      let node = root;
      let i = at;
      let best: { end: number; candidates: WordCandidate<T>[] } | null = null;
      while (i < text.length) {
        let next: TrieNode<T> | undefined;
        if (isInlineSpaceAt(text, i)) {
          next = node.next.get(' ');
          if (!next) break;
          let j = i + 1;
          while (j - i < MAX_INNER_SPACES && isInlineSpaceAt(text, j)) j++;
          i = j;
        } else {
          next = node.next.get(fold(text[i] ?? ''));
          if (!next) break;
          i++;
        }
        node = next;
        if (node.candidates && !(node.endsInWord && isWordCharAt(text, i))) best = { end: i, candidates: node.candidates };
      }
      return best ? { start: at, end: best.end, raw: text.slice(at, best.end), candidates: best.candidates } : null;
    },
  };
}

/** Regex source for one literal form, case-insensitive by construction ("e" → "[eE]"). */
function formSource(form: string): string {
  let src = '';
  for (const ch of form) {
    if (ch === ' ') src += `${INLINE_SPACE}{1,${MAX_INNER_SPACES}}`;
    else if (APOSTROPHES.has(ch)) src += "['’ʼ´]";
    else if (HYPHENS.has(ch)) src += '[-‐‑]';
    else if (/[.*+?^${}()|[\]\\/]/.test(ch)) src += `\\${ch}`;
    else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      src += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : ch;
    }
  }
  return src;
}

/**
 * One alternation for many forms, longest first, for the few places that need a global search (the
 * finder of spelled-out amounts). Compiled without the `i` flag and with one shared boundary: Unicode
 * case folding and a Unicode class repeated per alternative make V8 spend milliseconds compiling.
 */
export function alternationSource(forms: readonly string[]): string {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  const open = sorted.filter((f) => !endsInWord(f)).map(formSource);
  const words = sorted.filter(endsInWord).map(formSource);
  const parts: string[] = [];
  if (open.length > 0) parts.push(`(?:${open.join('|')})`);
  if (words.length > 0) parts.push(`(?:${words.join('|')})(?![${WORD_CLASS}])`);
  return parts.length > 0 ? parts.join('|') : '(?!)';
}
