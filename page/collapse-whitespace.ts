const WHITESPACE = /[ \t\n\r\f]+/g;

/** Text as a browser renders it in one line: ASCII whitespace runs become one space, ends trimmed.
 *  No-break spaces are kept — "40 000 €" depends on them. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}
