import type ExcelJS from 'exceljs';
import { a1 } from '../domain/api/cells';
import { MARKER_SHEET, ownsNothing, ownsSheet, ownsTableCell, sameSheet } from '../domain/api/workbook';
import type { CellStyle, ConditionalFormat, PlanCell, PlanSheet, WritePlan } from '../domain/api/plan';
import { markerCells, serializeMarker, type OwnershipMarker } from '../domain/api/marker';
import { hyperlinkFormula } from './link-formula';
import { PlanApplyError, type ApplyProblem } from './apply-errors';
import { storedFormula } from './future-functions';
import { readMarker } from './read';

export { PlanApplyError, type ApplyProblem };

/** Excel compares sheet names ignoring case. */
function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => sameSheet(ws.name, name));
}

function isOccupied(ws: ExcelJS.Worksheet, row: number, col: number): boolean {
  const cell = ws.findCell(row + 1, col + 1);
  if (!cell) return false;
  if (cell.isMerged) return true;
  const value = cell.value;
  return value !== null && value !== undefined && value !== '';
}

function validate(wb: ExcelJS.Workbook, plan: WritePlan, previous: OwnershipMarker | null): ApplyProblem[] {
  const problems: ApplyProblem[] = [];
  for (const name of plan.deleteSheets) {
    if (findWorksheet(wb, name) && !ownsSheet(previous, name)) problems.push({ reason: 'not-owned', sheet: name });
  }
  for (const sheet of plan.sheets) {
    const existing = findWorksheet(wb, sheet.name);
    if (sheet.owned) {
      if (existing && !ownsSheet(previous, sheet.name)) problems.push({ reason: 'sheet-name-taken', sheet: sheet.name });
      continue;
    }
    if (!existing) {
      problems.push({ reason: 'missing-sheet', sheet: sheet.name });
      continue;
    }
    for (const block of sheet.blocks) {
      block.cells.forEach((line, dr) => {
        line.forEach((planCell, dc) => {
          if (planCell === null) return;
          const row = block.row + dr;
          const col = block.col + dc;
          if (isOccupied(existing, row, col) && !ownsTableCell(previous, sheet.name, row, col)) {
            problems.push({ reason: 'occupied-cell', sheet: sheet.name, cell: a1(row, col) });
          }
        });
      });
    }
  }
  return problems;
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap) {
    alignment.wrapText = true;
    alignment.vertical = 'top';
  }
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  return out;
}

function literalValue(value: PlanCell['value']): ExcelJS.CellValue {
  // exceljs stores a JS string as a shared string, never parsing it: text such as "=1+1" stays text.
  return value ?? null;
}

function writeCell(ws: ExcelJS.Worksheet, row: number, col: number, planCell: PlanCell): void {
  const cell = ws.getCell(row + 1, col + 1);
  if (planCell.formula !== undefined) {
    const formula = storedFormula(planCell.formula.replace(/^=/, ''));
    const cached = planCell.cached;
    cell.value = cached === null || cached === undefined ? { formula } : { formula, result: cached };
  } else if (planCell.link) {
    const text = planCell.value === null || planCell.value === undefined ? '' : String(planCell.value);
    const formula = hyperlinkFormula(planCell.link, text);
    // Too long for any formula: the text alone, still styled as a link.
    cell.value = formula !== null ? { formula, result: text } : text;
  } else {
    cell.value = literalValue(planCell.value);
  }
  const style: Partial<ExcelJS.Style> = planCell.style ? toExcelStyle(planCell.style) : {};
  if (planCell.link && !planCell.style?.fontColor) {
    style.font = { ...(style.font ?? {}), color: { argb: 'FF0563C1' }, underline: true };
  }
  if (planCell.numberFormat) style.numFmt = planCell.numberFormat;
  cell.style = style;
}

function conditionalRule(cf: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  const style = toExcelStyle(cf.style);
  if (cf.style.fill) {
    // Conditional formats use the background colour of a solid fill.
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) } };
  }
  if (cf.rule.type === 'cellIs') {
    // exceljs writes the operator through unchanged; its typings omit "notEqual".
    const operator = cf.rule.operator as ExcelJS.CellIsRuleType['operator'];
    return { type: 'cellIs', operator, formulae: [cf.rule.formula.replace(/^=/, '')], priority, style };
  }
  const quoted = `"${cf.rule.text.replace(/"/g, '""')}"`;
  return { type: 'cellIs', operator: 'equal', formulae: [quoted], priority, style };
}

