import ExcelJS from 'exceljs';
import type { OwnershipMarker, PlanSheet, WritePlan } from '../../src/domain/plan/types';
import { recordWritten } from '../../src/domain/plan/written';

/*
 * One user workbook and one write plan for both .xlsx writers' tests (the exceljs adapter,
 * test/xlsx/apply.test.ts, and the package writer, test/xlsx/package/apply-plan.test.ts): what a
 * reader sees of the written cells must be the same, so they are given the same plans.
 */

/** The user's sheet: a code column, a score column and a note the tool must never touch. */
export function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng điểm');
  ws.addRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm']);
  ws.addRow(['1.1', 'Kế hoạch CCHC', 1.5, 1]);
  ws.addRow(['1.2', 'Báo cáo CCHC', 0.5, 0.5]);
  ws.getCell('B2').font = { italic: true };
  return wb;
}

export function marker(partial: Partial<OwnershipMarker>): OwnershipMarker {
  return { tool: 'par-scorer', version: 1, tableSheet: null, tableColumns: [], tableRows: null, sheets: [], ...partial };
}

/** Columns E:F of rows 1-3: a header, then "points lost" formulas with their cached values. */
export function tableSheet(rows = 3): PlanSheet {
  const cells = [
    [{ value: 'Điểm bị mất', style: { bold: true, fill: '#DDEBF7' } }, { value: 'Ghi chú công cụ', style: { bold: true } }],
    [{ formula: '=C2-D2', cached: 0.5, numberFormat: '0.00' }, { value: "=cmd|' /C calc'!A0" }],
    [{ formula: '=C3-D3', cached: 0, numberFormat: '0.00' }, { value: '+84 912 345 678' }],
  ].slice(0, rows);
  return {
    name: 'Bảng điểm',
    role: 'table',
    owned: false,
    blocks: [{ row: 0, col: 4, cells }],
    columnWidths: [{ col: 4, width: 14 }],
    conditionalFormats: [
      { range: `E2:E${rows}`, rule: { type: 'cellIs', operator: 'greaterThan', formula: '0' }, style: { fill: '#FCE4D6' } },
    ],
  };
}

export function summarySheet(name = 'Tổng hợp'): PlanSheet {
  return {
    name,
    role: 'summary',
    owned: true,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [{ value: 'Tổng điểm', style: { bold: true } }, { formula: "=SUM('Bảng điểm'!D2:D3)", cached: 1.5 }],
          [{ value: 'Xem bảng', link: { sheet: 'Bảng điểm', cell: 'A1' } }, null],
        ],
      },
    ],
    columnWidths: [{ col: 0, width: 30 }],
    conditionalFormats: [{ range: 'B1', rule: { type: 'textEquals', text: 'Lỗi' }, style: { fontColor: '#C00000' } }],
    freeze: { rows: 1, cols: 0 },
  };
}

export function firstPlan(): WritePlan {
  const owned = marker({ tableSheet: 'Bảng điểm', tableColumns: [4, 5], tableRows: { first: 0, last: 2 }, sheets: ['Tổng hợp'] });
  const sheets = [tableSheet(), summarySheet()];
  return {
    // As buildWritePlan makes it: with fingerprints of what it writes, so a second run can tell
    // the tool's own cells from a user's (a marker without them is treated as possibly the user's).
    marker: { ...owned, written: recordWritten(owned, sheets, null) },
    sheets,
    deleteSheets: [],
    clearTableColumns: [],
  };
}
