// Reads one number written in digits, deciding for each "." and "," whether it groups thousands or
// marks decimals. Linear in the length of the digit run; never looks back.

export interface NumberStyle {
  decimal: ',' | '.';
  /** Plain U+0020 may group thousands (French "40 000"). */
  spaceGroups: boolean;
}

export interface NumberToken {
  start: number;
  end: number;
  /** Integer digits, without separators. */
  int: string;
  /** Fraction digits. */
  frac: string;
  /** A thousands separator was used ("1,700", "40 000"). */
  grouped: boolean;
  /** Not a quantity at all: a version "1.2.3", a date "31.03.2025", an over-long digit string. */
  junk: boolean;
  /** "06", "0100": phone numbers and codes, never amounts. */
  leadingZero: boolean;
}

// No-break, narrow no-break, thin and figure spaces: typographers put them between thousands on purpose.
const GROUP_SPACES = new Set(['\u00A0', '\u202F', '\u2009', '\u2007']);

// Beyond this many significant digits a string is an identifier (ISBN, phone, account), and doubles
// stop being exact anyway.
const MAX_DIGITS = 18;

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

export function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigitAt(text, j)) j++;
  return j;
}

interface Separator {
  ch: string;
  /** Digits after it. */
  group: string;
}

export function readNumber(text: string, start: number, style: NumberStyle): NumberToken {
  let end = digitsEnd(text, start);
  const first = text.slice(start, end);
  let int = first;
  let spaced = false;
  const seps: Separator[] = [];
  for (;;) {
    const ch = text[end];
    if (ch === undefined) break;
    const punct = ch === '.' || ch === ',';
    const space = GROUP_SPACES.has(ch) || (style.spaceGroups && ch === ' ');
    if (!punct && !space) break;
    const next = digitsEnd(text, end + 1);
    if (next === end + 1) break;
    const group = text.slice(end + 1, next);
    if (space) {
      // Spaces group only a clean run "40 000 000": three digits each, before any "." or ",", after a
      // head of at most three digits, so that "en 2024 100 000 salariés" stays two numbers.
      if (group.length !== 3 || seps.length > 0 || first.length > 3) break;
      spaced = true;
      int += group;
    } else {
      seps.push({ ch, group });
    }
    end = next;
  }

  let frac = '';
  let grouped = spaced;
  let junk = false;
  const headOk = spaced || first.length <= 3;
  const last = seps[seps.length - 1];
  if (last) {
    const head = seps.slice(0, -1);
    if (head.length === 0) {
      // A single "." or ",": three digits after a non-decimal mark group thousands ("1.700" in
      // Spanish, "1,700" in English); otherwise it is a decimal point whatever the language, so
      // "1.7 billion" from a wire reads 1.7 in French text too.
      if (last.group.length === 3 && last.ch !== style.decimal && headOk) {
        int += last.group;
        grouped = true;
      } else {
        frac = last.group;
      }
    } else if (seps.every((s) => s.ch === last.ch)) {
      // "1,000,000" or "1.000.000"; anything else with repeated marks is a version or a date.
      if (headOk && !spaced && seps.every((s) => s.group.length === 3)) {
        for (const s of seps) int += s.group;
        grouped = true;
      } else junk = true;
    } else if (headOk && !spaced && head.every((s) => s.ch !== last.ch && s.group.length === 3)) {
      // "1,234.56" / "1.234,56": the last mark is the decimal one.
      for (const s of head) int += s.group;
      frac = last.group;
      grouped = true;
    } else junk = true;
  }
  if (int.length + frac.length > MAX_DIGITS) junk = true;
  return { start, end, int, frac, grouped, junk, leadingZero: first.length > 1 && first[0] === '0' };
}

/** Exact decimal value of int.frac × 10^exp, without binary rounding noise (1.7 × 10^9 = 1700000000). */
export function scaledValue(int: string, frac: string, exp: number): number {
  return Number(`${int}${frac}e${exp - frac.length}`);
}
