// Where a piece of evidence sits matters: a funding verb in the headline says more about what the article
// is about than one in the tenth paragraph. Zones are computed once from line breaks.

/** Longest first line still taken as a headline; longer first lines are body paragraphs. */
const MAX_HEADLINE = 260;
/** Characters of body after the headline that count as the lead: about two news paragraphs. */
const LEAD_CHARS = 700;

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
  // The lead ends at the first paragraph break after LEAD_CHARS, so that a paragraph is never cut.
  const target = headlineEnd + LEAD_CHARS;
  let leadEnd = text.length;
  if (target < text.length) {
    const br = text.indexOf('\n', target);
    leadEnd = br < 0 ? text.length : Math.min(br, target + LEAD_CHARS);
  }
  return { headlineEnd, leadEnd };
}
