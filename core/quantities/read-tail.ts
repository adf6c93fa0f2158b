// Reads what follows a number: scale words ("milliards", "bn", "mil millones"), then a currency
// ("de dollars", "$ US", "Md$"), a percent sign or word, or a count noun ("d'utilisateurs"). Every step
// is a sticky match at a known position, so the whole tail costs O(length of the tail).
import type { CountUnit } from '../../data/lexicons/numbers/index';
import type { CompiledLexicon } from './compile-lexicon';
import { DOLLAR_SUFFIXES, MILLION_CODES } from './currency-table';
import { isDigitAt } from './parse-number';
import { skipGap, skipInlineSpaces, WORD_CLASS } from './text-chars';

export interface TailStart {
  /** Scale already known (from an "MUSD" prefix or a spelled-out amount). */
  exp: number;
  scaleSeen: boolean;
  /** A currency before the number: no other currency is read after it. */
  prefixIso: string | null;
  /** Integer digits of the number: "mil", "mila", "thousand" only follow short numbers ("300 mil"). */
  intDigits: number;
}

export interface Tail {
  end: number;
  exp: number;
  scaleSeen: boolean;
  /** The only scale is an abbreviation like "m" or "B" that needs a currency or count noun. */
  needsUnit: boolean;
  iso: string | null;
  percent: boolean;
  count: CountUnit | null;
  /** "1 milliard et demi": add half of the scale to the number. */
  plusHalf: boolean;
}

interface ScaleHit {
  end: number;
  exp: number;
  needsUnit: boolean;
  iso: string | null;
}

