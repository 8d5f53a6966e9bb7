import { promises as fs } from 'fs';
import * as path from 'path';

const BLOCK = 512;

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function octal(header: Buffer, start: number, length: number): number {
  const text = field(header, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** The `path` record of a pax extended header ("<len> path=<value>\n" records). */
function paxPath(body: Buffer): string | undefined {
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    if (space === -1) break;
    const length = parseInt(body.subarray(at, space).toString('ascii'), 10);
    if (!(length > 0)) break;
    const record = body.subarray(space + 1, at + length - 1).toString('utf8');
    if (record.startsWith('path=')) return record.slice('path='.length);
    at += length;
  }
  return undefined;
}

/**
 * Extracts a (decompressed) tar archive of plain files and folders into `target`: enough for the
 * browser package's font and library archives, without a tar dependency. Anything else (links,
 * devices) or a name leaving `target` is refused rather than silently skipped.
 */
export async function untar(archive: Buffer, target: string): Promise<string[]> {
  const written: string[] = [];
  let longName: string | undefined;
  for (let at = 0; at + BLOCK <= archive.length; ) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    const body = archive.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;

    if (type === 'x') {
      longName = paxPath(body) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '');
      continue;
    }
    if (type === 'g') continue;

    const prefix = field(header, 257, 6) === 'ustar' ? field(header, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    const destination = path.resolve(target, name);
    if (destination !== path.resolve(target) && !destination.startsWith(path.resolve(target) + path.sep)) {
      throw new Error(`tar entry outside the target folder: ${name}`);
    }
    if (type === '5') {
      await fs.mkdir(destination, { recursive: true });
    } else if (type === '0' || type === '7') {
      await fs.mkdir(path.dirname(destination), { recursive: true });
      await fs.writeFile(destination, body, { mode: octal(header, 100, 8) & 0o777 });
      written.push(destination);
    } else {
      throw new Error(`tar entry of unsupported type '${type}': ${name}`);
    }
  }
  return written;
}
