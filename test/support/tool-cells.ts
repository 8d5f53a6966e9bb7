import { a1 } from '../../src/domain/address';
import { parseMarker } from '../../src/domain/plan/marker';
import { MARKER_SHEET, type OwnershipMarker } from '../../src/domain/plan/types';
import { isErrorValue, sameTo4Decimals, type CellValue, type JudgedWorkbook } from './libreoffice';

/** A formula cell the tool wrote, as LibreOffice recalculated it. */
export interface ToolFormula {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
  readonly cached: CellValue;
  readonly value: CellValue;
}

export function markerOf(book: JudgedWorkbook): OwnershipMarker | null {
  const meta = book.sheets.find((s) => s.name === MARKER_SHEET);
  const text = meta?.values['A1'];
  return typeof text === 'string' ? parseMarker(text) : null;
}

/**
 * Every formula the tool wrote, found through the marker the tool left: all of its own sheets, and
 * its columns over its rows on the user's table sheet (the user's own formulas are not judged).
 */
export function toolFormulas(book: JudgedWorkbook): ToolFormula[] {
  const marker = markerOf(book);
  if (!marker) throw new Error(`${book.file}: no marker, so no cell is known to be the tool's`);
  const owned = new Set(marker.sheets.map((s) => s.toLocaleLowerCase()));
  const tableCells = new Set<string>();
  if (marker.tableRows) {
    for (let row = marker.tableRows.first; row <= marker.tableRows.last; row++) {
      for (const col of marker.tableColumns) tableCells.add(a1(row, col));
    }
  }
  const out: ToolFormula[] = [];
  for (const sheet of book.sheets) {
    const isTable = marker.tableSheet !== null && sheet.name.toLocaleLowerCase() === marker.tableSheet.toLocaleLowerCase();
    if (!owned.has(sheet.name.toLocaleLowerCase()) && !isTable) continue;
    for (const [cell, formula] of Object.entries(sheet.formulas)) {
      if (!owned.has(sheet.name.toLocaleLowerCase()) && !tableCells.has(cell)) continue;
      out.push({ sheet: sheet.name, cell, formula, cached: sheet.cached[cell] ?? null, value: sheet.values[cell] ?? null });
    }
  }
  return out;
}

function blank(v: CellValue): boolean {
  return v === null || v === '';
}

/** Why a recalculated formula is wrong (an error value, or not the figure the tool cached), or null. */
export function disagreement(f: ToolFormula): string | null {
  if (isErrorValue(f.value)) return `${f.value}`;
  if (blank(f.cached) && blank(f.value)) return null;
  if (typeof f.cached === 'number' && typeof f.value === 'number') {
    return sameTo4Decimals(f.cached, f.value) ? null : `${f.value} where the tool wrote ${f.cached}`;
  }
  return f.cached === f.value ? null : `${JSON.stringify(f.value)} where the tool wrote ${JSON.stringify(f.cached)}`;
}

/** "Sheet!H18: #VALUE! (=SUM(...))" for each disagreement, to show in a failed expectation. */
export function disagreements(book: JudgedWorkbook): string[] {
  return toolFormulas(book).flatMap((f) => {
    const why = disagreement(f);
    return why === null ? [] : [`${f.sheet}!${f.cell}: ${why} (${f.formula})`];
  });
}
