import { a1, columnLetter } from '../../domain/api/cells';
import { TRANSITIONAL, type Namespaces } from './conformance';
import { Utf8Writer } from './utf8-writer';
import { escapeAttr } from './xml';

type Row<Cell> = readonly (Cell | null | undefined)[] | null | undefined;

/** A worksheet part written whole: the tool's own sheets and its marker sheet. */
interface NewSheet<Cell> {
  /**
   * Cells by 0-based row and column from `first` (row 0 and column 0 by default), in sparse arrays:
   * a missing row or cell, or null, is left out. Either the rows, or how many there are and a
   * function that gives each, asked once, in order (a described block's rows, made as written).
   */
  readonly rows: readonly Row<Cell>[] | { readonly count: number; readonly at: (i: number) => Row<Cell> };
  readonly first?: { readonly row: number; readonly col: number };
  /**
   * A cell's `<c>` element after `<c r="REF` (cell-xml.ts), made as it is written rather than all
   * before: the elements of a large sheet would otherwise all be alive at once, copied by every
   * young-generation collection.
   */
  readonly cellTail: (cell: Cell) => string;
  /** A cell's whole `<c>` element instead, when it has one of its own (a cell kept as the user left it). */
  readonly cellElement?: (cell: Cell) => string | undefined;
  readonly widths: readonly { readonly col: number; readonly width: number }[];
  readonly conditionalFormats: readonly string[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** The workbook's spelling of the namespaces (Transitional when not given). */
  readonly namespaces?: Namespaces;
}


/** The frozen-pane view (Part 1 §18.3.1.66): the pane sits below and right of the frozen rows and columns. */
function sheetView(freeze: NewSheet<unknown>['freeze']): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = a1(freeze.rows, freeze.cols);
  const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

/**
 * The worksheet part's bytes (UTF-8), written as they are made: see Utf8Writer. The rows are
 * written first and the part's head (its dimension, which needs the last row and column) after,
 * put in front: rows given by a function are made once.
 */
export function newSheetPart<Cell>(sheet: NewSheet<Cell>): Uint8Array {
  const top = sheet.first?.row ?? 0;
  const left = sheet.first?.col ?? 0;
  const given = sheet.rows;
  const count = 'count' in given ? given.count : given.length;
  const rowAt = 'count' in given ? given.at : (i: number) => given[i];
  let lastRow = -1;
  let lastCol = 0;
  const out = new Utf8Writer();
  // Column letters and row numbers made once, not for every cell; a row written in one piece.
  const letters: string[] = [];
  const { cellTail, cellElement } = sheet;
  for (let i = 0; i < count; i++) {
    const cells = rowAt(i);
    // A row of no cells is left out, as it has no element to write.
    const last = cells ? lastPresent(cells) : -1;
    if (!cells || last < 0) continue;
    lastRow = top + i;
    lastCol = Math.max(lastCol, left + last);
    const r = String(top + i + 1);
    let line = `<row r="${r}">`;
    for (let c = 0; c <= last; c++) {
      const cell = cells[c];
      if (cell === undefined || cell === null) continue;
      const element = cellElement?.(cell);
      line += element ?? `<c r="${(letters[c] ??= columnLetter(left + c))}${r}${cellTail(cell)}`;
    }
    out.write(`${line}</row>`);
  }
  out.write(
    '</sheetData>' +
      sheet.conditionalFormats.join('') +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '</worksheet>',
  );
  const ns = sheet.namespaces ?? TRANSITIONAL;
  const cols = [...sheet.widths]
    .sort((a, b) => a.col - b.col)
    .map(({ col, width }) => `<col min="${col + 1}" max="${col + 1}" width="${escapeAttr(String(width))}" customWidth="1"/>`)
    .join('');
  return out.bytesAfter(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">` +
      `<dimension ref="${lastRow < 0 ? 'A1' : `A1:${a1(lastRow, lastCol)}`}"/>` +
      sheetView(sheet.freeze) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (cols ? `<cols>${cols}</cols>` : '') +
      '<sheetData>',
  );
}

/** The index of a row's last cell, -1 when it has none. */
function lastPresent(cells: readonly unknown[]): number {
  let i = cells.length - 1;
  while (i >= 0 && (cells[i] === undefined || cells[i] === null)) i--;
  return i;
}
