import { cellAt } from '../../../src/domain/grid';
import { PackageError } from '../../../src/xlsx/read/errors';
import { XlsxPackage } from '../../../src/xlsx/read/package';
import { buildPackage, sheetXml } from './packages';

async function problemOf(read: () => Promise<unknown>): Promise<PackageError> {
  try {
    await read();
  } catch (err) {
    if (err instanceof PackageError) return err;
    throw err;
  }
  throw new Error('expected a PackageError');
}

describe('XlsxPackage', () => {
  it('follows absolute relationship targets, as openpyxl writes them', async () => {
    const data = buildPackage({
      absoluteTargets: true,
      sharedStrings: ['STT', 'Tiêu chí'],
      sheets: [{ name: 'Bảng điểm', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>') }],
    });
    const pkg = await XlsxPackage.open(data);
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Bảng điểm']);
    const grid = await pkg.grid('Bảng điểm');
    expect(grid.cells[0]!.map((c) => c.text)).toEqual(['STT', 'Tiêu chí']);
  });

  it('reads inline strings, rich runs without their phonetic guide, and _xHHHH_ escapes', async () => {
    const data = buildPackage({
      sharedStrings: ['<r><t>Sở </t></r><r><rPr><b/></rPr><t>Nội vụ</t></r><rPh sb="0" eb="1"><t>ソ</t></rPh>', 'Dòng 1_x000D_'],
      sheets: [
        {
          name: 'S',
          xml: sheetXml(
            '<row r="2"><c r="B2" t="inlineStr"><is><t>Kế hoạch &amp; báo cáo</t></is></c><c r="C2" t="s"><v>0</v></c><c r="D2" t="s"><v>1</v></c></row>',
          ),
        },
      ],
    });
    const grid = await (await XlsxPackage.open(data)).grid('S');
    expect([grid.originRow, grid.originCol]).toEqual([1, 1]);
    expect(cellAt(grid, 1, 1)).toEqual({ value: 'Kế hoạch & báo cáo', text: 'Kế hoạch & báo cáo', kind: 'string' });
    expect(cellAt(grid, 1, 2).text).toBe('Sở Nội vụ');
    expect(cellAt(grid, 1, 3).text).toBe('Dòng 1\r');
  });

  it('takes cached results of formulas, shared formulas included, and leaves uncalculated ones empty', async () => {
    const rows =
      '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>4</v></c><c r="C1" t="str"><f>"x"&amp;A1</f><v>x2</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c><c r="C2"><f>A2+1</f></c><c r="D2" t="b"><f>A2&gt;1</f><v>1</v></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>';
    const grid = await (await XlsxPackage.open(buildPackage({ sheets: [{ name: 'F', xml: sheetXml(rows) }] }))).grid('F');
    expect(grid.cells.map((r) => r.map((c) => c.text))).toEqual([
      ['2', '4', 'x2', '', ''],
      ['3', '6', '', 'TRUE', '#DIV/0!'],
    ]);
    expect(cellAt(grid, 1, 1)).toEqual({ value: 6, text: '6', kind: 'number' });
    expect(cellAt(grid, 1, 4)).toEqual({ value: '#DIV/0!', text: '#DIV/0!', kind: 'error' });
  });

  it('shows dates of the 1904 system as Excel does, and percent formats', async () => {
    // 1904 system: serial 0 is 1904-01-01, so 43466 is 2023-01-02 (1,462 days after the 1900 reading).
    const rows = '<row r="1"><c r="A1" s="1"><v>43466</v></c><c r="B1" s="2"><v>0.875</v></c><c r="C1" s="3"><v>8.5</v></c></row>';
    const styles = { xfs: [0, 164, 9, 2], numFmts: { 164: 'dd/mm/yyyy' } };
    const in1904 = await (await XlsxPackage.open(buildPackage({ date1904: true, styles, sheets: [{ name: 'D', xml: sheetXml(rows) }] }))).grid('D');
    expect(in1904.cells[0]!.map((c) => c.text)).toEqual(['02/01/2023', '88%', '8.50']);
    expect(cellAt(in1904, 0, 0)).toEqual({ value: 43466, text: '02/01/2023', kind: 'number' });
    const in1900 = await (await XlsxPackage.open(buildPackage({ styles, sheets: [{ name: 'D', xml: sheetXml(rows) }] }))).grid('D');
    expect(cellAt(in1900, 0, 0).text).toBe('01/01/2019');
  });

  it('reads cells and rows without references, prefixed elements and single-quoted attributes', async () => {
    const xml =
      `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row><x:c t='inlineStr'><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>` +
      `<x:row><x:c r='C2'><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const grid = await (await XlsxPackage.open(buildPackage({ sheets: [{ name: 'P', xml }] }))).grid('P');
    expect(grid.cells.map((r) => r.map((c) => c.text))).toEqual([
      ['a', '1', ''],
      ['', '', '2'],
    ]);
  });

  it('lists sheets with their visibility, in tab order', async () => {
    const empty = sheetXml('');
    const pkg = await XlsxPackage.open(
      buildPackage({
        sheets: [
          { name: 'Một', xml: empty },
          { name: 'Ẩn', xml: empty, state: 'hidden' },
          { name: 'PAR_Scorer_meta', xml: empty, state: 'veryHidden' },
        ],
      }),
    );
    expect(pkg.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Một', 'visible'],
      ['Ẩn', 'hidden'],
      ['PAR_Scorer_meta', 'veryHidden'],
    ]);
    await expect(pkg.grid('Một')).resolves.toMatchObject({ cells: [], merges: [] });
  });
});

describe('XlsxPackage on sheets that claim more than they hold', () => {
  it('ignores the used range a sheet declares', async () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>');
    const grid = await (await XlsxPackage.open(buildPackage({ sheets: [{ name: 'S', xml }] }))).grid('S');
    expect(grid.cells).toEqual([[{ value: 1, text: '1', kind: 'number' }]]);
  });

  it('keeps a stray value at XFD1048576 out of the grid, which stays as wide as the table', async () => {
    const table = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('');
    const xml = sheetXml(`${table}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>lạc</t></is></c></row>`);
    const grid = await (await XlsxPackage.open(buildPackage({ sheets: [{ name: 'S', xml }] }))).grid('S');
    expect(grid.cells[0]).toHaveLength(2);
    expect(grid.cells).toHaveLength(50);
    expect(cellAt(grid, 49, 0).value).toBe(49);
  });

  it('keeps a far value in the table\'s columns, with the empty rows between sharing one row', async () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="1048576"><c r="A1048576"><v>3</v></c></row>');
    const grid = await (await XlsxPackage.open(buildPackage({ sheets: [{ name: 'S', xml }] }))).grid('S');
    expect(grid.cells).toHaveLength(1_048_576);
    expect(cellAt(grid, 1_048_575, 0).value).toBe(3);
    expect(new Set(grid.cells.slice(1, -1)).size).toBe(1);
  });

  it('refuses a sheet with more values than it can hold, naming the sheet', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const data = buildPackage({ sheets: [{ name: 'Lớn', xml: sheetXml(rows) }] });
    const pkg = await XlsxPackage.open(data, { maxCells: 20, maxGridCells: 1000, columnGap: 256 });
    const err = await problemOf(() => pkg.grid('Lớn'));
    expect(err.problem).toBe('sheet-too-large');
    expect(err.params.sheet).toBe('Lớn');
  });

  it('blanks cells under a merge and keeps the merge list', async () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>9</v></c></row><row r="2"><c r="A2"><v>8</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
    );
    const grid = await (await XlsxPackage.open(buildPackage({ sheets: [{ name: 'M', xml }] }))).grid('M');
    expect(grid.merges).toEqual([{ row: 0, col: 0, rowCount: 2, colCount: 2 }]);
    expect(grid.cells.map((r) => r.map((c) => c.text))).toEqual([
      ['1', ''],
      ['', ''],
    ]);
  });
});
