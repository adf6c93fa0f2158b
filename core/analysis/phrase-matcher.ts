// A fast matcher for lexicon cue lists. Lexicon entries are small regular expressions (alternations,
// optional parts, character classes); most of them describe a finite set of phrases. Those phrases are
// expanded once into a character trie, and the text is scanned once: at each word start the trie is
// walked for as long as the text follows it (usually one or two characters). That is linear in the
// text and independent of the number of entries, where one regex per cue list costs a pass per list
// and a try of every alternative at every position.
//
// Supported entry syntax: literals, `\.`-style escapes, `[...]` classes with ranges, `(?:a|b)` groups,
// `?` after a character, class or group, `\d`. A leading `\p{L}*` (or `\p{L}+`) makes a word-ending
// entry ("\p{L}*runde" matches "Finanzierungsrunde"); a trailing `\p{L}*` / `\p{L}+` lets the match run
// to the end of the word ("KI-\p{L}+"). Anything else (lookarounds, inner wildcards) is compiled as a
// plain regex, checked for word boundaries in code.

import { LatinRegex } from '../text/latin-regex';
import { isLetterAt, isSpaceAt, isWordAt, lowerSameLength } from './char-class';
// Local bindings: hot loops call these per character, and module bindings can cost a getter call.
const isLetterAt_ = isLetterAt;
const isSpaceAt_ = isSpaceAt;
const isWordAt_ = isWordAt;
const lowerSameLength_ = lowerSameLength;

/** Expansions beyond this count are matched by regex instead (they would bloat the trie). */
const MAX_EXPANSIONS = 4000;

type Part = { kind: 'chars'; chars: string[]; optional: boolean } | { kind: 'group'; alts: Part[][]; optional: boolean };

/**
 * Thrown when an entry has no finite expansion, and caught in expandEntry. Not an Error: building one
 * captures a stack trace, for which V8 first re-parses every function on the stack to find its source
 * positions (milliseconds on a page's first analysis, when the panel script's top level is among them).
 */
