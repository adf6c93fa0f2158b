import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../scripts/lib/article-from-input';
import { inputFromBytes } from '../../../scripts/lib/read-input';

describe('articleFromText', () => {
  it('takes the first non-empty line as the title and the rest, verbatim, as the text', () => {
    const input = '\n\n  Anthropic raises $4 billion  \r\nAmazon invested $4 billion in Anthropic.\r\nMore follows.\r\n';
    const source = articleFromText(input);
    expect(source.title).toBe('Anthropic raises $4 billion');
    expect(source.text).toBe('Amazon invested $4 billion in Anthropic.\r\nMore follows.\r\n');
    expect(input.slice(source.textOffset ?? -1)).toBe(source.text);
  });

  it('uses a single line as both title and text, with its offset in the input', () => {
    const input = '\n   Cohere raised $500 million.   \n\n';
    const source = articleFromText(input);
    expect(source.title).toBe('Cohere raised $500 million.');
    expect(source.text).toBe('Cohere raised $500 million.');
    const offset = source.textOffset ?? -1;
    expect(input.slice(offset, offset + source.text.length)).toBe(source.text);
  });

  it('handles a file without any line break and one that is only whitespace', () => {
    expect(articleFromText('Just a title')).toMatchObject({ title: 'Just a title', text: 'Just a title', textOffset: 0 });
    expect(articleFromText(' \n ')).toMatchObject({ title: '', textOffset: 0 });
  });
});

describe('inputFromBytes', () => {
  it('decodes UTF-8, drops a byte-order mark, and sniffs HTML on stdin', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Levée de fonds</p>')]);
    expect(inputFromBytes('-', bom)).toEqual({ ok: true, kind: 'html', content: '<p>Levée de fonds</p>' });
    expect(inputFromBytes('-', Buffer.from('Levée de fonds'))).toEqual({ ok: true, kind: 'text', content: 'Levée de fonds' });
    expect(inputFromBytes('page.htm', Buffer.from('not starting with markup'))).toMatchObject({ kind: 'html' });
    expect(inputFromBytes('notes.txt', Buffer.from('<b>markup in a text file</b>'))).toMatchObject({ kind: 'text' });
  });

  it('reads an old page in the windows-1252 charset it declares', () => {
    const latin1 = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Lev\xe9e de fonds</p></body></html>', 'latin1');
    const input = inputFromBytes('old.html', latin1);
    expect(input).toMatchObject({ ok: true, kind: 'html' });
    expect(input.ok && input.content).toContain('Levée de fonds');
  });

  it('refuses empty input, NUL bytes and invalid UTF-8 text, with a reason', () => {
    expect(inputFromBytes('a.txt', Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty input' });
    expect(inputFromBytes('a.txt', Buffer.from(' \n\t'))).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(inputFromBytes('a.bin', Buffer.from([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(inputFromBytes('a.txt', Buffer.from([0x4c, 0x65, 0x76, 0xe9, 0x65]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not valid UTF-8/),
    });
  });
});
