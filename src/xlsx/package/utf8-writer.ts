/**
 * Text written straight to UTF-8 bytes in pieces. A sheet the tool writes whole holds hundreds of
 * thousands of cells: kept as one growing string, every piece of it stays alive (and is copied by
 * each young-generation collection) until the whole is encoded. Here a piece is encoded as it is
 * written, by hand for short pieces: a cell's reference and tail are a few dozen characters, and a
 * call into Node's encoder for each costs more than the encoding; nor is a row's text joined first.
 */

const CHUNK = 1024 * 1024;
/** From this length a piece goes to Node's encoder, which copies one-byte text without a loop. */
const NATIVE = 256;

export class Utf8Writer {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK);
  private used = 0;

  write(text: string): void {
    const n = text.length;
    // At most three bytes per UTF-16 code unit (a pair of surrogates makes four from two).
    if (this.used + n * 3 > this.chunk.length) this.next(n * 3);
    if (n >= NATIVE) {
      this.used += this.chunk.write(text, this.used, 'utf8');
      return;
    }
    const buf = this.chunk;
    let at = this.used;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) buf[at++] = c;
      else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 0x3f);
        buf[at++] = 0x80 | (c & 0x3f);
      } else {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[at++] = 0xf0 | (point >> 18);
          buf[at++] = 0x80 | ((point >> 12) & 0x3f);
          buf[at++] = 0x80 | ((point >> 6) & 0x3f);
          buf[at++] = 0x80 | (point & 0x3f);
          i++;
        } else {
          // A lone surrogate has no UTF-8 form: U+FFFD, as Node's encoder writes it.
          buf[at++] = 0xef;
          buf[at++] = 0xbf;
          buf[at++] = 0xbd;
        }
      }
    }
    this.used = at;
  }

  private next(room: number): void {
    this.chunks.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK, room));
    this.used = 0;
  }

  bytes(): Uint8Array {
    this.chunks.push(this.chunk.subarray(0, this.used));
    const out = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    this.chunks.length = 0;
    this.chunk = Buffer.alloc(0);
    this.used = 0;
    return out;
  }
}

/** Pieces of text as one UTF-8 buffer, each encoded where it lands: no string of the whole is made. */
export function utf8Of(pieces: readonly string[]): Uint8Array {
  let size = 0;
  for (const piece of pieces) size += Buffer.byteLength(piece, 'utf8');
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of pieces) at += out.write(piece, at, 'utf8');
  return out;
}
