import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

// Reading one CLI input (a file or stdin) into text, with a one-line reason when it cannot be read.

/** Larger inputs are refused rather than parsed: no news page is this big, and a DOM of it would
 *  take gigabytes. */
const MAX_INPUT_BYTES = 32 * 1024 * 1024;
/** How much of the start is searched for NUL bytes and a declared charset. */
const SNIFF_BYTES = 64 * 1024;

export type InputKind = 'html' | 'text';

export type Input = { ok: true; kind: InputKind; content: string } | { ok: false; reason: string };

function kindOf(name: string, content: string): InputKind {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt' || ext === '.text' || ext === '.md') return 'text';
  // stdin and unknown extensions: HTML when it starts like markup.
  return /^\s*</.test(content) ? 'html' : 'text';
}

/** The charset an HTML page declares in its first bytes (meta charset or http-equiv). */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 4096)).toString('latin1');
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]{1,40})/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function decode(bytes: Buffer, mayBeHtml: boolean): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: an old page may declare windows-1252 / ISO-8859-x and be perfectly readable.
    const charset = mayBeHtml ? declaredCharset(bytes) : null;
    if (charset === null || charset === 'utf-8' || charset === 'utf8') return null;
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return null;
    }
  }
}

/** Decodes raw bytes of an input called `name` ("-" for stdin). */
export function inputFromBytes(name: string, bytes: Buffer): Input {
  if (bytes.length === 0) return { ok: false, reason: 'empty input' };
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, reason: `too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})` };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary data, not text or HTML' };
  const ext = extname(name).toLowerCase();
  const content = decode(bytes, ext !== '.txt');
  if (content === null) return { ok: false, reason: 'not valid UTF-8 text (binary data?)' };
  if (content.trim() === '') return { ok: false, reason: 'empty input (only whitespace)' };
  return { ok: true, kind: kindOf(name, content), content };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    // Keep reading past the limit only to count; never hold more than the limit.
    if (size <= MAX_INPUT_BYTES + 1) chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a file, or stdin for "-". Never throws. */
export async function readInput(name: string): Promise<Input> {
  try {
    if (name === '-') return inputFromBytes(name, await readStdin());
    const info = await stat(name);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
    if (info.size > MAX_INPUT_BYTES) {
      return { ok: false, reason: `too large (${info.size} bytes; the limit is ${MAX_INPUT_BYTES})` };
    }
    return inputFromBytes(name, await readFile(name));
  } catch (error) {
    return { ok: false, reason: describe(error) };
  }
}
