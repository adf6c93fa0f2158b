import { describe, expect, it } from 'vitest';
import { expandEntry, PhraseMatcher } from '../../../core/analysis/phrase-matcher';

/** The matched texts of each list, in order. */
function matchedTexts(lists: { entries: string[]; cased?: boolean }[], text: string): string[][] {
  const matcher = new PhraseMatcher(lists.map((l) => ({ entries: l.entries, cased: l.cased ?? false })));
  return matcher.match(text).map((found) => found.map((m) => text.slice(m.start, m.end)));
}

describe('expandEntry', () => {
  it('expands optional characters, groups and classes into every phrase', () => {
    expect(expandEntry('start-?ups?')).toEqual(['startup', 'startups', 'start-up', 'start-ups']);
    expect(expandEntry('lev(?:ée|er) de fonds')).toEqual(['levée de fonds', 'lever de fonds']);
    expect(expandEntry('[Ss]érie')).toEqual(['Série', 'série']);
    expect(expandEntry('Mrd\\.')).toEqual(['Mrd.']);
  });

  it('leaves to a regex what is not a finite list of phrases', () => {
    expect(expandEntry('raise[sd]* funds')).toBeNull();
    expect(expandEntry('(?<!non-)profit')).toBeNull();
    expect(expandEntry('a{2}')).toBeNull();
  });
});

describe('PhraseMatcher', () => {
  it('tells apart phrases that share a beginning, whatever order they are listed in', () => {
    const text = 'La start-up a bouclé une levée de fonds record, puis elle lève encore 20 millions.';
    const lists = [{ entries: ['levée'] }, { entries: ['levée de fonds record', 'levée de fonds'] }, { entries: ['lève', 'lèvent'] }, { entries: ['levée de fonds', 'levée de fonds record'] }];
    expect(matchedTexts(lists, text)).toEqual([['levée'], ['levée de fonds record'], ['lève'], ['levée de fonds record']]);
  });

  it('matches whole words only', () => {
    const lists = [{ entries: ['Finanzierungsrunde', 'Finanzierung'] }];
    expect(matchedTexts(lists, 'Die Finanzierungsrunde ist abgeschlossen.')).toEqual([['Finanzierungsrunde']]);
    // Hard negatives: the words go on past the entries.
    expect(matchedTexts(lists, 'Mehrere Finanzierungsrunden und Finanzierungen folgten.')).toEqual([[]]);
  });

  it('reads one space of an entry as any run of spaces, no-break spaces included', () => {
    const lists = [{ entries: ['levée de fonds'] }];
    expect(matchedTexts(lists, 'Une levée  de\u00a0fonds inédite.')).toEqual([['levée  de\u00a0fonds']]);
    expect(matchedTexts(lists, 'Une levée-de-fonds inédite.')).toEqual([[]]);
  });

  it('is case-insensitive on folded lists and exact on cased ones', () => {
    const lists = [{ entries: ['série b'] }, { entries: ['KI'], cased: true }];
    expect(matchedTexts(lists, 'Nach der Série B will die KI-Firma wachsen; ki ist hier kein Wort.')).toEqual([['Série B'], ['KI']]);
  });

  it('reads word endings back from the end of a word', () => {
    const lists = [{ entries: ['\\p{L}*runde'] }];
    expect(matchedTexts(lists, 'Die Wachstumsrunde und eine zweite Runde folgen.')).toEqual([['Wachstumsrunde', 'Runde']]);
    // Hard negative: "Rundentabelle" does not end with "runde".
    expect(matchedTexts(lists, 'Eine Rundentabelle.')).toEqual([[]]);
  });

  it('passes over one word, a run of digits, or the rest of a word where the entry says so', () => {
    const lists = [{ entries: ['angeführt wird \\p{L}+ von'] }, { entries: ['vor \\d+ Jahren'] }, { entries: ['KI-\\p{L}+'], cased: true }];
    const text = 'Angeführt wird sie von einem Fonds, der vor 12 Jahren ein KI-Start-up gründete.';
    expect(matchedTexts(lists, text)).toEqual([['Angeführt wird sie von'], ['vor 12 Jahren'], ['KI-Start']]);
  });

  it('matches the entries it cannot expand through a regex, with the same word boundaries', () => {
    const lists = [{ entries: ['raise[sd]* funds'] }];
    expect(matchedTexts(lists, 'It raised funds twice; it raises funds again, unlike fundraises funds.')).toEqual([['raised funds', 'raises funds']]);
  });
});
