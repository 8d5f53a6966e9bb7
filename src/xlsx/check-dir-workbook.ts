import ExcelJS from 'exceljs';
import { EMPTY_MARKER, type OwnershipMarker } from '../domain/api/marker';
import type { PlanSheet } from '../domain/api/plan';
import { isToolOutputSheets } from '../domain/api/workbook';
import { applyPlan } from './apply';

/**
 * A new workbook holding only the given sheets, written through the same plan adapter as the
 * scored copies. Its marker owns every sheet and no table: a later folder check recognises it as
 * the tool's own output (see isToolOutput) instead of reporting it as a workbook without a table.
 */
export function checkDirWorkbook(sheets: readonly PlanSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'par-scorer';
  const marker: OwnershipMarker = { ...EMPTY_MARKER, sheets: sheets.map((s) => s.name) };
  applyPlan(wb, { marker, sheets, deleteSheets: [], clearTableColumns: [] });
  return wb;
}

/** True when every sheet of the workbook was created by the tool and it holds no table of the user's. */
export function isToolOutput(wb: ExcelJS.Workbook, marker: OwnershipMarker | null): boolean {
  return isToolOutputSheets(wb.worksheets.map((ws) => ws.name), marker);
}
