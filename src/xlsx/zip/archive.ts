import { createInflateRaw, inflateRawSync } from 'zlib';
import { PackageError } from '../read/errors';
import { crc32 } from './crc32';
import { CENTRAL_HEADER, DEFLATED, END_OF_DIRECTORY, LOCAL_HEADER, STORED, ZIP64_END_LOCATOR, ZIP64_END_OF_DIRECTORY } from './format';
import { Utf8Slices } from '../read/utf8';
import { partNameKey } from './part-name';

/**
 * The zip container of an Office Open XML package (ECMA-376 Part 2, Open Packaging Conventions,
 * which uses the PKWARE .ZIP format, APPNOTE 6.3): the central directory (the authoritative index,
 * APPNOTE 4.3.12) is read once, and a part is inflated only when asked for. Both the reader (`check`,
 * a large sheet inflated in slices so it never sits in memory whole) and the package writer (`score`,
 * which copies every part it does not edit with its compressed bytes) use this one reader. Node's own
 * zlib inflates, chosen over fflate and yauzl by measurement (bench/NOTES.md, "Reading .xlsx").
 */

export interface ZipEntry {
  /** As stored, without a leading slash. */
  readonly name: string;
  /** The name's bytes as stored: a copied entry is written back under exactly these. */
  readonly nameBytes: Uint8Array;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  /** MS-DOS time and date of the last change. */
  readonly time: number;
  readonly date: number;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  /** The entry's comment in the central directory, as stored (empty almost always). */
  readonly comment: Uint8Array;
}

/**
 * The largest part read whole (the writer edits a part as one string). V8 caps a string at 2^29
 * UTF-16 units; half of that leaves room for the edited copy. A table sheet this large holds
 * millions of rows, far beyond any score table.
 */
export const MAX_WHOLE_PART = 256 * 1024 * 1024;
/** Input handed to the inflater at a time: small enough to bound memory, large enough to be fast. */
const SLICE = 256 * 1024;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function need(data: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > data.length) throw new PackageError('truncated');
}

function findEndRecord(data: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= stop; at--) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && u32(data, at) === END_OF_DIRECTORY) return at;
  }
  throw new PackageError('truncated');
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  /** The archive's comment (end of central directory record), as stored. */
  readonly comment: Uint8Array;
}

function directoryOf(data: Uint8Array): Directory {
  const end = findEndRecord(data);
  // A comment claiming more bytes than the file has left is cut to what is there.
  const comment = data.subarray(end + 22, Math.min(data.length, end + 22 + u16(data, end + 20)));
  let count = u16(data, end + 10);
  let offset = u32(data, end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    need(data, locator, 20);
    if (u32(data, locator) !== ZIP64_END_LOCATOR) throw new PackageError('truncated');
    const record = u64(data, locator + 8);
    need(data, record, 56);
    if (u32(data, record) !== ZIP64_END_OF_DIRECTORY) throw new PackageError('truncated');
    count = u64(data, record + 32);
    offset = u64(data, record + 48);
  }
  return { count, offset, comment };
}

