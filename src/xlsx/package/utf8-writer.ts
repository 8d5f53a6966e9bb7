/**
 * Text written straight to UTF-8 bytes in pieces. A sheet the tool writes whole holds hundreds of
 * thousands of cells: kept as one growing string, every piece of it stays alive (and is copied by
 * each young-generation collection) until the whole is encoded; written here, a row's text dies
 * young and only the bytes remain. Each piece is encoded as it comes, not gathered first: a string
 * joined from pieces is flattened before it is encoded, and flattening a long join cost more than
 * the encoding (a sheet's rows written one by one took about a fifth less).
 */

const CHUNK = 1024 * 1024;
/**
 * The first chunk: most sheets the tool writes are a few kilobytes, and a megabyte each for a dozen
 * of them is memory outside the heap that V8 counts towards its next full collection.
 */
const FIRST_CHUNK = 64 * 1024;

export class Utf8Writer {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(FIRST_CHUNK);
  private used = 0;

  write(text: string): void {
    // At most three bytes per UTF-16 code unit.
    if (this.used + text.length * 3 > this.chunk.length) {
      this.chunks.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(CHUNK, text.length * 3));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used, 'utf8');
  }

  /** The bytes written, after those of `head` (what could only be made once the rest was written). */
  bytesAfter(head: string): Uint8Array {
    this.chunks.unshift(Buffer.from(head, 'utf8'));
    return this.bytes();
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
