import { crc32, deflateRawSync } from 'zlib';

/**
 * A zip writer for tests that must say things a correct writer never would: a wrong CRC-32, sizes
 * the data does not have, two entries of one name. Layout per PKWARE APPNOTE 6.3 (local headers,
 * central directory, end record), the container ECMA-376 Part 2 uses.
 */
export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** Stored (0) or deflated (8, the default). */
  readonly method?: 0 | 8;
  /** Already compressed bytes to write instead of compressing data (data then only feeds the CRC). */
  readonly compressed?: Uint8Array;
  readonly crc?: number;
  /** The uncompressed size the headers claim. */
  readonly claimedSize?: number;
}

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = Buffer.from(e.compressed ?? (method === 8 ? deflateRawSync(e.data) : e.data));
    const name = Buffer.from(e.name, 'utf8');
    const crc = (e.crc ?? crc32(e.data)) >>> 0;
    const size = e.claimedSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