/** Sizes and offset a Zip64 "extra field" (header 0x0001) gives for the fields saturated at 0xffffffff. */
function zip64Values(data: Uint8Array, extraStart: number, extraEnd: number, wanted: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = u16(data, at);
    const size = u16(data, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      for (const w of wanted) {
        if (!w) continue;
        need(data, p, 8);
        out.push(u64(data, p));
        p += 8;
      }
      return out;
    }
    at += 4 + size;
  }
  throw new PackageError('truncated');
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  /** In the directory's order, which a rewritten package keeps. */
  private readonly ordered: ZipEntry[] = [];
  /**
   * The texts of the parts a reader decoded, kept when a writer reads the same package next
   * (`score`): each part is then inflated and decoded once per run. Null (the default) keeps none:
   * `check` and a folder check hold no part's text.
   */
  private kept: Map<ZipEntry, string> | null = null;

  /** The archive's comment, which a rewritten package keeps. */
  readonly comment: Uint8Array;

  constructor(private readonly data: Uint8Array) {
    const { count, offset, comment } = directoryOf(data);
    this.comment = comment;
    const utf8 = new TextDecoder();
    let at = offset;
    for (let i = 0; i < count; i++) {
      need(data, at, 46);
      if (u32(data, at) !== CENTRAL_HEADER) throw new PackageError('truncated');
      const flags = u16(data, at + 8);
      const method = u16(data, at + 10);
      const crc = u32(data, at + 16);
      let compressedSize = u32(data, at + 20);
      let size = u32(data, at + 24);
      const nameLength = u16(data, at + 28);
      const extraLength = u16(data, at + 30);
      const commentLength = u16(data, at + 32);
      let localHeaderOffset = u32(data, at + 42);
      need(data, at + 46, nameLength + extraLength);
      const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
      // UTF-8 whether or not flag bit 11 says so: part names are ASCII in practice, and a tool that
      // wrote UTF-8 without the flag is read as it meant.
      const name = utf8.decode(nameBytes).replace(/^\/+/, '');
      const saturated = [size === 0xffffffff, compressedSize === 0xffffffff, localHeaderOffset === 0xffffffff];
      if (saturated.some(Boolean)) {
        const values = zip64Values(data, at + 46 + nameLength, at + 46 + nameLength + extraLength, saturated);
        if (saturated[0]) size = values.shift()!;
        if (saturated[1]) compressedSize = values.shift()!;
        if (saturated[2]) localHeaderOffset = values.shift()!;
      }
      const entry: ZipEntry = {
        name,
        nameBytes,
        method,
        flags,
        crc: u32(data, at + 16),
        compressedSize,
        size,
        localHeaderOffset,
        time: u16(data, at + 12),
        date: u16(data, at + 14),
        versionMadeBy: u16(data, at + 4),
        versionNeeded: u16(data, at + 6),
        internalAttributes: u16(data, at + 36),
        externalAttributes: u32(data, at + 38),
        comment: data.subarray(at + 46 + nameLength + extraLength, Math.min(data.length, at + 46 + nameLength + extraLength + commentLength)),
      };
      // Part names compare case-insensitively, and a package holding two equivalent names is not one
      // to read or write (ECMA-376 Part 2, Open Packaging Conventions, 6.3.5 Part Name Equivalence).
      const key = partNameKey(name);
      if (this.byName.has(key)) throw new PackageError('duplicate-part', { part: name });
      this.ordered.push(entry);
      this.byName.set(key, entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  names(): string[] {
    return this.ordered.map((e) => e.name);
  }

  /** Every entry, in the directory's order. */
  entries(): readonly ZipEntry[] {
    return this.ordered;
  }

  /** From now on, keeps the text of every part decoded (see `kept`). */
  keepTexts(): void {
    this.kept ??= new Map();
  }

  /** Whether texts are being kept. */
  get keepsTexts(): boolean {
    return this.kept !== null;
  }

  /**
   * Whether a part's text is to be kept: only one the writer would inflate whole (see `bytes`), so
   * a reader decoding a larger part in slices never holds them all (inflating stops at the size
   * the directory states).
   */
  keeps(entry: ZipEntry): boolean {
    return this.kept !== null && entry.size <= MAX_WHOLE_PART;
  }

  /** Records a part's text as a reader decoded it: UTF-8, a leading byte order mark dropped (as TextDecoder does). */
  keepText(entry: ZipEntry, text: string): void {
    if (this.keeps(entry)) this.kept!.set(entry, text);
  }

  /** The texts kept so far, handed over once: the archive holds them no longer. */
  takeTexts(): ReadonlyMap<ZipEntry, string> {
    const kept = this.kept ?? new Map<ZipEntry, string>();
    this.kept = null;
    return kept;
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(partNameKey(name));
  }

  /** The part's stored (usually deflated) bytes, as they sit in the file. */
  compressed(entry: ZipEntry): Uint8Array {
    const at = entry.localHeaderOffset;
    need(this.data, at, 30);
    if (u32(this.data, at) !== LOCAL_HEADER) throw new PackageError('truncated');
    const start = at + 30 + u16(this.data, at + 26) + u16(this.data, at + 28);
    need(this.data, start, entry.compressedSize);
    return this.data.subarray(start, start + entry.compressedSize);
  }

  /**
   * The part's bytes, handed over in slices as they are inflated. `limit` bounds what is inflated:
   * a part that would grow past it is refused rather than allowed to exhaust memory.
   */
  async inflate(entry: ZipEntry, onBytes: (bytes: Uint8Array) => void, limit = Infinity): Promise<void> {
    if (entry.flags & 1) throw new PackageError('zip-encrypted', { part: entry.name });
    const source = this.compressed(entry);
    let total = 0;
    let check = 0;
    // Dropped at the end: the inflate stream lives on until its close event, and must not keep the
    // consumer (a sheet's rows being read) alive into the analysis that follows.
    let sink: ((bytes: Uint8Array) => void) | null = onBytes;
    const deliver = (bytes: Uint8Array): void => {
      total += bytes.length;
      if (total > limit) throw new PackageError('part-too-large', { part: entry.name });
      // The directory states each part's size and CRC-32 (APPNOTE 4.4.7-4.4.9): data growing past
      // its size is a zip bomb or damage, and is stopped before it is inflated further.
      if (total > entry.size) throw new PackageError('corrupt-part', { part: entry.name });
      check = crc32(bytes, check);
      sink?.(bytes);
    };
    const verify = (): void => {
      if (total !== entry.size || check !== entry.crc) throw new PackageError('corrupt-part', { part: entry.name });
    };
    if (entry.method === STORED) {
      if (source.length !== entry.size) throw new PackageError('corrupt-part', { part: entry.name });
      for (let at = 0; at < source.length; at += SLICE) deliver(source.subarray(at, Math.min(source.length, at + SLICE)));
      verify();
      return;
    }
    if (entry.method !== DEFLATED) throw new PackageError('compression', { part: entry.name, method: entry.method });
    await new Promise<void>((resolve, reject) => {
      const inflater = createInflateRaw({ chunkSize: SLICE });
      let failed = false;
      const fail = (err: unknown): void => {
        if (failed) return;
        failed = true;
        sink = null;
        inflater.destroy();
        reject(err instanceof PackageError ? err : new PackageError('corrupt-part', { part: entry.name }));
      };
      inflater.on('data', (chunk: Buffer) => {
        if (failed) return;
        try {
          deliver(chunk);
        } catch (err) {
          fail(err);
        }
      });
      inflater.on('error', fail);
      inflater.on('end', () => {
        sink = null;
        if (failed) return;
        try {
          verify();
          resolve();
        } catch (err) {
          reject(err);
        }
      });
      inflater.end(source);
    });
  }

  /** A part's bytes whole, inflated at once and checked against its size and CRC (the writer's parts). */
  bytes(entry: ZipEntry): Uint8Array {
    if (entry.flags & 1) throw new PackageError('zip-encrypted', { part: entry.name });
    if (entry.size > MAX_WHOLE_PART) throw new PackageError('part-too-large', { part: entry.name });
    const source = this.compressed(entry);
    let out: Uint8Array;
    if (entry.method === STORED) out = source;
    else if (entry.method !== DEFLATED) throw new PackageError('compression', { part: entry.name, method: entry.method });
    else {
      try {
        // No more than the directory states: data growing past it is damage or a zip bomb.
        out = inflateRawSync(source, { maxOutputLength: Math.max(1, entry.size) });
      } catch {
        throw new PackageError('corrupt-part', { part: entry.name });
      }
    }
    if (out.length !== entry.size || crc32(out) !== entry.crc) throw new PackageError('corrupt-part', { part: entry.name });
    return out;
  }

  /** A small part as text (workbook, relationships, styles). */
  async text(entry: ZipEntry, limit: number): Promise<string> {
    const decoder = new Utf8Slices();
    let out = '';
    await this.inflate(entry, (bytes) => (out += decoder.decode(bytes)), limit);
    const text = out + decoder.end();
    this.keepText(entry, text);
    return text;
  }
}
