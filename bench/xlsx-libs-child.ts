/**
 * One candidate library on one workbook, in a fresh process (`tsx bench/xlsx-libs-child.ts KIND
 * CANDIDATE FILE`, after build:cli: our modules are loaded compiled, from dist/): what loading it costs, and the first and the warm times of its job. Prints JSON.
 *
 *   zip:  the table sheet's part inflated to bytes (counted), from the file's bytes in memory
 *   xml:  the table sheet's XML (already inflated and decoded) scanned, start tags counted; and
 *         `sheet-reader`, the whole read the CLI does (src/xlsx/read/sheet.ts: plain cells matched
 *         whole, the rest through the scanner, the grid built), rows counted: the whole job, to
 *         set beside the scanners' counting of tags
 */
import { readFileSync } from 'fs';

const [kind, candidate, file] = process.argv.slice(2) as [string, string, string];
const SHEET = 'xl/worksheets/sheet1.xml';
const SLICE = 256 * 1024;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

type Job = () => Promise<number>;

/* eslint-disable @typescript-eslint/no-require-imports -- loading is what is measured */
function load(): Job {
  const data = new Uint8Array(readFileSync(file));
  if (kind === 'zip') {
    switch (candidate) {
      case 'zlib-stream': {
        const { ZipArchive } = require('../dist/xlsx/zip/archive.js') as typeof import('../src/xlsx/zip/archive');
        return async () => {
          const zip = new ZipArchive(data);
          let n = 0;
          await zip.inflate(zip.entry(SHEET)!, (b) => (n += b.length));
          return n;
        };
      }
      case 'fflate-stream': {
        const { Inflate } = require('fflate') as typeof import('fflate');
        const { ZipArchive } = require('../dist/xlsx/zip/archive.js') as typeof import('../src/xlsx/zip/archive');
        return async () => {
          const zip = new ZipArchive(data);
          const source = zip.compressed(zip.entry(SHEET)!);
          let n = 0;
          const inflater = new Inflate((chunk) => (n += chunk.length));
          for (let at = 0; at < source.length; at += SLICE) inflater.push(source.subarray(at, Math.min(source.length, at + SLICE)), at + SLICE >= source.length);
          return n;
        };
      }
      case 'fflate-unzipSync': {
        const { unzipSync } = require('fflate') as typeof import('fflate');
        return async () => unzipSync(data, { filter: (f) => f.name === SHEET })[SHEET]!.length;
      }
      case 'yauzl': {
        const yauzl = require('yauzl') as typeof import('yauzl');
        return () =>
          new Promise<number>((resolve, reject) => {
            yauzl.fromBuffer(Buffer.from(data), { lazyEntries: true }, (err, zip) => {
              if (err || !zip) return reject(err);
              zip.on('entry', (entry: import('yauzl').Entry) => {
                if (entry.fileName !== SHEET) return zip.readEntry();
                zip.openReadStream(entry, (e, stream) => {
                  if (e || !stream) return reject(e);
                  let n = 0;
                  stream.on('data', (b: Buffer) => (n += b.length));
                  stream.on('end', () => {
                    zip.close();
                    resolve(n);
                  });
                });
              });
              zip.readEntry();
            });
          });
      }
    }
  }
  if (kind === 'xml') {
    const { unzipSync, strFromU8 } = require('fflate') as typeof import('fflate');
    const xml = strFromU8(unzipSync(data, { filter: (f) => f.name === SHEET })[SHEET]!);
    const t0 = cpuMs();
    switch (candidate) {
      case 'hand': {
        const { XmlScanner } = require('../dist/xlsx/read/xml.js') as typeof import('../src/xlsx/read/xml');
        loadMs = cpuMs() - t0;
        return async () => {
          let n = 0;
          const scanner = new XmlScanner({ open: () => n++, close: () => undefined, text: () => undefined }, SHEET);
          for (let at = 0; at < xml.length; at += SLICE) scanner.feed(xml.slice(at, at + SLICE));
          scanner.end();
          return n;
        };
      }
      case 'sheet-reader': {
        const { sheetScanner, DEFAULT_LIMITS } = require('../dist/xlsx/read/sheet.js') as typeof import('../src/xlsx/read/sheet');
        const { CellFactory } = require('../dist/xlsx/read/cells.js') as typeof import('../src/xlsx/read/cells');
        loadMs = cpuMs() - t0;
        // Shared strings are not read: every index names the same text, which the sheet's read does not depend on.
        const strings = new Array<string>(1 << 21).fill('x');
        return async () => {
          const { scanner, finish } = sheetScanner('S', SHEET, new CellFactory(strings, [], false), DEFAULT_LIMITS);
          for (let at = 0; at < xml.length; at += SLICE) scanner.feed(xml.slice(at, at + SLICE));
          scanner.end();
          return finish().cells.length;
        };
      }
      case 'saxes': {
        const { SaxesParser } = require('saxes') as typeof import('saxes');
        loadMs = cpuMs() - t0;
        return async () => {
          let n = 0;
          const parser = new SaxesParser();
          parser.on('opentag', () => n++);
          for (let at = 0; at < xml.length; at += SLICE) parser.write(xml.slice(at, at + SLICE));
          parser.close();
          return n;
        };
      }
    }
  }
  throw new Error(`unknown candidate ${kind} ${candidate}`);
}
/* eslint-enable @typescript-eslint/no-require-imports */

let loadMs = 0;

async function main(): Promise<void> {
  const before = cpuMs();
  const job = load();
  // The XML candidates measure their own loading: the unzip that prepares their input is not theirs.
  if (kind === 'zip') loadMs = cpuMs() - before;
  const t0 = cpuMs();
  const size = await job();
  const first = cpuMs() - t0;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = cpuMs();
    await job();
    warm.push(cpuMs() - t);
  }
  warm.sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ kind, candidate, size, loadMs, firstMs: first, warmMs: warm[2] })}\n`);
}

void main();
