import * as zlib from 'zlib';
import type { ZipEntry } from './archive';
import { crc32 } from './crc32';
import { CENTRAL_HEADER, DEFLATED, END_OF_DIRECTORY, LOCAL_HEADER } from './format';

/**
 * The zip writer of the package writer: entries read from the input (src/xlsx/zip/archive.ts) are
 * copied with their compressed bytes as stored; only a part that is replaced gets deflated. Node's
 * own zlib deflates: on a 7 MB sheet it deflated in 50-65 ms where fflate took 240-340 ms.
 */

/** A package too large for a zip without Zip64: the only thing that stops a write here. */
export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ZipFormatError';
  }
}

/** General purpose flag bit 3: sizes and CRC follow the data instead of the local header. */
const DATA_DESCRIPTOR_FLAG = 0x0008;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_FLAG = 0x0800;
const ZIP64_MARK = 0xffffffff;
/**
 * zlib's level 1, not its default 6: on the sheets the tool writes for a 50,000-row table (30 MB of
 * XML) it deflated in 81 ms where level 3 took 130, for a 16% larger output (3.47 against 3.00 MB;
 * bench/NOTES.md, "Writing .xlsx"). Level 6 was slower still (233 ms against level 3's 84 before).
 */
const DEFLATE_LEVEL = 1;

/** An entry to write: one copied from the input archive (with its stored bytes) or a new one. */
export interface WriteEntry extends Omit<ZipEntry, 'nameBytes' | 'compressedSize' | 'localHeaderOffset' | 'comment'> {
  /** A copied entry's comment in the central directory, kept; a new entry has none. */
  readonly comment?: Uint8Array;
  /** The name's bytes as the input stored them; a new entry's name is written as UTF-8. */
  readonly nameBytes?: Uint8Array;
  /** The compressed bytes, exactly as they are to be stored. */
  readonly raw: Uint8Array;
}

/** DOS time and date fields for now, as zip stores modification times. */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getFullYear());
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/** A new entry from uncompressed bytes, deflated. */
export function makeEntry(name: string, content: Uint8Array, when: Date = new Date()): WriteEntry {
  const { time, date } = dosDateTime(when);
  return {
    name,
    method: DEFLATED,
    crc: crc32(content),
    size: content.length,
    raw: zlib.deflateRawSync(content, { level: DEFLATE_LEVEL }),
    flags: UTF8_FLAG,
    time,
    date,
    versionMadeBy: 20,
    versionNeeded: 20,
    internalAttributes: 0,
    externalAttributes: 0,
  };
}

const NO_COMMENT = new Uint8Array(0);

/**
 * Writes the entries in order. Local headers carry the sizes and CRC (no data descriptors) and no
 * extra fields; the compressed bytes are copied as they are, and so are the comments of the archive
 * and of its entries (a document system may keep its identifiers there).
 */
export function writeZip(entries: readonly WriteEntry[], archiveComment: Uint8Array = NO_COMMENT): Uint8Array {
  const comments = entries.map((e) => e.comment ?? NO_COMMENT);
  const names = entries.map((e) => (e.nameBytes ? Buffer.from(e.nameBytes.buffer, e.nameBytes.byteOffset, e.nameBytes.byteLength) : Buffer.from(e.name, 'utf8')));
  // A copied entry keeps its flags (its name bytes are unchanged); none is followed by a data descriptor.
  const flagsOf = entries.map((e) => e.flags & ~DATA_DESCRIPTOR_FLAG);
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((e, i) => {
    localSize += 30 + names[i]!.length + e.raw.length;
    centralSize += 46 + names[i]!.length + comments[i]!.length;
  });
  if (localSize + centralSize + 22 > ZIP64_MARK || entries.length >= 0xffff) throw new ZipFormatError('the package is too large for a zip without zip64');
  const out = Buffer.alloc(localSize + centralSize + 22 + archiveComment.length);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i]!;
    const flags = flagsOf[i]!;
    offsets.push(at);
    out.writeUInt32LE(LOCAL_HEADER, at);
    out.writeUInt16LE(e.versionNeeded, at + 4);
    out.writeUInt16LE(flags, at + 6);
    out.writeUInt16LE(e.method, at + 8);
    out.writeUInt16LE(e.time, at + 10);
    out.writeUInt16LE(e.date, at + 12);
    out.writeUInt32LE(e.crc, at + 14);
    out.writeUInt32LE(e.raw.length, at + 18);
    out.writeUInt32LE(e.size, at + 22);
    out.writeUInt16LE(name.length, at + 26);
    out.writeUInt16LE(0, at + 28);
    name.copy(out, at + 30);
    out.set(e.raw, at + 30 + name.length);
    at += 30 + name.length + e.raw.length;
  });
  const directoryOffset = at;
  entries.forEach((e, i) => {
    const name = names[i]!;
    const flags = flagsOf[i]!;
    out.writeUInt32LE(CENTRAL_HEADER, at);
    out.writeUInt16LE(e.versionMadeBy, at + 4);
    out.writeUInt16LE(e.versionNeeded, at + 6);
    out.writeUInt16LE(flags, at + 8);
    out.writeUInt16LE(e.method, at + 10);
    out.writeUInt16LE(e.time, at + 12);
    out.writeUInt16LE(e.date, at + 14);
    out.writeUInt32LE(e.crc, at + 16);
    out.writeUInt32LE(e.raw.length, at + 20);
    out.writeUInt32LE(e.size, at + 24);
    out.writeUInt16LE(name.length, at + 28);
    out.writeUInt16LE(0, at + 30);
    out.writeUInt16LE(comments[i]!.length, at + 32);
    out.writeUInt16LE(0, at + 34);
    out.writeUInt16LE(e.internalAttributes, at + 36);
    out.writeUInt32LE(e.externalAttributes, at + 38);
    out.writeUInt32LE(offsets[i]!, at + 42);
    name.copy(out, at + 46);
    out.set(comments[i]!, at + 46 + name.length);
    at += 46 + name.length + comments[i]!.length;
  });
  out.writeUInt32LE(END_OF_DIRECTORY, at);
  out.writeUInt16LE(0, at + 4);
  out.writeUInt16LE(0, at + 6);
  out.writeUInt16LE(entries.length, at + 8);
  out.writeUInt16LE(entries.length, at + 10);
  out.writeUInt32LE(at - directoryOffset, at + 12);
  out.writeUInt32LE(directoryOffset, at + 16);
  out.writeUInt16LE(archiveComment.length, at + 20);
  out.set(archiveComment, at + 22);
  return out;
}
