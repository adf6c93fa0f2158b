// The money and number recogniser: every amount, percentage, count and large number in a text, in one
// left-to-right pass over the digits plus one pass for spelled-out amounts ("un milliard d'euros").
// Shared by all languages; what differs per language is data/lexicons/numbers/<lang>.ts.
import { NUMBER_LEXICONS } from '../data/lexicons/numbers/index';
import { type CompiledLexicon, compileLexicon } from './quantities/compile-lexicon';
import { matchPrefix } from './quantities/match-prefix';
import { isDigitAt, type NumberToken, readNumber, scaledValue } from './quantities/parse-number';
import { matchScale, readTail } from './quantities/read-tail';
import { readSpelledNumber } from './quantities/spelled-number';
import {
  isCapitalAt,
  isHyphenAt,
  isInlineSpaceAt,
  isLetterAt,
  isWordCharAt,
  skipInlineSpaces,
  skipRun,
} from './quantities/text-chars';
import type { Lang, Quantity } from './types';

// Each language's tables are built once, on its first use: a page needs one language, and building all
// five up front would add their cost to every module load.
const COMPILED = new Map<Lang, CompiledLexicon>();

function compiled(lang: Lang): CompiledLexicon {
  let c = COMPILED.get(lang);
  if (!c) {
    c = compileLexicon(NUMBER_LEXICONS[lang]);
    COMPILED.set(lang, c);
  }
  return c;
}

// Marks that join numbers into ranges ("10-15 %", "2013–2024") or into dates, times and fractions.
const RANGE_MARKS = new Set(['-', '\u2010', '\u2011', '\u2013']);
const OTHER_JOINS = new Set(['/', ':']);

// A native regex jumps from digit to digit; a character loop would run in V8's interpreter on the
// first page, before the code is optimised. Shared: findQuantities never re-enters itself.
const DIGIT = /[0-9]/g;

// How far into a bracket the conversion's number may start: "(about US$ 3.1" needs room for a hedge
// and a prefix; the hedges themselves are skipped before this.
const BRACKET_LOOKAHEAD = 8;

interface Parsed {
  quantity: Quantity | null;
  /** Where scanning resumes: past the quantity and its bracket, or past a rejected run. */
  next: number;
}

const rejected = (next: number): Parsed => ({ quantity: null, next });

// Years that news prose writes as bare four-digit numbers.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

