// FNV-1a, 64-bit, over the UTF-8 bytes of the text, as 16 hex digits.
// Poll ids are built from it, so it must give the same answer in every browser, in Node and in a future
// results server written in another language: hence UTF-8 bytes (not UTF-16 units) and a published
// algorithm. It is not cryptographic; ids only need to be stable and rarely collide (64 bits is ample for
// one reader's few thousand polls).

const TWO_32 = 0x1_0000_0000;
// The 64-bit FNV prime is 2^40 + 0x1b3. Multiplying by it = (h << 40) + h * 0x1b3, done on two 32-bit
// halves so that every intermediate stays below 2^53 (exact in a double) without BigInt, which is
// several times slower here.
const PRIME_LOW = 0x1b3;

export function hashText(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const mix = (byte: number): void => {
    lo = (lo ^ byte) >>> 0;
    const loProduct = lo * PRIME_LOW;
    const hiProduct = hi * PRIME_LOW + ((lo << 8) >>> 0) + Math.floor(loProduct / TWO_32);
    lo = loProduct >>> 0;
    hi = hiProduct >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // Join a surrogate pair into one code point; a lone surrogate is encoded as U+FFFD, like TextEncoder.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        code = 0xfffd;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      code = 0xfffd;
    }
    if (code < 0x80) {
      mix(code);
    } else if (code < 0x800) {
      mix(0xc0 | (code >> 6));
      mix(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      mix(0xe0 | (code >> 12));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    } else {
      mix(0xf0 | (code >> 18));
      mix(0x80 | ((code >> 12) & 0x3f));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    }
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
