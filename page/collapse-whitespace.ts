const WHITESPACE = /[ \t\n\r\f]+/g;

/** Text as a browser renders it in one line: ASCII whitespace runs become one space, ends trimmed.
 *  No-break spaces are kept — "40 000 €" depends on them. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/**
 * `collapseWhitespace` without a regex, for the every-page gate: the first regex a content script's
 * world runs costs the page about 0.15 ms (measured in Chromium), more than this whole function on a
 * paragraph, and a page the gate turns down otherwise runs none. Native string replacements only; a
 * run of n spaces takes log2(n) passes, so this is for short texts: big ones should use the regex.
 */
export function collapseWhitespacePlain(text: string): string {
  let t = text;
  if (t.includes('\n')) t = t.replaceAll('\n', ' ');
  if (t.includes('\t')) t = t.replaceAll('\t', ' ');
  if (t.includes('\r')) t = t.replaceAll('\r', ' ');
  if (t.includes('\f')) t = t.replaceAll('\f', ' ');
  while (t.includes('  ')) t = t.replaceAll('  ', ' ');
  return t.trim();
}