function isYearLike(n: NumberToken): boolean {
  if (n.grouped || n.frac !== '' || n.int.length !== 4) return false;
  const year = Number(n.int);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * "… salita a 13 mld. Il governo …": where a sentence may end after an abbreviation (end of text, line
 * break, or a capital next), the dot is left to the sentence. The value is the same either way; this
 * keeps highlights off the punctuation, at the price of "500 Mio. Fr. Die …" losing its last dot.
 */
function trimAbbreviationDot(text: string, numberEnd: number, end: number): number {
  if (end <= numberEnd + 1 || text[end - 1] !== '.') return end;
  const after = skipInlineSpaces(text, end, 2);
  const next = text[after];
  const sentenceMayEnd = next === undefined || next === '\n' || (after > end && isCapitalAt(text, after));
  return sentenceMayEnd ? end - 1 : end;
}

function parseDigitsAt(text: string, p: number, c: CompiledLexicon, floor: number, withAlternative: boolean): Parsed {
  let prefix = null as ReturnType<typeof matchPrefix>;
  if (isWordCharAt(text, p - 1)) {
    // Only an ISO code may touch the digits ("USD115"); "H100", "A350", "Web3" are names.
    prefix = matchPrefix(text, p, floor);
    if (!prefix?.attached) return rejected(skipRun(text, p, false));
  } else if ((isHyphenAt(text, p - 1) || text[p - 1] === '/' || text[p - 1] === '.') && isWordCharAt(text, p - 2)) {
    // "GPT-4o", "COVID-19", "F-35", "/2024/", "v2.1": part of a name, path or version.
    return rejected(skipRun(text, p, false));
  }

  const first = readNumber(text, p, c.style);
  let last = first;
  let joined = 1;
  let strict = false;
  for (;;) {
    const mark = text[last.end] ?? '';
    if (!(RANGE_MARKS.has(mark) || OTHER_JOINS.has(mark)) || !isDigitAt(text, last.end + 1)) break;
    if (OTHER_JOINS.has(mark)) strict = true;
    last = readNumber(text, last.end + 1, c.style);
    joined++;
    if (last.junk || last.leadingZero) strict = true;
  }
  // Dates (2025-03-31, 31/03), times (14:30), fractions (1/3), ISBNs and phone numbers (555-0100).
  if (first.junk || strict || joined > 2) return rejected(skipRun(text, last.end, false));
  const phone = text[p - 1] === '+' && isInlineSpaceAt(text, last.end) && isDigitAt(text, last.end + 1);
  if (first.leadingZero || phone) return rejected(skipRun(text, last.end, true));

  prefix ??= matchPrefix(text, p, floor);
  // "En 2024 mil empresas", "in 2024 millions of users", "in 2024 dollars": a year never takes a scale
  // or a unit. The cost: an ungrouped "2000 salariés" is not read as a count ("2 000 salariés" is).
  if (!prefix && joined === 1 && isYearLike(first)) return rejected(last.end);
  const tail = readTail(text, last.end, c, {
    exp: prefix?.exp ?? 0,
    scaleSeen: (prefix?.exp ?? 0) > 0,
    prefixIso: prefix?.iso ?? null,
    intDigits: first.int.length,
  });
  // "4o", "1990s", "3e", "14h30", "5G": letters glued to a number must be a unit we know.
  if (isLetterAt(text, last.end) && tail.end === last.end) return rejected(skipRun(text, last.end, false));

  const iso = prefix?.iso ?? tail.iso;
  let kind: Quantity['kind'] | null = null;
  let unit = '';
  if (iso) {
    kind = 'money';
    unit = iso;
  } else if (tail.percent) {
    kind = 'percent';
    unit = '%';
  } else if (tail.count) {
    kind = 'count';
    unit = tail.count;
  } else if (tail.scaleSeen) {
    if (!tail.needsUnit) kind = 'number';
  } else if (first.grouped && joined === 1 && first.int.length >= 4) {
    // At least 1000 (no leading zero got this far), written with a group separator.
    // Ungrouped bare numbers are years, model numbers, postcodes: "2024", "RTX 4090", "75008".
    kind = 'number';
  }
  if (!kind) return rejected(last.end);

  const start = prefix ? prefix.start : p;
  const end = trimAbbreviationDot(text, last.end, Math.max(tail.end, last.end));
  const value = scaledValue(first.int, first.frac, tail.exp) + (tail.plusHalf ? scaledValue('5', '', tail.exp - 1) : 0);
  const quantity: Quantity = { start, end, text: text.slice(start, end), value, unit, kind };
  let next = end;
  if (withAlternative && kind === 'money') {
    const alt = readAlternative(text, end, c);
    if (alt) {
      quantity.alternative = alt.alternative;
      next = alt.next;
    }
  }
  return { quantity, next };
}

/** "£2.5 billion ($3.1 billion)": the bracketed conversion of the amount just read. */
function readAlternative(
  text: string,
  from: number,
  c: CompiledLexicon,
): { alternative: NonNullable<Quantity['alternative']>; next: number } | null {
  let j = skipInlineSpaces(text, from, 2);
  if (text[j] !== '(') return null;
  j = skipInlineSpaces(text, j + 1, 2);
  for (let n = 0; n < 2; n++) {
    const hedge = c.hedges.match(text, j);
    if (!hedge) break;
    j = skipInlineSpaces(text, hedge.end, 2);
  }
  let d = j;
  while (d < j + BRACKET_LOOKAHEAD && d < text.length && !isDigitAt(text, d) && text[d] !== ')' && text[d] !== '\n') d++;
  if (!isDigitAt(text, d)) return null;
  const inner = parseDigitsAt(text, d, c, j, false).quantity;
  if (inner?.kind !== 'money' || inner.start !== j) return null;
  const close = skipInlineSpaces(text, inner.end, 2);
  if (text[close] !== ')') return null;
  return { alternative: { value: inner.value, unit: inner.unit, text: inner.text }, next: close + 1 };
}

/** Amounts whose number is spelled out: "a billion dollars", "quarante milliards", "mil millones". */
function findSpelled(text: string, c: CompiledLexicon, taken: readonly { start: number; end: number }[]): Quantity[] {
  const out: Quantity[] = [];
  const finder = c.spelledScaleFinder;
  finder.lastIndex = 0;
  let k = 0;
  let floor = 0;
  for (let m = finder.exec(text); m; m = finder.exec(text)) {
    const s = m.index;
    while (k < taken.length && (taken[k]?.end ?? 0) <= s) {
      floor = Math.max(floor, taken[k]?.end ?? 0);
      k++;
    }
    const blocker = taken[k];
    if (blocker && blocker.start <= s) {
      finder.lastIndex = blocker.end;
      continue;
    }
    const scale = matchScale(text, s, c, false);
    if (!scale || scale.needsUnit) continue;
    let exp = scale.exp;
    let end = scale.end;
    let chained = false;
    if (exp === 3) {
      const bigger = matchScale(text, end, c, false);
      if (bigger && bigger.exp > 3 && !bigger.needsUnit) {
        exp += bigger.exp;
        end = bigger.end;
        chained = true;
      }
    }
    // "a billion-dollar company" is an adjective, not an amount.
    if (isHyphenAt(text, end) && isLetterAt(text, end + 1)) continue;
    const words = readSpelledNumber(text, s, c, floor);
    if (!words && !chained) continue;
    const tail = readTail(text, end, c, { exp, scaleSeen: true, prefixIso: null, intDigits: 0 });
    let kind: Quantity['kind'] | null = null;
    let unit = '';
    if (tail.iso) {
      kind = 'money';
      unit = tail.iso;
    } else if (tail.count) {
      kind = 'count';
      unit = tail.count;
    } else if (words && !words.articleOnly) kind = 'number';
    if (!kind) continue;
    const start = words ? words.start : s;
    if (blocker && tail.end > blocker.start) continue;
    const qEnd = trimAbbreviationDot(text, s, tail.end);
    const quantity: Quantity = {
      start,
      end: qEnd,
      text: text.slice(start, qEnd),
      value: scaledValue(String(words ? words.value : 1), '', tail.exp) + (tail.plusHalf ? scaledValue('5', '', tail.exp - 1) : 0),
      unit,
      kind,
    };
    let next = tail.end;
    if (kind === 'money') {
      const alt = readAlternative(text, tail.end, c);
      if (alt && (!blocker || alt.next <= blocker.start)) {
        quantity.alternative = alt.alternative;
        next = alt.next;
      }
    }
    out.push(quantity);
    floor = next;
    finder.lastIndex = next;
  }
  return out;
}

/**
 * Every quantity in `text`, sorted by start and non-overlapping, with `text === input.slice(start, end)`.
 * Money carries its ISO 4217 code, percentages "%", counts their noun ("users"), bare scaled numbers "".
 */
export function findQuantities(text: string, lang: Lang): Quantity[] {
  const c = compiled(lang);
  const found: Quantity[] = [];
  // Spans already used, brackets of conversions included, so nothing is read twice.
  const taken: { start: number; end: number }[] = [];
  let floor = 0;
  const digits = DIGIT;
  digits.lastIndex = 0;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    const i = m.index;
    const parsed = parseDigitsAt(text, i, c, floor, true);
    if (parsed.quantity) {
      found.push(parsed.quantity);
      taken.push({ start: parsed.quantity.start, end: parsed.next });
      floor = parsed.next;
    }
    digits.lastIndex = Math.max(parsed.next, i + 1);
  }
  const spelled = findSpelled(text, c, taken);
  if (spelled.length === 0) return found;
  return [...found, ...spelled].sort((a, b) => a.start - b.start);
}

