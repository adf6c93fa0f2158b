// Where a piece of evidence sits matters: a funding verb in the headline says more about what the article
// is about than one in the tenth paragraph. Zones are computed once from line breaks.

/** Longest first line still taken as a headline; longer first lines are body paragraphs. */
const MAX_HEADLINE = 260;
/** The lead is the first two paragraphs after the headline (a standfirst and the first paragraph, or two
 *  short paragraphs), but never less than MIN_LEAD nor more than MAX_LEAD characters of body. */
const LEAD_PARAGRAPHS = 3;
const MIN_LEAD = 300;
const MAX_LEAD = 900;

export interface Zones {
  /** End of the headline inside the text (0 when the text does not start with one). */
  headlineEnd: number;
  /** End of the lead (headline + standfirst + first paragraph or so). */
  leadEnd: number;
}

export function findZones(text: string, title?: string): Zones {
  // The headline is the first non-empty line; leading blank lines are part of it (offsets stay exact).
  const lead = text.length - text.trimStart().length;
  const firstBreak = text.indexOf('\n', lead);
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const trimmedTitle = title?.trim() ?? '';
  let headlineEnd = 0;
  if (trimmedTitle && firstLine.trim() === trimmedTitle) headlineEnd = firstLine.length;
  else if (!trimmedTitle && firstBreak > 0 && firstLine.trim().length <= MAX_HEADLINE) headlineEnd = firstLine.length;

  let leadEnd = headlineEnd;
  let paragraphs = 0;
  while (leadEnd < text.length && (paragraphs < LEAD_PARAGRAPHS || leadEnd - headlineEnd < MIN_LEAD)) {
    const br = text.indexOf('\n', leadEnd + 1);
    const next = br < 0 ? text.length : br;
    if (next - headlineEnd > MAX_LEAD && paragraphs > 0) break;
    if (text.slice(leadEnd, next).trim()) paragraphs++;
    leadEnd = next;
  }
  return { headlineEnd, leadEnd: Math.min(leadEnd, headlineEnd + MAX_LEAD, text.length) };
}
