import { a1, columnLetter } from '../../domain/api/cells';
import { Utf8Writer } from './utf8-writer';
import { escapeAttr } from './xml';

/** A worksheet part written whole: the tool's own sheets and its marker sheet. */
interface NewSheet<Cell> {
  /** Cells by 0-based row and column, in sparse arrays (a missing row or cell is left out). */
  readonly rows: readonly (readonly (Cell | undefined)[] | undefined)[];
  /**
   * A cell's `<c>` element at a reference ("B7"), made as it is written rather than all before: the
   * elements of a large sheet would otherwise all be alive at once, copied by every young-generation
   * collection.
   */
  readonly cellXml: (ref: string, cell: Cell) => string;
  readonly widths: readonly { readonly col: number; readonly width: number }[];
  readonly conditionalFormats: readonly string[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

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

/** The worksheet part's bytes (UTF-8), written as they are made: see Utf8Writer. */
export function newSheetPart<Cell>(sheet: NewSheet<Cell>): Uint8Array {
  let lastRow = -1;
  let lastCol = 0;
  sheet.rows.forEach((cells, row) => {
    if (!cells) return;
    lastRow = row;
    lastCol = Math.max(lastCol, cells.length - 1);
  });
  const cols = [...sheet.widths]
    .sort((a, b) => a.col - b.col)
    .map(({ col, width }) => `<col min="${col + 1}" max="${col + 1}" width="${escapeAttr(String(width))}" customWidth="1"/>`)
    .join('');
  const out = new Utf8Writer();
  out.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<dimension ref="${lastRow < 0 ? 'A1' : `A1:${a1(lastRow, lastCol)}`}"/>` +
      sheetView(sheet.freeze) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (cols ? `<cols>${cols}</cols>` : '') +
      '<sheetData>',
  );
  // Column letters and row numbers made once, not for every cell; a row written in one piece.
  const letters: string[] = [];
  sheet.rows.forEach((cells, row) => {
    if (!cells) return;
    const r = String(row + 1);
    let line = `<row r="${r}">`;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell !== undefined) line += sheet.cellXml((letters[col] ??= columnLetter(col)) + r, cell);
    }
    out.write(`${line}</row>`);
  });
  out.write(
    '</sheetData>' +
      sheet.conditionalFormats.join('') +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '</worksheet>',
  );
  return out.bytes();
}
