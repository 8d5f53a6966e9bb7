import { rangeA1 } from '../domain/api/cells';
import { sheetKey, MARKER_SHEET } from '../domain/api/workbook';
import { markerCells } from '../domain/api/marker';

/** Rows below the marker cleared on each write: far more pieces than any marker takes. */
const MARKER_TAIL_ROWS = 1000;
import type { Capabilities } from './capabilities';
import type { WriteOp } from './ops';

/** Excel's cellValue operators for the plan's conditional rules. */
const OPERATORS = { lessThan: 'LessThan', greaterThan: 'GreaterThan', notEqual: 'NotEqualTo', equal: 'EqualTo' } as const;

function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/** Queues the Office.js calls of one op; worksheet proxies are shared across the whole write. */
export class Executor {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly caps: Capabilities,
    /** The tool's conditional formats on the table sheet, read before the write, by key (table-formats.ts). */
    private readonly formats: ReadonlyMap<string, Excel.ConditionalFormat> = new Map(),
  ) {}

  private sheet(name: string): Excel.Worksheet {
    const key = sheetKey(name);
    let ws = this.sheets.get(key);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key, ws);
    }
    return ws;
  }

  /** By A1 address (ExcelApi 1.1); the manifest requires 1.7, so getRangeByIndexes would serve as well. */
  private range(sheet: string, row: number, col: number, rowCount: number, colCount: number): Excel.Range {
    return this.sheet(sheet).getRange(rangeA1(row, col, rowCount, colCount));
  }

  /** Down column A in pieces a cell holds; pieces a longer earlier marker left below are cleared. */
  private writeMarker(text: string): void {
    const cells = markerCells(text);
    const ws = this.sheet(MARKER_SHEET);
    ws.getRange(`A${cells.length + 1}:A${cells.length + MARKER_TAIL_ROWS}`).clear('Contents');
    ws.getRange(`A1:A${cells.length}`).values = cells.map((c) => [`'${c}`]);
  }

  queue(op: WriteOp): void {
    switch (op.kind) {
      case 'beginMarker': {
        if (op.create) {
          const ws = this.context.workbook.worksheets.add(MARKER_SHEET);
          ws.visibility = this.caps.visibility ? 'VeryHidden' : 'Hidden';
          this.sheets.set(sheetKey(MARKER_SHEET), ws);
        }
        this.writeMarker(op.text);
        return;
      }
      case 'endMarker':
        this.writeMarker(op.text);
        return;
      case 'deleteMarker':
        this.sheet(MARKER_SHEET).delete();
        this.sheets.delete(sheetKey(MARKER_SHEET));
        return;
      case 'deleteSheet':
        this.sheet(op.sheet).delete();
        this.sheets.delete(sheetKey(op.sheet));
        return;
      case 'addSheet': {
        const ws = this.context.workbook.worksheets.add(op.sheet);
        if (op.hidden) ws.visibility = 'Hidden';
        this.sheets.set(sheetKey(op.sheet), ws);
        return;
      }
      case 'renameSheet': {
        const ws = this.sheet(op.sheet);
        ws.name = op.to;
        ws.visibility = op.visibility;
        this.sheets.delete(sheetKey(op.sheet));
        this.sheets.set(sheetKey(op.to), ws);
        return;
      }
      case 'copyRect': {
        // Planned only where the host has Range.copyFrom (set-aside.ts): refuse rather than queue a call Excel would reject.
        if (!this.caps.copyFrom) throw new Error('copyRect needs Range.copyFrom (ExcelApi 1.9)');
        const source = this.range(op.from, op.rect.row, op.rect.col, op.rect.rowCount, op.rect.colCount);
        this.range(op.to, op.rect.row, op.rect.col, op.rect.rowCount, op.rect.colCount).copyFrom(source, 'All');
        return;
      }
      case 'clearSheet': {
        const ws = this.sheet(op.sheet);
        const all = ws.getRange();
        if (this.caps.conditionalFormats) all.conditionalFormats.clearAll();
        all.clear('All');
        if (this.caps.freezePanes) ws.freezePanes.unfreeze();
        return;
      }
      case 'clearRect': {
        const range = this.range(op.sheet, op.rect.row, op.rect.col, op.rect.rowCount, op.rect.colCount);
        if (op.keepFormats) {
          // clear('All') and clear('Formats') take conditional formats with the other formatting
          // (ClearApplyTo: "Clears all formatting"); a cell style holds none, so the Normal style
          // (BuiltInStyle.normal, Range.style, ExcelApi 1.7) resets the cells' own formatting and
          // leaves the user's conditional formats over them.
          range.clear('Contents');
          range.clear('Hyperlinks');
          range.style = 'Normal';
          return;
        }
        if (this.caps.conditionalFormats) range.conditionalFormats.clearAll();
        range.clear('All');
        return;
      }
      case 'deleteFormats':
        for (const key of op.keys) this.formats.get(key)?.delete();
        return;
      case 'formulas':
        this.range(op.sheet, op.row, op.col, op.cells.length, op.cells[0]?.length ?? 1).formulas = op.cells as unknown[][];
        return;
      case 'fillFormula':
        // A scalar applies to every cell of the range; R1C1 makes one text right for every row.
        this.range(op.sheet, op.rect.row, op.rect.col, op.rect.rowCount, op.rect.colCount).formulasR1C1 = op.input as unknown as unknown[][];
        return;
      case 'fillNumberFormat':
        this.range(op.sheet, op.rect.row, op.rect.col, op.rect.rowCount, op.rect.colCount).numberFormat = op.format as unknown as unknown[][];
        return;
      case 'numberFormat':
        this.range(op.sheet, op.row, op.col, op.cells.length, op.cells[0]?.length ?? 1).numberFormat = op.cells as unknown[][];
        return;
      case 'style': {
        const format = this.range(op.sheet, op.rect.row, op.rect.col, op.rect.rowCount, op.rect.colCount).format;
        const s = op.style;
        if (s.bold !== undefined) format.font.bold = s.bold;
        if (s.italic !== undefined) format.font.italic = s.italic;
        if (s.fontColor) format.font.color = s.fontColor;
        if (op.underline) format.font.underline = 'Single';
        if (s.fill) format.fill.color = s.fill;
        if (s.wrap !== undefined) format.wrapText = s.wrap;
        if (s.horizontal) format.horizontalAlignment = s.horizontal === 'left' ? 'Left' : s.horizontal === 'center' ? 'Center' : 'Right';
        return;
      }
      case 'link':
        if (this.caps.hyperlinks) this.range(op.sheet, op.row, op.col, 1, 1).hyperlink = { documentReference: op.target, textToDisplay: op.text };
        return;
      case 'columnWidth': {
        const column = this.range(op.sheet, 0, op.col, 1, 1).getEntireColumn();
        column.format.columnWidth = op.points;
        // Microsoft's reference does not say whether a width shows a hidden column: said explicitly.
        column.columnHidden = op.hidden ?? false;
        return;
      }
      case 'conditionalFormat': {
        if (!this.caps.conditionalFormats) return;
        const cf = this.sheet(op.sheet).getRange(op.format.range).conditionalFormats.add('CellValue');
        const rule = op.format.rule;
        cf.cellValue.rule =
          rule.type === 'cellIs'
            ? { formula1: withEquals(rule.formula), operator: OPERATORS[rule.operator] }
            : { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
        const s = op.format.style;
        if (s.fill) cf.cellValue.format.fill.color = s.fill;
        if (s.fontColor) cf.cellValue.format.font.color = s.fontColor;
        if (s.bold !== undefined) cf.cellValue.format.font.bold = s.bold;
        if (s.italic !== undefined) cf.cellValue.format.font.italic = s.italic;
        return;
      }
      case 'freeze': {
        if (!this.caps.freezePanes) return;
        const panes = this.sheet(op.sheet).freezePanes;
        if (op.rows > 0 && op.cols > 0) panes.freezeAt(this.range(op.sheet, 0, 0, op.rows, op.cols));
        else if (op.rows > 0) panes.freezeRows(op.rows);
        else panes.freezeColumns(op.cols);
        return;
      }
    }
  }
}
