import { beforeEach, describe, expect, it } from 'vitest';
import { collectBlocks, textMapOf } from '../../../page/collect-blocks';
import { blockAt, blockIndexAt, isMapConnected, rangeFor, type TextMap } from '../../../page/text-map';

// Offsets in the collected text ↔ DOM, on hand-written markup in happy-dom (which has real Ranges).

function setup(html: string): { text: string; map: TextMap } {
  document.body.innerHTML = html;
  const collected = collectBlocks(document.body);
  return { text: collected.text, map: textMapOf(document, collected) };
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function spanOf(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return [start, start + needle.length];
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collected text', () => {
  it('collapses whitespace like a browser and puts one block per line', () => {
    const { text } = setup(`
      <article>
        <h2>  A record round   for Paris  </h2>
        <p>Mistral AI,
           the Paris-based start-up, raised
           <strong>€600 million</strong> on Tuesday.</p>
        <ul><li>General Catalyst led it.</li><li>Nvidia joined.</li></ul>
        <blockquote>“We build open models,” its chief executive said.</blockquote>
      </article>`);
    expect(text).toBe(
      [
        'A record round for Paris',
        'Mistral AI, the Paris-based start-up, raised €600 million on Tuesday.',
        'General Catalyst led it.',
        'Nvidia joined.',
        '“We build open models,” its chief executive said.',
      ].join('\n'),
    );
  });

  it('keeps no-break spaces, which French amounts depend on', () => {
    const { text } = setup('<p>Le fonds a levé 40\u00a0000\u00a0€ auprès de ses lecteurs.</p>');
    expect(text).toBe('Le fonds a levé 40\u00a0000\u00a0€ auprès de ses lecteurs.');
  });

  it('turns <br> into a line break inside the block, never at its ends', () => {
    const { text, map } = setup('<p><br>Anthropic raised $4 billion.<br>Amazon invested.<br></p>');
    expect(text).toBe('Anthropic raised $4 billion.\nAmazon invested.');
    expect(map.blocks).toHaveLength(1);
  });

  it('treats a text-bearing div without block children as a block, and text directly in a container too', () => {
    const { text } = setup('<div>Loose text before. <div>A div used as a paragraph.</div> Loose text after.</div>');
    expect(text).toBe('Loose text before.\nA div used as a paragraph.\nLoose text after.');
  });
});

