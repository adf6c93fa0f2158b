// Regexes written with Unicode property classes (\p{L}, \p{Lu}…), run in a cheaper form on Latin text.
// V8 builds each \p{…} class from the Unicode tables whenever it compiles a regex: 0.4–0.8 ms per regex
// in a fresh tab, for some thirty regexes in the first analysis of a page. The Latin form spells each
// class out as the characters it holds among LATIN_TEXT's, with the same flags. On a subject made only of
// those characters the two forms match exactly alike (a regex only ever asks whether a subject character
// is in a class); any other subject (Greek, Cyrillic, CJK, emoji…) gets the Unicode form, compiled on its
// first use. tests/unit/core/latin-regex.test.ts checks the classes against \p{…} character by character.

/**
 * LATIN_TEXT, the characters of Latin prose: ASCII, Latin-1, Latin Extended-A and B, IPA and spacing
 * modifiers, combining accents (without U+0345, which case-folds to a Greek letter), general punctuation,
 * currency signs, arrows and mathematical operators, box drawing and shapes (bullets), the byte-order mark.
 */
const LATIN_TEXT: readonly (readonly [number, number])[] = [
  [0x0000, 0x0344],
  [0x0346, 0x036f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2190, 0x23ff],
  [0x2500, 0x26ff],
  [0xfeff, 0xfeff],
];
const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
const OUTSIDE_LATIN_TEXT = new RegExp(`[^${LATIN_TEXT.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`);
/** 1 for each code unit of LATIN_TEXT: short subjects (a character, a word) are checked without a regex call. */
const IS_LATIN_CODE = new Uint8Array(0x10000);
for (const [from, to] of LATIN_TEXT) IS_LATIN_CODE.fill(1, from, to + 1);
/**
 * Up to this length a subject is checked code by code; longer ones by one native regex scan. Trade-off:
 * the loop beats a regex call on a character or a word, the native scan wins on sentences.
 */
const SHORT_SUBJECT = 24;

/** Each supported property class as the characters of LATIN_TEXT it holds (regex class bodies). */
const CLASSES: Readonly<Record<string, string>> = {
  L: 'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE',
  Lu:
    'A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114' +
    '\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134' +
    '\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156' +
    '\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176' +
    '\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194' +
    '\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF' +
    '\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7' +
    '\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8' +
    '\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218' +
    '\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B' +
    '\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E',
  Ll:
    'a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113' +
    '\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133' +
    '\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151' +
    '\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171' +
    '\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195' +
    '\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA' +
    '\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF' +
    '\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201' +
    '\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221' +
    '\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247' +
    '\u0249\u024B\u024D\u024F-\u0293\u0296-\u02AF',
  Lt: '\u01C5\u01C8\u01CB\u01F2',
  M: '\u0300-\u0344\u0346-\u036F',
  N: '0-9\u00B2\u00B3\u00B9\u00BC-\u00BE',
  Nd: '0-9',
};

/**
 * Classes that stay exact under the `i` flag: case-insensitive matching closes a class over case, and
 * \p{Lu} closed over case holds letters whose capital is outside LATIN_TEXT ("ÿ" of "Ÿ"), its Latin
 * form does not.
 */
const CASELESS = new Set(['L', 'N', 'Nd']);

/**
 * Subjects this long are remembered (the last two): the same article text is handed to many regexes in a
 * row, and one scan of it is enough. Trade-off: two texts are kept alive until others replace them.
 */
const REMEMBERED_LENGTH = 1000;
let lastSubject = '';
let lastIsLatin = true;
let previousSubject = '';
let previousIsLatin = true;

/** Whether every character of `subject` is one of LATIN_TEXT's, where the Latin forms are exact. */
export function isLatinText(subject: string): boolean {
  if (subject.length <= SHORT_SUBJECT) {
    for (let i = 0; i < subject.length; i++) if (IS_LATIN_CODE[subject.charCodeAt(i)] !== 1) return false;
    return true;
  }
  if (subject.length < REMEMBERED_LENGTH) return !OUTSIDE_LATIN_TEXT.test(subject);
  if (subject === lastSubject) return lastIsLatin;
  if (subject !== previousSubject) {
    previousSubject = subject;
    previousIsLatin = !OUTSIDE_LATIN_TEXT.test(subject);
  }
  // The subject becomes the last one, the last one the previous one.
  const isLatin = previousIsLatin;
  previousSubject = lastSubject;
  previousIsLatin = lastIsLatin;
  lastSubject = subject;
  lastIsLatin = isLatin;
  return isLatin;
}

const PROPERTY_OR_ESCAPE = /\\[pP]\{([^}]*)\}|\\.|[[\]]/g;

/**
 * `source` with every \p{X} written out as X's characters among LATIN_TEXT (\P{X} as their complement,
 * outside a character class only). Throws on a class with no Latin form. Without the `u` flag there is
 * no \p{…} to rewrite.
 */
export function latinSource(source: string, flags: string): string {
  if (!flags.includes('u')) return source;
  let inClass = false;
  return source.replace(PROPERTY_OR_ESCAPE, (token: string, property: string | undefined) => {
    if (property === undefined) {
      if (token === '[') inClass = true;
      else if (token === ']') inClass = false;
      return token;
    }
    const body = CLASSES[property];
    if (body === undefined || (flags.includes('i') && !CASELESS.has(property))) {
      throw new Error(`latinSource: no Latin form of ${token} under /${flags}`);
    }
    const negated = token[1] === 'P';
    if (inClass && negated) throw new Error(`latinSource: no Latin form of ${token} inside a class`);
    return inClass ? body : `[${negated ? '^' : ''}${body}]`;
  });
}

/** A regex in two forms: the Latin one for Latin subjects, the Unicode one (built when first needed) for others. */
export class LatinRegex {
  private readonly latin: RegExp;
  private unicode: RegExp | null;
  /** No \p{…} in the source: one form serves every subject, unchecked. */
  private readonly single: boolean;

  constructor(
    private readonly source: string,
    private readonly flags: string,
    unicode: RegExp | null = null,
  ) {
    const latin = latinSource(source, flags);
    this.single = latin === source;
    this.latin = this.single && unicode ? unicode : new RegExp(latin, flags);
    this.unicode = this.single ? this.latin : unicode;
  }

  /**
   * The form to run on `subject`, or on strings made only of its characters (its slices): a caller that
   * runs many tests on pieces of one text picks the form once, by the text. A global regex keeps its
   * lastIndex per form.
   */
  for(subject: string): RegExp {
    if (this.single || isLatinText(subject)) return this.latin;
    this.unicode ??= new RegExp(this.source, this.flags);
    return this.unicode;
  }

  /** RegExp.test with the form for `subject`; for regexes without the g and y flags (no lastIndex). */
  test(subject: string): boolean {
    return this.for(subject).test(subject);
  }

  /** RegExp.exec with the form for `subject`; for regexes without the g and y flags (no lastIndex). */
  exec(subject: string): RegExpExecArray | null {
    return this.for(subject).exec(subject);
  }
}

/** `pattern` (a regex written with \p{…} classes) as a LatinRegex. */
export function latinRegex(pattern: RegExp): LatinRegex;
export function latinRegex(source: string, flags: string): LatinRegex;
export function latinRegex(pattern: RegExp | string, flags = ''): LatinRegex {
  return typeof pattern === 'string' ? new LatinRegex(pattern, flags) : new LatinRegex(pattern.source, pattern.flags, pattern);
}
