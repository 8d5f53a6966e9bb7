import { a1 } from '../../domain/address';
import { escapeAttr } from './xml';

/** A worksheet part written whole: the tool's own sheets and its marker sheet. */
export interface NewSheet {
  /** `<c>` elements by 0-based row, each row's cells in column order. */
  readonly rows: ReadonlyMap<number, readonly { readonly col: number; readonly xml: string }[]>;
  readonly widths: readonly { readonly col: number; readonly width: number }[];
  readonly conditionalFormats: readonly string[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The frozen-pane view (Part 1 §18.3.1.66): the pane sits below and right of the frozen rows and columns. */
function sheetView(freeze: NewSheet['freeze']): string {
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

export function newSheetXml(sheet: NewSheet): string {
  const rows = [...sheet.rows.entries()].sort((a, b) => a[0] - b[0]);
  let lastRow = 0;
  let lastCol = 0;
  const body = rows
    .map(([row, cells]) => {
      lastRow = Math.max(lastRow, row);
      for (const c of cells) lastCol = Math.max(lastCol, c.col);
      return `<row r="${row + 1}">${cells.map((c) => c.xml).join('')}</row>`;
    })
    .join('');
  const cols = [...sheet.widths]
    .sort((a, b) => a.col - b.col)
    .map(({ col, width }) => `<col min="${col + 1}" max="${col + 1}" width="${escapeAttr(String(width))}" customWidth="1"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<dimension ref="${rows.length === 0 ? 'A1' : `A1:${a1(lastRow, lastCol)}`}"/>` +
    sheetView(sheet.freeze) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${body}</sheetData>` +
    sheet.conditionalFormats.join('') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