describe('rangeFor', () => {
  it('maps a sentence crossing <em>, <a> and <strong> to a Range over the same characters', () => {
    const { text, map } = setup(
      '<p>On Tuesday the <em>Paris</em>-based <a href="/m">Mistral   AI</a> said it had raised <strong>€600\n million</strong> from investors.</p>',
    );
    const [start, end] = spanOf(text, 'Paris-based Mistral AI said it had raised €600 million');
    const range = rangeFor(map, start, end);
    expect(collapse(range.toString())).toBe('Paris-based Mistral AI said it had raised €600 million');
    expect(range.startContainer.textContent).toBe('Paris');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('€600\n million');
  });

  it('covers exactly one word in the middle of a text node with indentation around it', () => {
    const { text, map } = setup('<p>\n      The   round   values   the   company   at   $6 billion.\n    </p>');
    expect(text).toBe('The round values the company at $6 billion.');
    for (const word of ['The', 'round', 'company', '$6 billion.']) {
      const [start, end] = spanOf(text, word);
      expect(rangeFor(map, start, end).toString()).toBe(word);
    }
  });

  it('maps every single character back to itself', () => {
    const { text, map } = setup(
      '<p>Cohere <b>raised</b>  <i>$500m</i>,<br> valuing it\n at <span>$5.5bn</span>.</p><h3>Next</h3><p>More text.</p>',
    );
    for (let i = 0; i < text.length; i++) {
      const piece = rangeFor(map, i, i + 1).toString();
      const expected = text[i] === '\n' ? '' : text[i];
      // A collapsed space stands for the first whitespace character of its run ("\n" or " ").
      if (expected === ' ') expect(piece).toMatch(/^[ \t\n\r\f]$/);
      else expect(piece, `offset ${i}`).toBe(expected);
    }
  });

  it('spans two blocks: the range runs from the first block into the second', () => {
    const { text, map } = setup('<p>First paragraph ends here.</p><p>Second one starts here.</p>');
    const [start] = spanOf(text, 'ends here.');
    const [, end] = spanOf(text, 'Second one');
    const range = rangeFor(map, start, end);
    expect(collapse(range.toString()).replace(/\s/g, '')).toBe('endshere.Secondone');
    expect(range.startContainer.textContent).toBe('First paragraph ends here.');
    expect(range.endContainer.textContent).toBe('Second one starts here.');
  });

  it('snaps offsets that fall on a line break to the nearest text', () => {
    const { text, map } = setup('<p>Alpha beta.</p><p>Gamma delta.</p>');
    const newline = text.indexOf('\n');
    // Starting on the line break: the range starts at the next block.
    expect(rangeFor(map, newline, newline + 6).toString()).toBe('Gamma');
    // Ending just after the line break: the range ends at the end of the previous block.
    expect(rangeFor(map, newline - 5, newline + 1).toString()).toBe('beta.');
    // Only the line break: an empty range.
    expect(rangeFor(map, newline, newline + 1).collapsed).toBe(true);
  });

  it('clamps offsets outside the text and never throws', () => {
    const { text, map } = setup('<p>Only one short paragraph here.</p>');
    expect(rangeFor(map, -50, 4).toString()).toBe('Only');
    expect(rangeFor(map, text.length - 5, text.length + 100).toString()).toBe('here.');
    expect(rangeFor(map, 10, 3).collapsed).toBe(true);
    expect(rangeFor(map, text.length + 10, text.length + 20).collapsed).toBe(true);
  });

  it('survives a page script shortening a text node after the map was built', () => {
    const { map } = setup('<p>A fairly long sentence that a page script will cut.</p>');
    const node = map.blocks[0]?.runs[0]?.node;
    if (node === undefined) throw new Error('no run');
    node.data = 'A fairly';
    expect(() => rangeFor(map, 2, 40)).not.toThrow();
    expect(rangeFor(map, 2, 40).toString()).toBe('fairly');
  });

  it('gives an empty range for an empty map', () => {
    const map: TextMap = { doc: document, root: document.body, length: 0, blocks: [] };
    expect(rangeFor(map, 0, 10).collapsed).toBe(true);
  });
});

describe('blockAt', () => {
  it('gives the element of the block holding an offset; a line break belongs to the block it ends', () => {
    const { text, map } = setup(
      '<p id="a">OpenAI raised $40 billion.</p><ul><li id="b">SoftBank led.</li></ul><h2 id="c">Europe?</h2>',
    );
    expect(blockAt(map, 0)?.id).toBe('a');
    expect(blockAt(map, text.indexOf('\n'))?.id).toBe('a');
    expect(blockAt(map, text.indexOf('SoftBank'))?.id).toBe('b');
    expect(blockAt(map, text.length - 1)?.id).toBe('c');
    expect(blockAt(map, text.length + 100)?.id).toBe('c');
    expect(blockAt(map, -3)?.id).toBe('a');
    expect(blockIndexAt(map, text.indexOf('Europe'))).toBe(2);
  });

  it('is null for an empty map', () => {
    expect(blockAt({ doc: document, root: document.body, length: 0, blocks: [] }, 0)).toBeNull();
  });
});

describe('isMapConnected', () => {
  it('turns false when the page re-renders the text the map points into', () => {
    const { map } = setup('<article><p>OpenAI raised $40 billion.</p><p id="two">SoftBank led the round.</p></article>');
    expect(isMapConnected(map)).toBe(true);
    const second = document.getElementById('two');
    second?.replaceWith(second.cloneNode(true));
    expect(isMapConnected(map)).toBe(false);
    expect(isMapConnected({ doc: document, root: document.body, length: 0, blocks: [] })).toBe(false);
  });
});