const UNSUPPORTED = Symbol('unsupported');
const ESCAPED_LITERAL = /[.\\'’\-&$()[\]?+*|/]/;
/** Characters parseSequence reads as themselves, without looking at what follows them. */
const PLAIN_RUN = /[^)|([\\*+{}^$.?]+/y;

/**
 * Consecutive plain characters are read as one literal part ("finanzierungsrunde" is one part, not
 * eighteen): expanding an entry then concatenates a few strings instead of one per character, which
 * was most of the cost of building the tries on a page's first analysis. A character followed by `?`
 * stays a part of its own.
 */
function parseSequence(src: string, pos: { i: number }, inGroup: boolean): Part[][] {
  const alts: Part[][] = [[]];
  let run = '';
  const flush = () => {
    if (run === '') return;
    (alts[alts.length - 1] as Part[]).push({ kind: 'chars', chars: [run], optional: false });
    run = '';
  };
  while (pos.i < src.length) {
    // A run of plain characters is taken in one step, all but its last one, which may carry a `?`.
    PLAIN_RUN.lastIndex = pos.i;
    if (PLAIN_RUN.test(src) && PLAIN_RUN.lastIndex - pos.i > 1) {
      run += src.slice(pos.i, PLAIN_RUN.lastIndex - 1);
      pos.i = PLAIN_RUN.lastIndex - 1;
    }
    const c = src[pos.i] as string;
    let part: Part | null = null;
    let literal: string | null = null;
    if (c === ')') {
      if (!inGroup) throw UNSUPPORTED;
      break;
    }
    if (c === '|') {
      flush();
      alts.push([]);
      pos.i++;
      continue;
    }
    if (c === '(') {
      if (!src.startsWith('(?:', pos.i)) throw UNSUPPORTED;
      pos.i += 3;
      flush();
      const inner = parseSequence(src, pos, true);
      if (src[pos.i] !== ')') throw UNSUPPORTED;
      pos.i++;
      part = { kind: 'group', alts: inner, optional: false };
    } else if (c === '[') {
      part = { kind: 'chars', chars: parseClass(src, pos), optional: false };
    } else if (src.startsWith('\\d+', pos.i)) {
      // A run of digits ("il y a 3 ans", "in 2021"): one trie edge instead of ten or a hundred phrases.
      pos.i += 3;
      part = { kind: 'chars', chars: [ANY_NUMBER], optional: false };
    } else if (src.startsWith('\\p{L}+', pos.i)) {
      // One whole word inside a phrase ("angeführt wird \p{L}+ von").
      pos.i += 6;
      part = { kind: 'chars', chars: [ANY_WORD], optional: false };
    } else if (c === '\\') {
      const next = src[pos.i + 1] ?? '';
      pos.i += 2;
      if (next === 'd') part = { kind: 'chars', chars: [...'0123456789'], optional: false };
      else if (ESCAPED_LITERAL.test(next)) literal = next;
      else throw UNSUPPORTED;
    } else if ('*+{}^$.'.includes(c)) {
      throw UNSUPPORTED;
    } else {
      literal = c;
      pos.i++;
    }
    const optional = src[pos.i] === '?';
    if (optional) pos.i++;
    if (src[pos.i] === '*' || src[pos.i] === '+' || src[pos.i] === '{') throw UNSUPPORTED;
    if (literal !== null && !optional) {
      run += literal;
      continue;
    }
    flush();
    if (part === null) part = { kind: 'chars', chars: [literal as string], optional: true };
    else part.optional = optional;
    (alts[alts.length - 1] as Part[]).push(part);
  }
  flush();
  return alts;
}

function parseClass(src: string, pos: { i: number }): string[] {
  pos.i++; // [
  if (src[pos.i] === '^') throw UNSUPPORTED;
  const chars: string[] = [];
  while (pos.i < src.length && src[pos.i] !== ']') {
    let c = src[pos.i] as string;
    if (c === '\\') {
      c = src[pos.i + 1] ?? '';
      if (c === 'd') {
        chars.push(...'0123456789');
        pos.i += 2;
        continue;
      }
      if (/[psSwWbB]/.test(c)) throw UNSUPPORTED;
      pos.i += 2;
    } else pos.i++;
    if (src[pos.i] === '-' && src[pos.i + 1] !== ']' && pos.i + 1 < src.length) {
      const to = src[pos.i + 1] as string;
      for (let x = c.charCodeAt(0); x <= to.charCodeAt(0); x++) chars.push(String.fromCharCode(x));
      pos.i += 2;
    } else chars.push(c);
  }
  if (src[pos.i] !== ']') throw UNSUPPORTED;
  pos.i++;
  return chars;
}

function expandSeq(seq: Part[]): string[] {
  let out = [''];
  for (const part of seq) {
    const options = part.kind === 'chars' ? part.chars : part.alts.flatMap(expandSeq);
    const next: string[] = [];
    for (const prefix of out) {
      if (part.optional) next.push(prefix);
      for (const o of options) next.push(prefix + o);
    }
    if (next.length > MAX_EXPANSIONS) throw UNSUPPORTED;
    out = next;
  }
  return out;
}

/** All phrases an entry describes, or null when it must stay a regex. */
export function expandEntry(src: string): string[] | null {
  try {
    const pos = { i: 0 };
    const alts = parseSequence(src, pos, false);
    if (pos.i !== src.length) return null;
    const out = alts.flatMap(expandSeq);
    return out.length > MAX_EXPANSIONS ? null : out;
  } catch (e) {
    if (e === UNSUPPORTED) return null;
    throw e;
  }
}

// ------------------------------------------------------------------------------------------ tries


const WILD_START = /^\\p\{L\}[*+]/;
const WILD_END = /\\p\{L\}([*+])$/;

interface Node {
  /**
   * The keys of the edge into this node after its first one, which is the parent's key for it: a chain
   * of nodes with one child and nothing else (no list ends, no wildcard) is kept as one node. Three
   * nodes in four of a phrase trie are such links, and building them one object each was most of the
   * cost of compiling a language's cues on a page's first analysis.
   */
  tail: readonly number[];
  /** Children by key, the character code (32 stands for any run of white space): the first one in `code`/`child`, the others in `more`. */
  code: number;
  child: Node | null;
  more: Map<number, Node> | null;
  /** List ids ending here. */
  ends: number[] | null;
  /** List ids ending here whose match runs on over the rest of the word ("KI-\p{L}+"). */
  extend: { id: number; plus: boolean }[] | null;
  /** Child reached over one whole word ("angeführt wird \p{L}+ von"). */
  wild: Node | null;
  /** Child reached over a run of digits ("in \d+"). */
  digits: Node | null;
}
const NO_TAIL: readonly number[] = [];
function node(tail: readonly number[] = NO_TAIL): Node {
  return { tail, code: -1, child: null, more: null, ends: null, extend: null, wild: null, digits: null };
}

function childOf(n: Node, code: number): Node | undefined {
  return n.code === code ? (n.child as Node) : n.more?.get(code);
}

function addChild(n: Node, code: number, child: Node): void {
  if (n.code === -1) {
    n.code = code;
    n.child = child;
  } else {
    n.more ??= new Map();
    n.more.set(code, child);
  }
}

/** One space in an entry stands for any run of white space in the text: all of them are key 32. */
const ENTRY_SPACES = /[\t\n\u00a0\u202f]/g;

/** Cuts `m`'s tail after `at` keys: `m` ends there, and a new node takes the rest and all that was `m`'s. */
function split(m: Node, at: number): void {
  const rest = node(m.tail.slice(at + 1));
  rest.code = m.code;
  rest.child = m.child;
  rest.more = m.more;
  rest.ends = m.ends;
  rest.extend = m.extend;
  rest.wild = m.wild;
  rest.digits = m.digits;
  m.code = m.tail[at] as number;
  m.tail = m.tail.slice(0, at);
  m.child = rest;
  m.more = null;
  m.ends = null;
  m.extend = null;
  m.wild = null;
  m.digits = null;
}

function insert(root: Node, phrase: string, id: number, extend: 'star' | 'plus' | null): void {
  // The phrase as keys; ANY_WORD and ANY_NUMBER stay as they are.
  const keys = phrase.replace(ENTRY_SPACES, ' ');
  const wildcards = keys.includes(ANY_WORD) || keys.includes(ANY_NUMBER);
  let n = root;
  let k = 0;
  while (k < keys.length) {
    const key = keys.charCodeAt(k);
    if (key === ANY_WORD_CODE) {
      n.wild = n.wild ?? node();
      n = n.wild;
      k++;
      continue;
    }
    if (key === ANY_NUMBER_CODE) {
      n.digits = n.digits ?? node();
      n = n.digits;
      k++;
      continue;
    }
    // The plain keys from k up to the end of the phrase or its next wildcard.
    let runEnd = k + 1;
    if (!wildcards) runEnd = keys.length;
    else while (runEnd < keys.length && keys.charCodeAt(runEnd) !== ANY_WORD_CODE && keys.charCodeAt(runEnd) !== ANY_NUMBER_CODE) runEnd++;
    const m = childOf(n, key);
    if (!m) {
      const tail: number[] = [];
      for (let x = k + 1; x < runEnd; x++) tail.push(keys.charCodeAt(x));
      const child = node(tail);
      addChild(n, key, child);
      n = child;
      k = runEnd;
      continue;
    }
    // Down m's tail as far as the phrase follows it; where they part (or the phrase stops), a node.
    let t = 0;
    while (t < m.tail.length && k + 1 + t < runEnd && m.tail[t] === keys.charCodeAt(k + 1 + t)) t++;
    if (t < m.tail.length) split(m, t);
    n = m;
    k += 1 + t;
  }
  if (extend) {
    n.extend = n.extend ?? [];
    n.extend.push({ id, plus: extend === 'plus' });
  } else {
    n.ends = n.ends ?? [];
    if (!n.ends.includes(id)) n.ends.push(id);
  }
}

/** Where `s` is once `tail` is read from `at` on (a space key takes a run of spaces), or -1 if it parts from it. */
function followTail(tail: readonly number[], s: string, at: number): number {
  let j = at;
  for (let t = 0; t < tail.length; t++) {
    if (j >= s.length) return -1;
    if (isSpaceAt_(s, j)) {
      if (tail[t] !== SPACE) return -1;
      while (isSpaceAt_(s, j)) j++;
    } else {
      if (tail[t] !== s.charCodeAt(j)) return -1;
      j++;
    }
  }
  return j;
}

export interface PhraseMatch {
  start: number;
  end: number;
}

const SPACE = 32;
/** Stands for one word in an expanded phrase (a `wild` edge of the trie). */
const ANY_WORD = '\u0001';
/** Stands for a run of digits (a `digits` edge of the trie). */
const ANY_NUMBER = '\u0002';
const ANY_WORD_CODE = ANY_WORD.charCodeAt(0);
const ANY_NUMBER_CODE = ANY_NUMBER.charCodeAt(0);

/**
 * Matches many named lists of entries at once. Each list gets its own leftmost-longest,
 * non-overlapping matches, exactly as one global regex per list would.
 */
export class PhraseMatcher {
  private readonly folded = node();
  private readonly cased = node();
  /** Reversed word endings ("\p{L}*runde"): walked backwards from each word end. */
  private readonly foldedSuffix = node();
  private readonly casedSuffix = node();
  private readonly regexes: { id: number; re: LatinRegex }[] = [];
  private hasFolded = false;
  private hasSuffix = false;

  constructor(readonly lists: readonly { entries: readonly string[]; cased: boolean }[]) {
    lists.forEach((list, id) => {
      const fallback: string[] = [];
      for (const raw of list.entries.flatMap(splitTopLevel)) {
        let src = raw;
        let suffixEntry = false;
        let extend: 'star' | 'plus' | null = null;
        if (WILD_START.test(src)) {
          src = src.replace(WILD_START, '');
          suffixEntry = true;
        }
        const end = WILD_END.exec(src);
        if (end) {
          src = src.slice(0, end.index);
          extend = end[1] === '+' ? 'plus' : 'star';
        }
        const phrases = suffixEntry && extend ? null : expandEntry(src);
        if (!phrases) {
          fallback.push(raw);
          continue;
        }
        for (const p of phrases) {
          const phrase = list.cased ? p : lowerSameLength_(p);
          if (!phrase) continue;
          if (suffixEntry) {
            insert(list.cased ? this.casedSuffix : this.foldedSuffix, [...phrase].reverse().join(''), id, null);
            this.hasSuffix = true;
          } else {
            insert(list.cased ? this.cased : this.folded, phrase, id, extend);
            if (!list.cased) this.hasFolded = true;
          }
        }
      }
      if (fallback.length) {
        const body = fallback.map((s) => s.replace(/ /g, '[\\s\\u00a0\\u202f]+')).join('|');
        this.regexes.push({ id, re: new LatinRegex(`(?:${body})`, list.cased ? 'gu' : 'giu') });
      }
    });
  }

  /** The roots' children by character code (an array beats a Map for the one lookup every word makes). */
  private rootArray(root: Node): (Node | undefined)[] {
    const out: (Node | undefined)[] = [];
    if (root.child && root.code !== SPACE) out[root.code] = root.child;
    for (const [code, child] of root.more ?? []) if (code !== SPACE) out[code] = child;
    return out;
  }
  private _foldedRoot: (Node | undefined)[] | null = null;
  private _casedRoot: (Node | undefined)[] | null = null;
  private get foldedRoot(): (Node | undefined)[] {
    this._foldedRoot = this._foldedRoot ?? this.rootArray(this.folded);
    return this._foldedRoot;
  }
  private get casedRoot(): (Node | undefined)[] {
    this._casedRoot = this._casedRoot ?? this.rootArray(this.cased);
    return this._casedRoot;
  }

  /** Matches of every list in `text`, by list id, sorted and non-overlapping within a list. */
  match(text: string): PhraseMatch[][] {
    const foldedRoot = this.foldedRoot;
    const casedRoot = this.casedRoot;
    const found: PhraseMatch[][] = this.lists.map(() => []);
    const lower = this.hasFolded || this.hasSuffix ? lowerSameLength_(text) : text;
    const n = text.length;
    let prevWord = false;
    let word = n > 0 && isWordAt_(text, 0);
    for (let i = 0; i < n; i++) {
      const nextWord = isWordAt_(text, i + 1);
      if (word) {
        if (!prevWord) {
          // Start one character in: most words stop at the root, which is an array lookup.
          const f = foldedRoot[lower.charCodeAt(i)];
          if (f) this.walk(lower, text, i, f, found, i + 1);
          const c = casedRoot[text.charCodeAt(i)];
          if (c) this.walk(text, text, i, c, found, i + 1);
        }
        // Word ends feed the reversed endings ("\p{L}*runde").
        if (this.hasSuffix && !nextWord) this.walkBack(text, lower, i, found);
      }
      prevWord = word;
      word = nextWord;
    }
    for (const { id, re: forms } of this.regexes) {
      const re = forms.for(text);
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        // The word boundaries the entries leave out: no letter or digit on either side.
        if (isWordAt_(text, start - 1) || isWordAt_(text, end)) {
          re.lastIndex = start + 1;
          continue;
        }
        (found[id] as PhraseMatch[]).push({ start, end });
      }
    }
    return found.map(tidy);
  }

  private walk(s: string, text: string, i: number, root: Node, found: PhraseMatch[][], from = i): void {
    let nd: Node | undefined = root;
    let j = from;
    while (nd) {
      // The rest of the edge into nd: its first key was read to get here.
      if (nd.tail.length > 0) {
        j = followTail(nd.tail, s, j);
        if (j < 0) return;
      }
      // Word boundary after the match, unless the entry itself ends in punctuation ("raise $").
      if (nd.ends && (j === i || !isWordAt_(text, j - 1) || !isWordAt_(text, j))) for (const id of nd.ends) (found[id] as PhraseMatch[]).push({ start: i, end: j });
      if (nd.extend) {
        let k = j;
        while (isLetterAt_(text, k)) k++;
        for (const e of nd.extend) if ((k > j || !e.plus) && !isWordAt_(text, k)) (found[e.id] as PhraseMatch[]).push({ start: i, end: k });
      }
      if (j >= s.length) break;
      const digits = nd.digits;
      if (digits) {
        let k = j;
        while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
        if (k > j) this.walk(s, text, i, digits, found, k);
      }
      const wild = nd.wild;
      if (wild) {
        let k = j;
        while (isLetterAt_(text, k) || (text.charCodeAt(k) === 45 && isLetterAt_(text, k + 1))) k++;
        if (k > j) this.walk(s, text, i, wild, found, k);
      }
      if (isSpaceAt_(s, j)) {
        nd = childOf(nd, SPACE);
        while (isSpaceAt_(s, j)) j++;
      } else {
        nd = childOf(nd, s.charCodeAt(j));
        j++;
      }
    }
  }

  /** From the last character of a word backwards through the reversed endings. */
  private walkBack(text: string, lower: string, last: number, found: PhraseMatch[][]): void {
    if (this.foldedSuffix.child) this.walkBackIn(this.foldedSuffix, lower, text, last, found);
    if (this.casedSuffix.child) this.walkBackIn(this.casedSuffix, text, text, last, found);
  }

  private walkBackIn(root: Node, s: string, text: string, last: number, found: PhraseMatch[][]): void {
    let nd: Node | undefined = root;
    let j = last;
    while (nd && j >= 0) {
      nd = childOf(nd, isSpaceAt_(s, j) ? SPACE : s.charCodeAt(j));
      if (!nd) break;
      // The rest of the edge, read backwards.
      const tail = nd.tail;
      for (let t = 0; t < tail.length; t++) {
        j--;
        if (j < 0 || (isSpaceAt_(s, j) ? SPACE : s.charCodeAt(j)) !== tail[t]) return;
      }
      if (nd.ends) {
        // The match takes in the letters glued before it, as "\p{L}*" would.
        let start = j;
        while (isLetterAt_(text, start - 1)) start--;
        for (const id of nd.ends) (found[id] as PhraseMatch[]).push({ start, end: last + 1 });
      }
      j--;
    }
  }
}

/** "a|\p{L}*b|c" → ["a", "\p{L}*b", "c"]: top-level alternatives are entries of their own, so that a
 *  wildcard in one of them does not send the others to the regex fallback. */
function splitTopLevel(src: string): string[] {
  // Most entries have no "|" at all: nothing to split, and no character to read one by one.
  if (!src.includes('|')) return src.length > 0 ? [src] : [];
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out.filter((e) => e.length > 0);
}

/** Sorts and keeps, at each place, the leftmost-longest match, as a global regex scan would. */
function tidy(list: PhraseMatch[]): PhraseMatch[] {
  if (list.length < 2) return list;
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseMatch[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
