// The texts the benchmark analyses: realistic articles of a given size grown from the fixture articles
// of one language, and adversarial texts built to trip regular expressions. Pure and deterministic, so
// two runs time the same input.

export interface BenchArticle {
  title: string;
  text: string;
}

/**
 * An article of exactly `size` characters in one language: the first fixture's headline, then the
 * paragraphs of all fixtures of that language (the first fixture's first), repeated as needed. Longer
 * than any real article from 100 kB on, but made of real article prose, so every stage of the analysis
 * meets the density of figures, names and questions it meets on real pages.
 */
export function articleOfSize(fixtures: readonly string[], size: number): BenchArticle {
  const [first = '', ...others] = fixtures;
  const [title = '', ...lead] = first.split('\n');
  const paragraphs = [...lead, ...others.flatMap((t) => t.split('\n').slice(1))].filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) throw new Error('articleOfSize: the fixtures hold no paragraph');
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    parts.push(p);
    length += p.length + 1;
  }
  return { title, text: parts.join('\n').slice(0, size) };
}

/** Every language's fixtures in turn, to `size` characters: the mixed-language text of the first bench. */
export function mixedText(fixturesByLang: readonly (readonly string[])[], size: number): string {
  const all = fixturesByLang.flat().join('\n');
  if (all === '') throw new Error('mixedText: no fixture text');
  return all.repeat(Math.ceil(size / (all.length + 1))).slice(0, size);
}

/**
 * Hostile input, one kind per entry, each a short unit repeated: long runs of what the recognisers
 * loop over (digits, number separators, currency signs, scale words), of what the sentence splitter and
 * the question finder look at (dots, question marks, abbreviations, unclosed quotes), of capitalised
 * names (the organisation finder's runs), and text with no line break or no space at all.
 */
export const ADVERSARIAL_UNITS: Readonly<Record<string, string>> = {
  digits: '31415926535897932384626433832795028841971693993751',
  separators: '1.000,5 2\u00a0300\u202f400-5\u2013600/7:8\u20199,',
  'currency signs': '$€£¥₹ US$ Md$ M€ EUR CHF ',
  'scale words': 'milliards de millions de billions of mil millones Mrd. Mio. ',
  dots: '.',
  spaces: ' \u00a0 \t ',
  'question marks': '?',
  'questions without end': 'pourquoi l’Europe peut-elle encore rattraper son retard ? et si ',
  'unclosed quotes': '« “ " „ ‹ ( ‘ OpenAI dit ',
  abbreviations: 'M. Dr. z. B. Mrd. EE. UU. Sig. St. 3. März ',
  'capitalised names': 'OpenAI SoftBank Microsoft Nvidia Mistral AI Anthropic Amazon Google ',
  'one word': 'a',
};

/** `unit` repeated to exactly `size` characters. */
export function repeatTo(unit: string, size: number): string {
  if (unit === '') throw new Error('repeatTo: empty unit');
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A realistic text as one single line: the per-line paths of the splitter get no relief. */
export function oneLine(text: string): string {
  return text.replace(/\n/g, ' ');
}
