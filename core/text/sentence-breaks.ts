// Unicode's sentence-break rules (UAX #29, the ones Intl.Segmenter applies) for text made only of the
// characters news prose in our five languages is written in. Intl.Segmenter costs about 1.4 µs per
// piece it returns, so text with a dot every few characters ("M. Dr. z. B. …") spent most of the
// analysis there; these rules cost a table look-up per character. Any other character (CJK, Arabic,
// combining marks, soft hyphens, format controls…) makes `sentenceBreaks` decline, and the caller asks
// Intl.Segmenter: the table holds only classes checked against it (tests/unit/core/sentence-breaks).
import { latinRegex } from './latin-regex';

const UNKNOWN = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
/** Paragraph separators: LF, CR, NEL, LINE and PARAGRAPH SEPARATOR. */
const SEP = 11;

/** Classes of U+0000…U+20CF; everything above is UNKNOWN. */
const CLASSES = new Uint8Array(0x20d0);

function set(cls: number, from: number, to = from): void {
  CLASSES.fill(cls, from, to + 1);
}

// Among the letters classified below, \p{Lowercase} is \p{Ll} plus "ª" and "º", \p{Uppercase} is \p{Lu}
// and \p{Alphabetic} is \p{L} (tests/unit/core/latin-regex.test.ts checks it): written so, the regexes
// have Latin forms, which V8 compiles several times faster, and this table is built at module load.
const LOWERCASE = latinRegex(/[\p{Ll}ªº]/u);
const UPPERCASE = latinRegex(/[\p{Lu}\p{Lt}]/u);
const ALPHABETIC = latinRegex(/\p{L}/u);

/** Letters by Unicode's own properties, as UAX #29 defines Lower, Upper and OLetter. */
function classifyLetters(from: number, to: number): void {
  for (let code = from; code <= to; code++) {
    const char = String.fromCharCode(code);
    if (LOWERCASE.test(char)) set(LOWER, code);
    else if (UPPERCASE.test(char)) set(UPPER, code);
    else if (ALPHABETIC.test(char)) set(OLETTER, code);
  }
}

// ASCII and Latin-1: printable characters are OTHER unless listed.
set(OTHER, 0x20, 0x7e);
set(OTHER, 0xa1, 0xff);
set(SP, 0x09);
set(SP, 0x0b, 0x0c);
set(SP, 0x20);
set(SEP, 0x0a);
set(SEP, 0x0d);
set(SEP, 0x85);
set(NUMERIC, 0x30, 0x39);
set(ATERM, 0x2e);
set(STERM, 0x21);
set(STERM, 0x3f);
for (const char of '"\'()[]{}«»') set(CLOSE, char.charCodeAt(0));
for (const char of ',-:;') set(SCONTINUE, char.charCodeAt(0));
set(SP, 0xa0);
// SOFT HYPHEN is a format control: left to Intl.Segmenter.
set(UNKNOWN, 0xad);
// Latin letters through Latin Extended-B and the IPA block (letters only, by Unicode's own properties).
classifyLetters(0x41, 0x5a);
classifyLetters(0x61, 0x7a);
classifyLetters(0xaa, 0xaa);
classifyLetters(0xb5, 0xb5);
classifyLetters(0xba, 0xba);
classifyLetters(0xc0, 0x2af);
set(OTHER, 0xd7);
set(OTHER, 0xf7);
// General punctuation: spaces, dashes, quotes, bullets, the ellipsis; controls stay UNKNOWN.
set(SP, 0x2000, 0x200a);
set(OTHER, 0x2010, 0x2012);
set(SCONTINUE, 0x2013, 0x2014);
set(OTHER, 0x2015, 0x2017);
set(CLOSE, 0x2018, 0x201f);
set(OTHER, 0x2020, 0x2023);
set(OTHER, 0x2025, 0x2027);
set(SEP, 0x2028, 0x2029);
set(SP, 0x202f);
set(OTHER, 0x2030, 0x2038);
set(CLOSE, 0x2039, 0x203a);
set(OTHER, 0x203b);
set(SP, 0x205f);
// Currency signs.
set(OTHER, 0x20a0, 0x20c0);

/** Classes that end SB8's look-ahead for a lower-case letter. */
const STOPS_LOWER_SCAN = new Uint8Array(SEP + 1);
for (const cls of [OLETTER, UPPER, LOWER, SEP, ATERM, STERM]) STOPS_LOWER_SCAN[cls] = 1;

const classOf = (text: string, at: number): number => CLASSES[text.charCodeAt(at)] ?? UNKNOWN;

/**
 * Pushes onto `out` where Intl.Segmenter (sentence granularity) would start its pieces if it were given
 * text.slice(from, to): `from` first, then each break, as offsets into `text`. Returns false, pushing
 * nothing, when the span holds a character these rules do not know.
 */
export function sentenceBreaks(text: string, from: number, to: number, out: number[]): boolean {
  for (let i = from; i < to; i++) if (classOf(text, i) === UNKNOWN) return false;
  // Like Intl.Segmenter, no piece at all in empty text.
  if (from >= to) return true;
  out.push(from);
  let i = from;
  while (i < to) {
    const cls = classOf(text, i);
    if (cls === SEP) {
      // SB3, SB4: break after a paragraph separator, CR LF being one.
      let after = i + 1;
      if (text.charCodeAt(i) === 13 && after < to && text.charCodeAt(after) === 10) after++;
      if (after < to) out.push(after);
      i = after;
      continue;
    }
    if (cls !== ATERM && cls !== STERM) {
      i++;
      continue;
    }
    const term = i;
    let next = term + 1;
    const nextClass = next < to ? classOf(text, next) : UNKNOWN;
    if (cls === ATERM) {
      // SB6: "3.5"; SB7: "U.S" — no break right after the dot.
      if (nextClass === NUMERIC) {
        i = next;
        continue;
      }
      const before = term > from ? classOf(text, term - 1) : UNKNOWN;
      if (nextClass === UPPER && (before === UPPER || before === LOWER)) {
        i = next;
        continue;
      }
    }
    // SB9, SB10: closing punctuation, then spaces, stay with the terminator.
    while (next < to && classOf(text, next) === CLOSE) next++;
    while (next < to && classOf(text, next) === SP) next++;
    if (next >= to) return true;
    const following = classOf(text, next);
    // SB8a: a comma, a dash or another terminator continues the sentence.
    if (following === SCONTINUE || following === ATERM || following === STERM) {
      i = next;
      continue;
    }
    if (cls === ATERM) {
      // SB8: no break when a lower-case letter comes before any other letter, separator or terminator.
      // The look-ahead stops at the next terminator at the latest, so no character is scanned twice.
      let scan = next;
      while (scan < to && STOPS_LOWER_SCAN[classOf(text, scan)] !== 1) scan++;
      if (scan < to && classOf(text, scan) === LOWER) {
        i = next;
        continue;
      }
    }
    // SB11: break after the spaces, and after one paragraph separator if there is one.
    if (following === SEP) {
      let after = next + 1;
      if (text.charCodeAt(next) === 13 && after < to && text.charCodeAt(after) === 10) after++;
      if (after < to) out.push(after);
      i = after;
    } else {
      out.push(next);
      i = next;
    }
  }
  return true;
}
