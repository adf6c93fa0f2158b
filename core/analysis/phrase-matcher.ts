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

/** Expansions beyond this count are matched by regex instead (they would bloat the trie). */
const MAX_EXPANSIONS = 4000;

type Part = { kind: 'chars'; chars: string[]; optional: boolean } | { kind: 'group'; alts: Part[][]; optional: boolean };

class Unsupported extends Error {}

function parseSequence(src: string, pos: { i: number }, inGroup: boolean): Part[][] {
  const alts: Part[][] = [[]];
  while (pos.i < src.length) {
    const c = src[pos.i] as string;
    let part: Part;
    if (c === ')') {
      if (!inGroup) throw new Unsupported();
      break;
    }
    if (c === '|') {
      alts.push([]);
      pos.i++;
      continue;
    }
    if (c === '(') {
      if (src.slice(pos.i, pos.i + 3) !== '(?:') throw new Unsupported();
      pos.i += 3;
      const inner = parseSequence(src, pos, true);
      if (src[pos.i] !== ')') throw new Unsupported();
      pos.i++;
      part = { kind: 'group', alts: inner, optional: false };
    } else if (c === '[') {
      part = { kind: 'chars', chars: parseClass(src, pos), optional: false };
    } else if (c === '\\') {
      const next = src[pos.i + 1] ?? '';
      pos.i += 2;
      if (next === 'd') part = { kind: 'chars', chars: [...'0123456789'], optional: false };
      else if (/[.\\'’\-&$()[\]?+*|/]/.test(next)) part = { kind: 'chars', chars: [next], optional: false };
      else throw new Unsupported();
    } else if ('*+{}^$.'.includes(c)) {
      throw new Unsupported();
    } else {
      part = { kind: 'chars', chars: [c], optional: false };
      pos.i++;
    }
    if (src[pos.i] === '?') {
      part.optional = true;
      pos.i++;
    }
    if (src[pos.i] === '*' || src[pos.i] === '+' || src[pos.i] === '{') throw new Unsupported();
    (alts[alts.length - 1] as Part[]).push(part);
  }
  return alts;
}

function parseClass(src: string, pos: { i: number }): string[] {
  pos.i++; // [
  if (src[pos.i] === '^') throw new Unsupported();
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
      if (/[psSwWbB]/.test(c)) throw new Unsupported();
      pos.i += 2;
    } else pos.i++;
    if (src[pos.i] === '-' && src[pos.i + 1] !== ']' && pos.i + 1 < src.length) {
      const to = src[pos.i + 1] as string;
      for (let x = c.charCodeAt(0); x <= to.charCodeAt(0); x++) chars.push(String.fromCharCode(x));
      pos.i += 2;
    } else chars.push(c);
  }
  if (src[pos.i] !== ']') throw new Unsupported();
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
    if (next.length > MAX_EXPANSIONS) throw new Unsupported();
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
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

// ------------------------------------------------------------------------------------------ tries

const WILD_START = /^\\p\{L\}[*+]/;
const WILD_END = /\\p\{L\}([*+])$/;

interface Node {
  next: Map<string, Node>;
  /** List ids ending here. */
  ends: number[] | null;
  /** List ids ending here whose match runs on over the rest of the word ("KI-\p{L}+"): 1 = star, 2 = plus. */
  extend: { id: number; plus: boolean }[] | null;
}
function node(): Node {
  return { next: new Map(), ends: null, extend: null };
}

function insert(root: Node, phrase: string, id: number, extend: 'star' | 'plus' | null): void {
  let n = root;
  for (const ch of phrase) {
    // One space in an entry stands for any run of white space in the text.
    const key = /\s/.test(ch) ? ' ' : ch;
    let m = n.next.get(key);
    if (!m) {
      m = node();
      n.next.set(key, m);
    }
    n = m;
  }
  if (extend) (n.extend ??= []).push({ id, plus: extend === 'plus' });
  else if (!(n.ends ??= []).includes(id)) n.ends.push(id);
}

export interface PhraseMatch {
  start: number;
  end: number;
}

const IS_WORD = /[\p{L}\p{N}]/u;
const IS_LETTER = /\p{L}/u;
const IS_SPACE = /[\s\u00a0\u202f]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && IS_WORD.test(c);
}

