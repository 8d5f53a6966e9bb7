import { unzipSync } from 'fflate';
import { PackageError } from '../../../src/xlsx/read/errors';
import { XlsxPackage } from '../../../src/xlsx/read/package';
import { rawZip, type RawEntry } from '../raw-zip';
import { buildPackage, sheetXml } from './packages';

/*
 * Damage the lean reader must name rather than read as something else: data that disagrees with the
 * sizes and CRC-32 the zip directory states, two equivalent part names, and parts the workbook
 * refers to that the package lacks.
 */
const SHEET = 'xl/worksheets/sheet1.xml';

function entries(): RawEntry[] {
  const data = buildPackage({
    sharedStrings: ['STT', 'Tiêu chí'],
    styles: { xfs: [0] },
    sheets: [{ name: 'Bảng', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>2.5</v></c></row>') }],
  });
  return Object.entries(unzipSync(data)).map(([name, bytes]) => ({ name, data: bytes }));
}

const changed = (name: string, change: (e: RawEntry) => RawEntry | RawEntry[]): Uint8Array => rawZip(entries().flatMap((e) => (e.name === name ? change(e) : [e])));
const without = (name: string): Uint8Array => rawZip(entries().filter((e) => e.name !== name));

async function problemOf(data: Uint8Array): Promise<{ problem: string; part: unknown }> {
  try {
    const pkg = await XlsxPackage.open(data);
    await pkg.grid('Bảng');
  } catch (err) {
    if (err instanceof PackageError) return { problem: err.problem, part: err.params.part };
    throw err;
  }
  throw new Error('expected a PackageError');
}

describe('the lean reader on damaged packages', () => {
  it('reads the package as built (the cases below change one thing each)', async () => {
    const grid = await (await XlsxPackage.open(rawZip(entries()))).grid('Bảng');
    expect(grid.cells[0]!.map((c) => c.text)).toEqual(['STT', 'Tiêu chí', '2.5']);
  });

  it('refuses data whose CRC-32 is not the one stated, stored or deflated', async () => {
    expect(await problemOf(changed(SHEET, (e) => ({ ...e, crc: 1 })))).toEqual({ problem: 'corrupt-part', part: SHEET });
    expect(await problemOf(changed(SHEET, (e) => ({ ...e, method: 0, crc: 1 })))).toEqual({ problem: 'corrupt-part', part: SHEET });
  });

  it('stops inflating a part at the size it states: a zip bomb claiming little is refused', async () => {
    expect(await problemOf(changed('xl/sharedStrings.xml', (e) => ({ ...e, claimedSize: 16 })))).toEqual({ problem: 'corrupt-part', part: 'xl/sharedStrings.xml' });
    expect(await problemOf(changed(SHEET, (e) => ({ ...e, claimedSize: e.data.length + 1 })))).toEqual({ problem: 'corrupt-part', part: SHEET });
  });

  it('refuses two entries with equivalent part names, whatever their case', async () => {
    expect(await problemOf(changed(SHEET, (e) => [e, { ...e, name: 'XL/Worksheets/Sheet1.xml' }]))).toEqual({ problem: 'duplicate-part', part: 'XL/Worksheets/Sheet1.xml' });
  });

  it('names a sheet, shared strings, styles or relationships part the workbook refers to but the package lacks', async () => {
    for (const part of [SHEET, 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels']) {
      expect(await problemOf(without(part))).toEqual({ problem: 'missing-part', part });
    }
  });

  it('reads a workbook that has no shared strings or styles at all (no relationship to them)', async () => {
    const data = buildPackage({ sheets: [{ name: 'Bảng', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row>') }] });
    expect((await (await XlsxPackage.open(data)).grid('Bảng')).cells[0]![0]!.text).toBe('STT');
  });
});
