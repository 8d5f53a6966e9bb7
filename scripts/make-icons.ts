/**
 * Writes the add-in's PNG icons into assets/ (committed; rerun after changing the design):
 *   npx tsx scripts/make-icons.ts
 * A tiny PNG encoder (zlib + CRC32) keeps this free of image dependencies. Shapes are drawn with
 * 4x4 supersampling so edges stay smooth at 16 px.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
/** Coverage test in unit coordinates (0..1 across the icon). */
type Shape = (x: number, y: number) => boolean;

const BLUE: Rgb = [15, 108, 189];
const GREEN: Rgb = [16, 124, 16];
const WHITE: Rgb = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function roundedSquare(radius: number): Shape {
  return (x, y) => {
    const dx = Math.max(radius - x, 0, x - (1 - radius));
    const dy = Math.max(radius - y, 0, y - (1 - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

function segment(ax: number, ay: number, bx: number, by: number, halfWidth: number): Shape {
  return (x, y) => {
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    const px = ax + t * vx - x;
    const py = ay + t * vy - y;
    return px * px + py * py <= halfWidth * halfWidth;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** 3x5 block letters, enough for "PAR" to read at 32 px and up. */
const GLYPHS: Record<string, string[]> = {
  P: ['###', '#.#', '###', '#..', '#..'],
  A: ['.#.', '#.#', '###', '#.#', '#.#'],
  R: ['##.', '#.#', '##.', '#.#', '#.#'],
};

function text(word: string, left: number, top: number, cell: number): Shape {
  return (x, y) => {
    const col = Math.floor((x - left) / cell);
    const row = Math.floor((y - top) / cell);
    if (row < 0 || row > 4 || col < 0) return false;
    const letter = word[Math.floor(col / 4)];
    const inLetter = col % 4;
    if (!letter || inLetter === 3) return false;
    return GLYPHS[letter]![row]![inLetter] === '#';
  };
}

const CHECK = segment(0.24, 0.52, 0.43, 0.71, 0.075);
const CHECK_LONG = segment(0.43, 0.71, 0.77, 0.3, 0.075);

function render(size: number, background: Rgb, mark: Shape): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const square = roundedSquare(0.18);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let inSquare = 0;
      let inMark = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (square(x, y)) {
            inSquare += 1;
            if (mark(x, y)) inMark += 1;
          }
        }
      }
      const n = samples * samples;
      const markShare = inSquare === 0 ? 0 : inMark / inSquare;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) out[i + c] = Math.round(background[c]! * (1 - markShare) + WHITE[c]! * markShare);
      out[i + 3] = Math.round((inSquare / n) * 255);
    }
  }
  return out;
}

/** The add-in icon: "PAR" where there is room for it, a check mark on the smallest size. */
function appMark(size: number): Shape {
  if (size < 32) return union(CHECK, CHECK_LONG);
  const cell = 0.7 / 11; // three letters of 3 blocks plus two gaps
  return text('PAR', 0.15, 0.5 - 2.5 * cell, cell);
}

export const APP_ICON_SIZES = [16, 32, 64, 80, 128] as const;
export const CHECK_ICON_SIZES = [16, 32, 80] as const;

export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const size of APP_ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, render(size, BLUE, appMark(size))));
    written.push(file);
  }
  for (const size of CHECK_ICON_SIZES) {
    const file = join(dir, `check-${size}.png`);
    writeFileSync(file, encodePng(size, render(size, GREEN, union(CHECK, CHECK_LONG))));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  for (const file of writeIcons(join(__dirname, '..', 'assets'))) console.log(file);
}
