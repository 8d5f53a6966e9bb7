import type { CriteriaSheetLayout } from '../criteria/custom/export';
import type { PlanCell, PlanSheet } from './types';

const HEADER_FILL = '#DDEBF7';
/** Rows below the tree that keep the text format, for the nodes an officer adds (as the .xlsx writer does). */
const SPARE_ROWS = 50;

/**
 * A criteria set's sheet as a plan sheet, for the add-in to write the way it writes everything else.
 * It matches the .xlsx writer (src/xlsx/criteria-sheet.ts): bold meta labels, a filled header, code
 * columns formatted as text so a code typed later as "1.10" stays 1.10, names wrapped. The sheet is
 * the user's once written: not owned, so removing the tool's results leaves it.
 */
export function criteriaPlanSheet(layout: CriteriaSheetLayout): PlanSheet {
  const width = Math.max(...layout.rows.map((r) => r.length), layout.widths.length);
  const cells: (PlanCell | null)[][] = layout.rows.map((values, r) => {
    const line: (PlanCell | null)[] = [];
    for (let c = 0; c < width; c++) {
      const value = values[c];
      const cell: { value?: string | number | null; numberFormat?: string; style?: PlanCell['style'] } = {};
      if (value !== undefined && value !== null && value !== '') cell.value = value;
      if (r === layout.headerRow) cell.style = { bold: true, fill: HEADER_FILL, wrap: true, horizontal: 'center' };
      else if (r < layout.headerRow && c === 0 && values.length > 0) cell.style = { bold: true };
      else if (r > layout.headerRow && c === 1) cell.style = { wrap: true };
      line.push(Object.keys(cell).length === 0 ? null : cell);
    }
    return line;
  });
  // The text format comes in a second block, written after the values: an adapter writes text with
  // a leading apostrophe, which a cell already formatted as text would keep as a character.
  const formats: (PlanCell | null)[][] = [];
  for (let r = layout.headerRow + 1; r < layout.rows.length + SPARE_ROWS; r++) {
    const line: (PlanCell | null)[] = [];
    for (let c = 0; c < width; c++) line.push(layout.textColumns.includes(c) ? { numberFormat: '@' } : null);
    formats.push(line);
  }
  return {
    name: layout.name,
    role: 'criteria',
    owned: false,
    blocks: [
      { row: 0, col: 0, cells },
      { row: layout.headerRow + 1, col: 0, cells: formats },
    ],
    columnWidths: layout.widths.map((w, col) => ({ col, width: w })),
    conditionalFormats: [],
    freeze: { rows: layout.headerRow + 1, cols: 0 },
  };
}
