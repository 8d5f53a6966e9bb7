import ExcelJS from 'exceljs';
import { storedFormula } from '../../src/xlsx/future-functions';
import type { FakeWorkbookSnapshot } from './fake-excel';

/**
 * The fake workbook's cells as an .xlsx file, so that what the add-in wrote through Office.js can
 * be recalculated by LibreOffice: the fake's own evaluator is ours, and no judge of our formulas.
 * Values, formulas (stored as Excel saves them, "_xlfn." prefixes included) and sheet visibility;
 * formats are left out, they change no result.
 */
export async function exportSnapshot(snapshot: FakeWorkbookSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const state = sheet.visibility === 'VeryHidden' ? 'veryHidden' : sheet.visibility === 'Hidden' ? 'hidden' : 'visible';
    const ws = wb.addWorksheet(sheet.name, { state });
    sheet.values.forEach((line, r) => {
      line.forEach((value, c) => {
        const formula = sheet.formulas[r]?.[c];
        const cell = ws.getCell(r + 1, c + 1);
        if (formula) {
          const result = value === null ? undefined : value;
          cell.value = { formula: storedFormula(formula.replace(/^=/, '')), result } as ExcelJS.CellFormulaValue;
        } else if (value !== null) cell.value = value;
      });
    });
  }
  await wb.xlsx.writeFile(file);
}