// Anything but digits, spaces and common punctuation.
const UNIT_START = /[^\d\s,;:.!?()[\]"'«»“”]/;

// "30 MUSD", "120 MEUR": finance shorthand, capitals only.
const MILLION_CODE_RE = new RegExp(`M(${MILLION_CODES.join('|')})(?![${WORD_CLASS}])`, 'uy');

const anyCase = (word: string) =>
  [...word].map((ch) => (/[a-z]/.test(ch) ? `[${ch}${ch.toUpperCase()}]` : ch)).join('');

// No `i` flag: "AU", "CA", "NZ" count only in capitals, or "40 $ au total" would be Australian dollars.
const DOLLAR_SUFFIX_RE = new RegExp(
  [
    `(?<word>${Object.keys(DOLLAR_SUFFIXES)
      .filter((k) => !['au', 'ca', 'nz', 'c'].includes(k))
      .sort((a, b) => b.length - a.length)
      .map(anyCase)
      .join('|')})(?![${WORD_CLASS}])`,
    `(?<upper>AU|CA|NZ)(?![${WORD_CLASS}])`,
    // "$ c" is how some wires mark Canadian dollars; "$ c'est" is French prose.
    `(?<c>[Cc])(?![${WORD_CLASS}'’])`,
  ]
    .map((a) => `(?:${a})`)
    .join('|'),
  'y',
);

const ELIDED = /['’ʼ´]$/;

function connectorEnd(text: string, at: number, c: CompiledLexicon): number | null {
  const hit = c.connectors.match(text, at);
  if (!hit) return null;
  // A word connector ("de") needs a space after it; an elided one ("d'") may touch the next word.
  const after = skipInlineSpaces(text, hit.end, 2);
  if (after === hit.end && !ELIDED.test(hit.raw)) return null;
  return after;
}

export function matchScale(text: string, from: number, c: CompiledLexicon, allowMillionCode: boolean): ScaleHit | null {
  const at = skipGap(text, from);
  if (allowMillionCode) {
    MILLION_CODE_RE.lastIndex = at;
    const m = MILLION_CODE_RE.exec(text);
    if (m?.[1]) return { end: at + m[0].length, exp: 6, needsUnit: false, iso: m[1] };
  }
  const hit = c.scales.match(text, at);
  if (!hit) return null;
  for (const cand of hit.candidates) {
    const entry = cand.meaning;
    if (cand.caseSensitive && hit.raw !== cand.form) continue;
    if (entry.needsConnector && connectorEnd(text, skipInlineSpaces(text, hit.end, 2), c) === null) continue;
    return { end: hit.end, exp: entry.exp, needsUnit: entry.needsUnit ?? false, iso: null };
  }
  return null;
}

interface CurrencyHit {
  end: number;
  iso: string;
  needsScale: boolean;
}

function currencyAt(text: string, at: number, c: CompiledLexicon): CurrencyHit | null {
  const hit = c.currencies.match(text, at);
  if (!hit) return null;
  const cand = hit.candidates.find((k) => !k.caseSensitive || k.form === hit.raw);
  if (!cand) return null;
  let { iso } = cand.meaning;
  let end = hit.end;
  if (cand.meaning.dollar) {
    const q = skipInlineSpaces(text, end, 1);
    DOLLAR_SUFFIX_RE.lastIndex = q;
    const m = DOLLAR_SUFFIX_RE.exec(text);
    const letters = m?.groups?.word ?? m?.groups?.upper ?? m?.groups?.c;
    if (m && letters) {
      iso = DOLLAR_SUFFIXES[letters.toLowerCase()] ?? iso;
      end = q + m[0].length;
    }
  }
  // "1 $10 bill": a sign touching the next digits is that number's prefix.
  if (cand.meaning.sign && isDigitAt(text, end)) return null;
  return { end, iso, needsScale: cand.meaning.needsScale };
}

function matchCurrency(text: string, from: number, c: CompiledLexicon, afterScale: boolean): CurrencyHit | null {
  const at = skipGap(text, from);
  if (afterScale) {
    const k = connectorEnd(text, at, c);
    if (k !== null) {
      const hit = currencyAt(text, k, c);
      if (hit) return hit;
    }
  }
  return currencyAt(text, at, c);
}

// Adjectives between a number and its count noun ("500 million weekly active users"); two is plenty.
const MAX_ADJECTIVES = 2;

function countAt(text: string, at: number, c: CompiledLexicon): { end: number; unit: CountUnit } | null {
  let k = at;
  for (let n = 0; n < MAX_ADJECTIVES; n++) {
    const adj = c.adjectives.match(text, k);
    if (!adj) break;
    const next = skipInlineSpaces(text, adj.end, 2);
    if (next === adj.end) break;
    k = next;
  }
  const hit = c.counts.match(text, k);
  const first = hit?.candidates[0];
  return hit && first ? { end: hit.end, unit: first.meaning } : null;
}

function matchCount(text: string, from: number, c: CompiledLexicon, afterScale: boolean) {
  const at = skipGap(text, from);
  if (afterScale) {
    const k = connectorEnd(text, at, c);
    if (k !== null) {
      const hit = countAt(text, k, c);
      if (hit) return hit;
    }
  }
  return countAt(text, at, c);
}

export function readTail(text: string, from: number, c: CompiledLexicon, start: TailStart): Tail {
  const tail: Tail = {
    end: from,
    exp: start.exp,
    scaleSeen: start.scaleSeen,
    needsUnit: false,
    iso: null,
    percent: false,
    count: null,
    plusHalf: false,
  };
  // Most numbers are followed by a space and a plain word or by punctuation; only a letter or a sign
  // can start a unit, so the table lookups below are skipped for everything else.
  const next = text[skipGap(text, from)];
  if (next === undefined || !UNIT_START.test(next)) return tail;
  if (!tail.scaleSeen) {
    const s = matchScale(text, tail.end, c, start.prefixIso === null);
    if (s && !(s.exp === 3 && start.intDigits > 3)) {
      tail.end = s.end;
      tail.exp += s.exp;
      tail.scaleSeen = true;
      tail.needsUnit = s.needsUnit;
      tail.iso = s.iso;
    }
  }
  // "mil millones", "1,5 mila miliardi", "mille milliards": a thousand of a larger scale.
  if (tail.scaleSeen && tail.exp === start.exp + 3 && !tail.iso) {
    const s = matchScale(text, tail.end, c, false);
    if (s && s.exp > 3) {
      tail.end = s.end;
      tail.exp += s.exp;
      tail.needsUnit = s.needsUnit;
    }
  }
  if (tail.scaleSeen && tail.iso === null) {
    const half = c.halfAfterScale.match(text, skipGap(text, tail.end));
    if (half) {
      tail.plusHalf = true;
      tail.end = half.end;
    }
  }
  if (start.prefixIso !== null || tail.iso !== null) return tail;

  const cur = matchCurrency(text, tail.end, c, tail.scaleSeen);
  if (cur && (tail.scaleSeen || !cur.needsScale)) {
    tail.iso = cur.iso;
    tail.end = cur.end;
    if (!tail.scaleSeen) {
      // "75 USD million"
      const s = matchScale(text, tail.end, c, false);
      if (s && !s.needsUnit) {
        tail.end = s.end;
        tail.exp += s.exp;
        tail.scaleSeen = true;
      }
    }
    return tail;
  }
  if (!tail.scaleSeen) {
    const p = c.percent.match(text, skipGap(text, tail.end));
    if (p) {
      tail.end = p.end;
      tail.percent = true;
      return tail;
    }
  }
  const count = matchCount(text, tail.end, c, tail.scaleSeen);
  if (count) {
    tail.end = count.end;
    tail.count = count.unit;
  }
  return tail;
}
