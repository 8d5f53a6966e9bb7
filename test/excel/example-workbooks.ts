import path from 'path';
import type { FakeSheetSpec, FakeWorkbookSpec } from '../fakes';
import { loadWorkbook } from '../support/cli';

export const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'examples');

type Scalar = string | number | boolean | null;

function scalarOf(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((p) => p.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return scalarOf(v.result);
    if (v.error) return v.error;
    if (v.text !== undefined) return scalarOf(v.text);
  }
  return null;
}

/** An example .xlsx as a fake workbook spec: values (formula results), formulas, number formats, merges. */
export async function exampleSpec(file: string): Promise<FakeWorkbookSpec> {
  const wb = await loadWorkbook(path.resolve(EXAMPLES_DIR, file));
  const sheets: FakeSheetSpec[] = wb.worksheets.map((ws) => {
    const cells: Scalar[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = scalarOf(cell.value);
        const formula = typeof cell.formula === 'string' && cell.formula !== '' ? `=${cell.formula}` : null;
        if (value === null && formula === null) return;
        (cells[r - 1] ??= [])[c - 1] = value;
        if (formula) (formulas[r - 1] ??= [])[c - 1] = formula;
        if (cell.numFmt && cell.numFmt !== 'General') (numberFormats[r - 1] ??= [])[c - 1] = cell.numFmt;
      });
    });
    const dense = <T>(rows: T[][], fill: T): T[][] => Array.from({ length: rows.length }, (_, i) => Array.from(rows[i] ?? [], (v) => (v === undefined ? fill : v)));
    const visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
    return {
      name: ws.name,
      cells: dense(cells, null),
      formulas: dense(formulas, null),
      numberFormats: dense(numberFormats, null),
      merges: [...(ws.model.merges ?? [])],
      visibility,
    };
  });
  return { name: file, sheets };
}
