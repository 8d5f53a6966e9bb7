import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cellAt } from '../../src/domain/grid';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { serializeMarker } from '../../src/domain/plan/marker';
import type { Grid } from '../../src/domain/grid';
import { openPackage, packageMarker, WorkbookReadError } from '../../src/xlsx/read/file';
import { XlsxPackage } from '../../src/xlsx/read/package';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** Saves the workbook and opens the file's bytes with the package reader, as the CLI does. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<XlsxPackage> {
  return XlsxPackage.open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function sheetGrid(wb: ExcelJS.Workbook, sheet: string): Promise<Grid> {
  return (await roundTrip(wb)).grid(sheet);
}

describe('the package reader\'s grid', () => {
  it('keeps stored values, displayed text and kinds, starting at the used range', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bảng');
    ws.getCell('B3').value = '1.1';
    ws.getCell('C3').value = 8.5;
    ws.getCell('C3').numFmt = '0.00';
    ws.getCell('D3').value = '8,67';
    ws.getCell('E3').value = { formula: 'C3*2', result: 17 };
    ws.getCell('F3').value = true;
    ws.getCell('G3').value = { error: '#DIV/0!' };
    ws.getCell('B4').value = { richText: [{ text: 'Sở ' }, { text: 'Nội vụ', font: { bold: true } }] };
    ws.getCell('C4').value = 1.1;
    ws.getCell('D4').value = 0.1 + 0.2;
    ws.getCell('F4').value = { formula: 'C4-C4', result: 0 };
    ws.getCell('G4').value = { formula: 'C4>2', result: false };
    const grid = await sheetGrid(wb, 'Bảng');

    expect(grid.sheet).toBe('Bảng');
    expect([grid.originRow, grid.originCol]).toEqual([2, 1]);
    expect(grid.cells).toHaveLength(2);
    expect(grid.cells.every((row) => row.length === 6)).toBe(true);
    expect(cellAt(grid, 2, 1)).toEqual({ value: '1.1', text: '1.1', kind: 'string' });
    expect(cellAt(grid, 2, 2)).toEqual({ value: 8.5, text: '8.50', kind: 'number' });
    expect(cellAt(grid, 2, 3)).toEqual({ value: '8,67', text: '8,67', kind: 'string' });
    expect(cellAt(grid, 2, 4)).toEqual({ value: 17, text: '17', kind: 'number' });
    expect(cellAt(grid, 2, 5)).toEqual({ value: true, text: 'TRUE', kind: 'boolean' });
    expect(cellAt(grid, 2, 6)).toEqual({ value: '#DIV/0!', text: '#DIV/0!', kind: 'error' });
    expect(cellAt(grid, 3, 1)).toEqual({ value: 'Sở Nội vụ', text: 'Sở Nội vụ', kind: 'string' });
    // General shows ten significant digits, hiding binary noise as Excel does.
    expect(cellAt(grid, 3, 3).text).toBe('0.3');
    expect(cellAt(grid, 3, 4).kind).toBe('empty');
    // Falsy cached results are values too (exceljs's cell.value hides them).
    expect(cellAt(grid, 3, 5)).toEqual({ value: 0, text: '0', kind: 'number' });
    expect(cellAt(grid, 3, 6)).toEqual({ value: false, text: 'FALSE', kind: 'boolean' });
  });

  it('reports merged areas and leaves the covered cells empty', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.getCell('A1').value = 'Chủ trì';
    ws.getCell('A2').value = 'Sở Tài chính';
    ws.mergeCells('A2:A4');
    ws.mergeCells('B1:C1');
    ws.getCell('B1').value = 'Thời gian';
    const grid = await sheetGrid(wb, 'Nhiệm vụ');

    expect(grid.mergesKnown).toBe(true);
    expect(grid.merges).toEqual([
      { row: 0, col: 1, rowCount: 1, colCount: 2 },
      { row: 1, col: 0, rowCount: 3, colCount: 1 },
    ]);
    expect(grid.cells).toHaveLength(4);
    expect(cellAt(grid, 1, 0).text).toBe('Sở Tài chính');
    expect(cellAt(grid, 2, 0).kind).toBe('empty');
    expect(cellAt(grid, 0, 2).kind).toBe('empty');
  });

  it('gives an empty grid for an empty sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống');
    const grid = await sheetGrid(wb, 'Trống');
    expect(grid.cells).toEqual([]);
    expect(grid.merges).toEqual([]);
  });
});

