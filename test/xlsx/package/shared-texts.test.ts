import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { OpcPackage } from '../../../src/xlsx/package/package';
import { XlsxPackage } from '../../../src/xlsx/read/package';
import { ZipArchive } from '../../../src/xlsx/zip/archive';
import { rawZip } from '../raw-zip';

/*
 * `score` hands the writer the archive the reader has just read, with the texts the reader decoded
 * (ZipArchive.keepTexts): the writer must see every part exactly as it would decoding the bytes
 * itself (Buffer's UTF-8, a leading byte order mark dropped), or the output would change. (Slices
 * decoded as the reader scans a part join to TextDecoder's whole text: test/xlsx/read/utf8.test.ts.)
 */

const EXAMPLES = ['daklak-2020-phu-luc-i.xlsx', 'daklak-2020-phu-luc-ii.xlsx'];

/** The reader's way: the workbook opened with its texts kept, and every worksheet read. */
async function readAsScoreDoes(bytes: Uint8Array): Promise<XlsxPackage> {
  const pkg = await XlsxPackage.open(bytes, undefined, true);
  for (const ws of pkg.worksheets()) await pkg.grid(ws.name);
  return pkg;
}

describe("the writer takes over the reader's texts", () => {
  it.each(EXAMPLES)('sees every part of %s as it would read it itself', async (file) => {
    const bytes = readFileSync(join(__dirname, '../../../examples', file));
    const read = await readAsScoreDoes(bytes);
    const archive = read.archive;
    expect(archive.keepsTexts).toBe(true);
    const shared = new OpcPackage(archive);
    const fresh = new OpcPackage(bytes);
    expect(archive.keepsTexts).toBe(false);
    for (const name of fresh.partNames()) expect(shared.text(name)).toBe(fresh.text(name));
    // Handed over once: a second writer on the same archive decodes for itself, and agrees.
    const again = new OpcPackage(archive);
    for (const name of fresh.partNames()) expect(again.text(name)).toBe(fresh.text(name));
  });

  it('keeps the texts of the shared strings, the sheets read, the workbook and its relationships', async () => {
    const bytes = readFileSync(join(__dirname, '../../../examples', EXAMPLES[1]!));
    const read = await readAsScoreDoes(bytes);
    const names = [...read.archive.takeTexts().keys()].map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml']));
    for (const ws of read.worksheets()) expect(names).toContain(ws.part);
  });

  it('keeps nothing unless asked (check)', async () => {
    const bytes = readFileSync(join(__dirname, '../../../examples', EXAMPLES[0]!));
    const pkg = await XlsxPackage.open(bytes);
    for (const ws of pkg.worksheets()) await pkg.grid(ws.name);
    expect(pkg.archive.keepsTexts).toBe(false);
    expect(pkg.archive.takeTexts().size).toBe(0);
  });

  it("decodes any bytes as the writer does: byte order marks, cut characters, bytes that are not UTF-8", async () => {
    const bom = [0xef, 0xbb, 0xbf];
    const byte = fc.oneof(fc.constant(0x41), fc.constant(0x3c), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }), fc.constantFrom(...bom));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.array(byte, { maxLength: 60 }), async (boms, body) => {
        const data = Uint8Array.from([...Array.from({ length: boms }, () => bom).flat(), ...body]);
        const bytes = rawZip([{ name: 'x.xml', data }]);
        const reader = new ZipArchive(bytes);
        reader.keepTexts();
        const entry = reader.entry('x.xml')!;
        const decoded = await reader.text(entry, Infinity);
        expect(new OpcPackage(reader).text('x.xml')).toBe(new OpcPackage(bytes).text('x.xml'));
        expect(decoded).toBe(new OpcPackage(bytes).text('x.xml'));
      }),
      { numRuns: 400 },
    );
  });
});
