import ExcelJS from 'exceljs';
import type { CriteriaSheetLayout } from '../domain/api/custom-criteria';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/**
 * Adds the layout as a new sheet. Code columns are formatted as Text before anything is typed into
 * them, so a code added later as "1.10" stays 1.10 instead of becoming the number 1.1.
 */
export function addCriteriaSheet(workbook: ExcelJS.Workbook, layout: CriteriaSheetLayout): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: layout.headerRow + 1 }] });
  layout.widths.forEach((width, i) => {
    const column = ws.getColumn(i + 1);
    column.width = width;
  });
  layout.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (value !== null && value !== '') cell.value = value;
      if (r > layout.headerRow && layout.textColumns.includes(c)) cell.numFmt = '@';
      if (r > layout.headerRow && c === 1) cell.alignment = { wrapText: true, vertical: 'top' };
    });
    if (r < layout.headerRow && values.length > 0) row.getCell(1).font = { bold: true };
  });
  const header = ws.getRow(layout.headerRow + 1);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  // Empty rows below the tree keep the text format too, for the nodes an officer adds.
  for (let r = layout.rows.length + 1; r <= layout.rows.length + 50; r++) {
    for (const c of layout.textColumns) ws.getRow(r).getCell(c + 1).numFmt = '@';
  }
  return ws;
}

export function criteriaWorkbook(layout: CriteriaSheetLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'par-scorer';
  addCriteriaSheet(workbook, layout);
  return workbook;
}
