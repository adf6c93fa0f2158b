// Draws the toolbar/store icons (public/icon/<size>.png) without an image library: a navy rounded square
// holding two offset half-discs, one light and one amber — two voices answering each other, the
// "counterpoint" of the name. Run it again after changing the drawing: `npx tsx scripts/make-icons.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
// 4×4 samples per pixel: smooth enough edges at 16 px, still instant to compute.
const SUPERSAMPLE = 4;

type Rgba = [number, number, number, number];
const NAVY: Rgba = [31, 42, 68, 255];
const LIGHT: Rgba = [244, 241, 232, 255];
const AMBER: Rgba = [242, 169, 59, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Colour at a point of the unit square (0..1 on both axes). */
function shade(x: number, y: number): Rgba {
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  const radius = 0.3;
  const offset = 0.07;
  if (x < 0.48 && (x - 0.48) ** 2 + (y - (0.5 - offset)) ** 2 <= radius * radius) return LIGHT;
  if (x >= 0.52 && (x - 0.52) ** 2 + (y - (0.5 + offset)) ** 2 <= radius * radius) return AMBER;
  return NAVY;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = shade((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          const a = c[3] / 255;
          sum[0] = (sum[0] ?? 0) + c[0] * a;
          sum[1] = (sum[1] ?? 0) + c[1] * a;
          sum[2] = (sum[2] ?? 0) + c[2] * a;
          sum[3] = (sum[3] ?? 0) + a;
        }
      }
      const alpha = (sum[3] ?? 0) / SUPERSAMPLE ** 2;
      const o = 1 + px * 4;
      for (let ch = 0; ch < 3; ch++) {
        row[o + ch] = alpha > 0 ? Math.round((sum[ch] ?? 0) / ((sum[3] ?? 1) || 1)) : 0;
      }
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../public/icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = resolve(outDir, `${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
