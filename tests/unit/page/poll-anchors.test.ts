import { beforeEach, describe, expect, it } from 'vitest';
import { collectBlocks, textMapOf } from '../../../page/collect-blocks';
import { placePoll, POLL_TAG, pollAnchorFor } from '../../../page/poll-anchors';
import type { TextMap } from '../../../page/text-map';

function setup(html: string): { text: string; map: TextMap } {
  document.body.innerHTML = html;
  const root = document.querySelector('article') ?? document.body;
  const collected = collectBlocks(root);
  return { text: collected.text, map: textMapOf(document, collected) };
}

function questionIn(text: string, question: string): { start: number; end: number } {
  const start = text.indexOf(question);
  if (start < 0) throw new Error(`"${question}" is not in the text`);
  return { start, end: start + question.length };
}

function makePoll(doc: Document): Element {
  return doc.createElement(POLL_TAG);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('pollAnchorFor', () => {
  it('anchors on the paragraph holding the end of the question', () => {
    const { text, map } = setup(`<article>
      <p id="a">OpenAI raised $40 billion, led by SoftBank.</p>
      <p id="b">Can Europe still <em>catch up</em>? Its labs raise far less.</p>
      <p id="c">Mistral AI is the exception.</p></article>`);
    expect((pollAnchorFor(map, questionIn(text, 'Can Europe still catch up?')) as Element).id).toBe('b');
  });

  it('takes the block of the question’s end when the question spans two blocks', () => {
    const { text, map } = setup('<article><h2 id="h">Sovereignty</h2><p id="p">What would a sovereign AI need?</p></article>');
    const start = text.indexOf('Sovereignty');
    const end = text.indexOf('need?') + 'need?'.length;
    expect((pollAnchorFor(map, { start, end }) as Element).id).toBe('p');
  });

  it('goes after the whole list, quote or table rather than inside it', () => {
    const { text, map } = setup(`<article>
      <p>Three questions remain open.</p>
      <ul id="list"><li>Who pays for the chips?</li><li>Is the valuation a bubble?<ul><li>Ask the banks.</li></ul></li></ul>
      <blockquote id="quote"><p>“Will Europe ever have its own OpenAI?” asked a minister.</p></blockquote>
      <table id="table"><tr><td>Will the state invest more?</td></tr></table>
    </article>`);
    expect((pollAnchorFor(map, questionIn(text, 'Is the valuation a bubble?')) as Element).id).toBe('list');
    expect((pollAnchorFor(map, questionIn(text, 'Will Europe ever have its own OpenAI?')) as Element).id).toBe('quote');
    expect((pollAnchorFor(map, questionIn(text, 'Will the state invest more?')) as Element).id).toBe('table');
  });

  it('climbs out of an inline wrapper around a block', () => {
    const { text, map } = setup(
      '<article><span id="wrapper" class="pullquote"><p>Is AI the new dot-com bubble?</p></span><p>More text follows here.</p></article>',
    );
    expect((pollAnchorFor(map, questionIn(text, 'Is AI the new dot-com bubble?')) as Element).id).toBe('wrapper');
  });

  it('anchors inside the container, after the question’s own text, when text lies directly beside blocks', () => {
    const { text, map } = setup('<article>Who will regulate the models? <strong>Nobody yet.</strong><p id="p">A paragraph after.</p></article>');
    const anchor = pollAnchorFor(map, questionIn(text, 'Who will regulate the models?'));
    expect(anchor?.nodeType).toBe(3);
    expect(anchor?.textContent).toBe('Who will regulate the models? ');
    expect(anchor?.parentNode).toBe(document.querySelector('article'));
  });

  it('is null for an empty map', () => {
    const map: TextMap = { doc: document, root: document.body, length: 0, blocks: [] };
    expect(pollAnchorFor(map, { start: 0, end: 5 })).toBeNull();
  });
});

describe('placePoll', () => {
  it('places the poll right after its anchor, once per question id', () => {
    const { text, map } = setup(`<article>
      <p id="a">Can Europe still catch up?</p>
      <p id="b">The gap keeps growing.</p></article>`);
    const question = questionIn(text, 'Can Europe still catch up?');
    const poll = placePoll(map, question, 'q-europe', makePoll);
    expect(poll?.previousElementSibling?.id).toBe('a');
    expect(poll?.nextElementSibling?.id).toBe('b');
    expect(poll?.getAttribute('data-question-id')).toBe('q-europe');
    const again = placePoll(map, question, 'q-europe', makePoll);
    expect(again).toBe(poll);
    expect(document.getElementsByTagName(POLL_TAG)).toHaveLength(1);
  });

  it('keeps polls that share an anchor in the order they were placed', () => {
    const { text, map } = setup('<article><p id="a">Is it a bubble? Who pays for the energy?</p><p id="b">End.</p></article>');
    placePoll(map, questionIn(text, 'Is it a bubble?'), 'q1', makePoll);
    placePoll(map, questionIn(text, 'Who pays for the energy?'), 'q2', makePoll);
    const order = Array.from(document.querySelector('article')?.children ?? []).map((el) => el.id || el.getAttribute('data-question-id'));
    expect(order).toEqual(['a', 'q1', 'q2', 'b']);
  });

  it('does not count its own polls as article text when the page is read again', () => {
    const { text, map } = setup('<article><p>Should the state invest more in AI?</p><p>Other text.</p></article>');
    const poll = placePoll(map, questionIn(text, 'Should the state invest more in AI?'), 'q', makePoll);
    poll?.append('Yes No Submit');
    const again = collectBlocks(document.querySelector('article') as Element);
    expect(again.text).toBe(text);
  });
});
