import { join } from 'path';
import ExcelJS from 'exceljs';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { readMarker } from '../../src/xlsx/read';
import { loadWorkbook, runCli, EXAMPLES, tempDir } from '../support/cli';

const PHU_LUC_I = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');

async function score(input: string, output: string): Promise<number> {
  return (await runCli(['score', input, '-o', output])).code;
}

/** Every cell the user typed, with what Excel shows of it: value, formula, number format, font, fill. */
function userCells(wb: ExcelJS.Workbook, toolSheets: ReadonlySet<string>, toolColumns: readonly number[], tableSheet: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    if (toolSheets.has(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (ws.name === tableSheet && toolColumns.includes(col - 1)) return;
        out.set(`${ws.name}!${cell.address}`, {
          value: cell.formula ? { formula: cell.formula } : cell.value,
          numFmt: cell.numFmt,
          font: cell.font,
          fill: cell.fill,
          alignment: cell.alignment,
        });
      });
    });
  }
  return out;
}

describe('scoring again', () => {
  it('updates its own cells and sheets in place and leaves every user cell and sheet as it was', async () => {
    const dir = tempDir('par-rerun-');
    const input = join(dir, 'input.xlsx');
    const wb = await loadWorkbook(PHU_LUC_I);
    const notes = wb.addWorksheet('Ghi chú của tôi');
    notes.getCell('A1').value = 'Họp giao ban ngày 15/8';
    notes.getCell('B2').value = { formula: "SUM('Phụ lục I'!D8:D13)", result: 6.5 } as ExcelJS.CellFormulaValue;
    notes.getCell('C3').value = 0.5;
    notes.getCell('C3').numFmt = '0.000';
    await wb.xlsx.writeFile(input);

    const first = join(dir, 'first.xlsx');
    expect(await score(input, first)).toBe(0);
    const firstBook = await loadWorkbook(first);
    const marker = readMarker(firstBook)!;
    const toolSheets = new Set([...marker.sheets, MARKER_SHEET]);
    const before = userCells(await loadWorkbook(input), toolSheets, marker.tableColumns, marker.tableSheet!);
    expect(userCells(firstBook, toolSheets, marker.tableColumns, marker.tableSheet!)).toEqual(before);
    expect(before.size).toBeGreaterThan(600);

    // The officer corrects 1.2's score in the scored copy, then scores that copy again.
    firstBook.getWorksheet('Phụ lục I')!.getCell('D9').value = 0.5;
    const edited = join(dir, 'edited.xlsx');
    await firstBook.xlsx.writeFile(edited);
    const editedCells = userCells(await loadWorkbook(edited), toolSheets, marker.tableColumns, marker.tableSheet!);
    const second = join(dir, 'second.xlsx');
    // Area 1 still states 6.5 while its criteria now add up to 7: an error, and the copy is written.
    expect(await score(edited, second)).toBe(1);
    const secondBook = await loadWorkbook(second);
    const again = readMarker(secondBook)!;

    expect(again.tableColumns).toEqual(marker.tableColumns);
    expect(again.sheets).toEqual(marker.sheets);
    expect(secondBook.worksheets.map((ws) => ws.name)).toEqual(firstBook.worksheets.map((ws) => ws.name));
    expect(userCells(secondBook, toolSheets, marker.tableColumns, marker.tableSheet!)).toEqual(editedCells);
    const table = secondBook.getWorksheet('Phụ lục I')!;
    // Area 1's recomputed score and 1.2's points lost follow the edit; nothing is written past the tool's columns.
    expect(table.getCell('H7').result).toBe(7);
    expect(table.getCell('I9').result).toBe(0);
    const lastToolColumn = Math.max(...marker.tableColumns) + 1;
    table.eachRow((row) => row.eachCell((cell, col) => expect(col).toBeLessThanOrEqual(lastToolColumn)));
  });
});