function rangeColumns(range: string): { first: number; last: number } | null {
  const letters = range
    .split(/[\s:]+/)
    .map((part) => /^\$?([A-Z]+)/i.exec(part.replace(/^.*!/, ''))?.[1])
    .filter((l): l is string => l !== undefined);
  if (letters.length === 0) return null;
  const cols = letters.map((l) => {
    let n = 0;
    for (const ch of l.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  });
  return { first: Math.min(...cols), last: Math.max(...cols) };
}

/** Clears what the previous run wrote into the user's table sheet (values, styles, its conditional formats). */
function clearTableColumns(wb: ExcelJS.Workbook, plan: WritePlan, previous: OwnershipMarker | null): void {
  if (!previous?.tableSheet) return;
  const ws = findWorksheet(wb, previous.tableSheet);
  if (!ws) return;
  // Every column the previous run owned is cleared, not only the dropped ones: the kept ones are
  // rewritten anyway, and a shorter table must not leave stale rows behind.
  const columns = new Set<number>([...plan.clearTableColumns, ...previous.tableColumns]);
  if (previous.tableRows) {
    for (let row = previous.tableRows.first; row <= previous.tableRows.last; row++) {
      for (const col of columns) {
        const cell = ws.findCell(row + 1, col + 1);
        if (!cell) continue;
        cell.value = null;
        cell.style = {};
      }
    }
  }
  ws.removeConditionalFormatting((cf: { ref: string }) => {
    const span = rangeColumns(cf.ref);
    if (!span) return true;
    for (let col = span.first; col <= span.last; col++) if (!columns.has(col)) return true;
    return false;
  });
}

/** exceljs keeps a sheet's conditional formats in a field its typings omit. */
type WorksheetWithFormats = ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

/** exceljs keeps a sheet's tab position in an untyped orderNo field. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

function freshOwnedSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const existing = findWorksheet(wb, name);
  if (!existing) return wb.addWorksheet(name);
  const position = (existing as OrderedWorksheet).orderNo;
  wb.removeWorksheet(existing.id);
  const created = wb.addWorksheet(name) as OrderedWorksheet;
  created.orderNo = position;
  return created;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: PlanSheet): void {
  for (const block of sheet.blocks) {
    block.cells.forEach((line, dr) => {
      line.forEach((planCell, dc) => {
        if (planCell) writeCell(ws, block.row + dr, block.col + dc, planCell);
      });
    });
  }
  for (const { col, width } of sheet.columnWidths) ws.getColumn(col + 1).width = width;
  const basePriority = (ws as WorksheetWithFormats).conditionalFormattings.reduce(
    (max, cf) => Math.max(max, ...cf.rules.map((r) => r.priority ?? 0)),
    0,
  );
  sheet.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({ ref: cf.range, rules: [conditionalRule(cf, basePriority + i + 1)] });
  });
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: sheet.freeze.cols,
        ySplit: sheet.freeze.rows,
        topLeftCell: a1(sheet.freeze.rows, sheet.freeze.cols),
      },
    ];
  }
}

function writeMarker(wb: ExcelJS.Workbook, marker: OwnershipMarker): void {
  const existing = findWorksheet(wb, MARKER_SHEET);
  if (ownsNothing(marker)) {
    if (existing) wb.removeWorksheet(existing.id);
    return;
  }
  const ws = existing ?? wb.addWorksheet(MARKER_SHEET);
  ws.state = 'veryHidden';
  const cells = markerCells(serializeMarker(marker));
  for (let row = cells.length + 1; row <= ws.rowCount; row++) ws.getCell(row, 1).value = null;
  cells.forEach((text, i) => {
    ws.getCell(i + 1, 1).value = text;
  });
}

/** Deleting sheets can leave the workbook's active tab pointing past the end or at a hidden sheet. */
function repairActiveTab(wb: ExcelJS.Workbook): void {
  const sheets = wb.worksheets;
  const firstVisible = Math.max(
    0,
    sheets.findIndex((ws) => ws.state === 'visible' || ws.state === undefined),
  );
  for (const view of wb.views ?? []) {
    const active = view.activeTab ?? 0;
    const target = sheets[active];
    if (!target || target.state === 'veryHidden' || target.state === 'hidden') view.activeTab = firstVisible;
    if ((view.firstSheet ?? 0) >= sheets.length) view.firstSheet = 0;
  }
}

/**
 * Applies a write plan to an exceljs workbook, following the order documented on WritePlan. Every
 * check runs before the first write, so a refused plan leaves the workbook exactly as it was. Only
 * a folder check's new consolidated workbook is written this way; a scored copy of the user's
 * workbook is written by ./package/, which also looks for the user's edits in the tool's cells.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const previous = readMarker(wb);
  const problems = validate(wb, plan, previous);
  if (problems.length > 0) throw new PlanApplyError(problems);

  for (const name of plan.deleteSheets) {
    const ws = findWorksheet(wb, name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  clearTableColumns(wb, plan, previous);
  for (const sheet of plan.sheets) {
    const ws = sheet.owned ? freshOwnedSheet(wb, sheet.name) : findWorksheet(wb, sheet.name);
    if (!ws) continue;
    writeSheet(ws, sheet);
  }
  writeMarker(wb, plan.marker);
  repairActiveTab(wb);
}