describe('openPackage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'par-read-'));

  async function reason(path: string): Promise<string> {
    try {
      await openPackage(path);
    } catch (err) {
      expect(err).toBeInstanceOf(WorkbookReadError);
      return (err as WorkbookReadError).reason;
    }
    throw new Error('expected a WorkbookReadError');
  }

  it('says why a file cannot be used', async () => {
    const csv = join(dir, 'bang.csv');
    writeFileSync(csv, 'STT,Tiêu chí\n1.1,Kế hoạch\n');
    const fakeZip = join(dir, 'hong.xlsx');
    writeFileSync(fakeZip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]));
    const folder = join(dir, 'thu-muc.xlsx');
    mkdirSync(folder);

    await expect(reason(join(dir, 'khong-co.xlsx'))).resolves.toBe('not-found');
    await expect(reason(csv)).resolves.toBe('not-xlsx');
    await expect(reason(fakeZip)).resolves.toBe('not-xlsx');
    await expect(reason(folder)).resolves.toBe('not-a-file');
  });

  it('reads the Phụ lục I example as typed: title rows, wrapped header, text numbers, merged leads', async () => {
    const wb = await openPackage(join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx'));
    const grid = await wb.grid(wb.worksheets()[0]!.name);
    const texts = grid.cells.map((row) => row.map((c) => c.text));
    const headerRow = texts.findIndex((row) => row[0] === 'STT');
    expect(headerRow).toBeGreaterThan(0);
    expect(texts[headerRow]![2]).toBe('Điểm\ntối đa');

    const byCode = (code: string) => grid.cells.find((row) => row[0]!.text === code)!;
    expect(byCode('2')[3]).toEqual({ value: 8.67, text: '8.67', kind: 'number' });
    expect(byCode('2.4.1')[3]).toEqual({ value: '0,78', text: '0,78', kind: 'string' });
    const total = grid.cells.find((row) => row[1]!.text === 'TỔNG ĐIỂM')!;
    expect(total.slice(2, 5).map((c) => c.text)).toEqual(['100.00', '79.53', '92.81']);

    const leadRow = grid.cells.indexOf(byCode('4.3.1')) + grid.originRow;
    expect(grid.merges).toContainEqual({ row: leadRow, col: 5, rowCount: 3, colCount: 1 });
    await expect(packageMarker(wb)).resolves.toBeNull();
  });
});

describe('packageMarker', () => {
  const marker = {
    tool: 'par-scorer' as const,
    version: 1 as const,
    tableSheet: 'Phụ lục I',
    tableColumns: [6, 7],
    tableRows: { first: 5, last: 117 },
    sheets: ['Tổng hợp'],
  };

  it('reads the marker stored in A1 of the very hidden sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phụ lục I');
    const meta = wb.addWorksheet(MARKER_SHEET);
    meta.state = 'veryHidden';
    meta.getCell('A1').value = serializeMarker(marker);
    await expect(packageMarker(await roundTrip(wb))).resolves.toEqual(marker);
  });

  it('ignores a marker sheet whose A1 is not a marker', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(MARKER_SHEET).getCell('A1').value = 'xin chào';
    await expect(packageMarker(await roundTrip(wb))).resolves.toBeNull();
    wb.getWorksheet(MARKER_SHEET)!.getCell('A1').value = 42;
    await expect(packageMarker(await roundTrip(wb))).resolves.toBeNull();
  });
});