/** Lower-cases without changing the length (a few characters lower-case to two code units). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) out += (text[i] as string).toLowerCase()[0] ?? text[i];
  return out;
}

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
  private readonly regexes: { id: number; re: RegExp }[] = [];
  private hasFolded = false;
  private hasCased = false;
  private hasSuffix = false;

  constructor(readonly lists: readonly { entries: readonly string[]; cased: boolean }[]) {
    lists.forEach((list, id) => {
      const fallback: string[] = [];
      for (const raw of list.entries) {
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
          const phrase = list.cased ? p : lowerSameLength(p);
          if (!phrase) continue;
          if (suffixEntry) {
            insert(list.cased ? this.casedSuffix : this.foldedSuffix, [...phrase].reverse().join(''), id, null);
            this.hasSuffix = true;
          } else {
            insert(list.cased ? this.cased : this.folded, phrase, id, extend);
            if (list.cased) this.hasCased = true;
            else this.hasFolded = true;
          }
        }
      }
      if (fallback.length) {
        const body = fallback.map((s) => s.replace(/ /g, '[\\s\\u00a0\\u202f]+')).join('|');
        this.regexes.push({ id, re: new RegExp(`(?:${body})`, list.cased ? 'gu' : 'giu') });
      }
    });
  }

  /** Matches of every list in `text`, by list id, sorted and non-overlapping within a list. */
  match(text: string): PhraseMatch[][] {
    const found: PhraseMatch[][] = this.lists.map(() => []);
    const lower = this.hasFolded || this.hasSuffix ? lowerSameLength(text) : text;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text[i] as string;
      if (!IS_WORD.test(c)) continue;
      if (i > 0 && isWordChar(text[i - 1])) {
        // Inside a word: only word ends matter (for the suffix trie).
        if (this.hasSuffix && !isWordChar(text[i + 1])) this.walkBack(text, lower, i, found);
        continue;
      }
      if (this.hasFolded) this.walk(lower, text, i, this.folded, found);
      if (this.hasCased) this.walk(text, text, i, this.cased, found);
      if (this.hasSuffix && !isWordChar(text[i + 1])) this.walkBack(text, lower, i, found);
    }
    for (const { id, re } of this.regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        // The word boundaries the entries leave out: no letter or digit on either side.
        if (isWordChar(text[start - 1]) || isWordChar(text[end])) {
          re.lastIndex = start + 1;
          continue;
        }
        (found[id] as PhraseMatch[]).push({ start, end });
      }
    }
    return found.map(tidy);
  }

  private walk(s: string, text: string, i: number, root: Node, found: PhraseMatch[][]): void {
    let nd: Node | undefined = root;
    let j = i;
    while (nd) {
      if (nd.ends && !isWordChar(text[j])) for (const id of nd.ends) (found[id] as PhraseMatch[]).push({ start: i, end: j });
      if (nd.extend) {
        let k = j;
        while (k < text.length && IS_LETTER.test(text[k] as string)) k++;
        for (const e of nd.extend) if ((k > j || !e.plus) && !isWordChar(text[k])) (found[e.id] as PhraseMatch[]).push({ start: i, end: k });
      }
      if (j >= s.length) break;
      const ch = s[j] as string;
      if (IS_SPACE.test(ch)) {
        nd = nd.next.get(' ');
        while (j < s.length && IS_SPACE.test(s[j] as string)) j++;
      } else {
        nd = nd.next.get(ch);
        j++;
      }
    }
  }

  /** From the last character of a word backwards through the reversed endings. */
  private walkBack(text: string, lower: string, last: number, found: PhraseMatch[][]): void {
    for (const [root, s] of [
      [this.foldedSuffix, lower],
      [this.casedSuffix, text],
    ] as const) {
      let nd: Node | undefined = root;
      let j = last;
      while (nd && j >= 0) {
        const ch = s[j] as string;
        nd = IS_SPACE.test(ch) ? nd.next.get(' ') : nd.next.get(ch);
        if (!nd) break;
        if (nd.ends) {
          // The match takes in the letters glued before it, as "\p{L}*" would.
          let start = j;
          while (start > 0 && IS_LETTER.test(text[start - 1] as string)) start--;
          for (const id of nd.ends) (found[id] as PhraseMatch[]).push({ start, end: last + 1 });
        }
        j--;
      }
    }
  }
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
