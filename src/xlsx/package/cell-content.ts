import type { CellContent } from '../../domain/api/plan';
import { columnIndex } from '../../domain/api/cells';
import { decodeEscapes, itemText, type StringTable } from './shared-strings';
import { attr, findElement, findElements, rootPrefix, unescapeXml } from './xml';

/** What a cell holds as a user sees it: a formula (here without "="), a constant, or null when empty. */
export type { CellContent };

interface ReadCell {
  readonly row: number;
  readonly col: number;
  readonly content: CellContent;
}

function position(ref: string | undefined): { row: number; col: number } | null {
  const m = ref ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref) : null;
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]!.toUpperCase()) } : null;
}

/**
 * A formula shared from its master cell, as written for another cell (Part 1 §18.3.1.40): relative
 * references move by the distance between the cells; text constants and absolute parts stay.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*'!)/)
    .map((piece, i) => {
      if (i % 2 === 1) return piece;
      return piece.replace(/(^|[^A-Za-z0-9_.!$:]|[!:])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (whole, lead: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
        const col = colAbs ? columnIndex(letters) : columnIndex(letters) + cols;
        const row = rowAbs ? Number(digits) : Number(digits) + rows;
        if (col < 0 || row < 1) return whole;
        return `${lead}${colAbs}${columnName(col)}${rowAbs}${row}`;
      });
    })
    .join('');
}

function columnName(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The content of a worksheet's cells, those inside `rect` (0-based, inclusive-exclusive sizes) or
 * all of them. Shared formulas are written out for each cell.
 */
export function readCellContents(
  xml: string,
  strings: StringTable,
  rect?: { readonly row: number; readonly col: number; readonly rowCount: number; readonly colCount: number },
): ReadCell[] {
  const p = rootPrefix(xml);
  const data = findElement(xml, `${p}sheetData`);
  if (!data) return [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const out: ReadCell[] = [];
  let previousRow = -1;
  for (const row of findElements(xml, `${p}row`, data.innerStart, data.innerEnd)) {
    const r = attr(row.startTag, 'r');
    const rowIndex = r !== undefined ? Number(r) - 1 : previousRow + 1;
    previousRow = rowIndex;
    let previousCol = -1;
    for (const cell of findElements(xml, `${p}c`, row.innerStart, row.innerEnd)) {
      const at = position(attr(cell.startTag, 'r')) ?? { row: rowIndex, col: previousCol + 1 };
      previousCol = at.col;
      const f = findElement(xml, `${p}f`, cell.innerStart, cell.innerEnd);
      let formula: string | undefined;
      if (f) {
        const text = unescapeXml(xml.slice(f.innerStart, f.innerEnd));
        const si = attr(f.startTag, 't') === 'shared' ? attr(f.startTag, 'si') : undefined;
        if (si !== undefined && text !== '') masters.set(si, { formula: text, row: at.row, col: at.col });
        const master = si !== undefined && text === '' ? masters.get(si) : undefined;
        // Newer functions are stored with an _xlfn. prefix ([MS-XLSX]) that hosts do not show.
        formula = (master ? shiftFormula(master.formula, at.row - master.row, at.col - master.col) : text).replace(/_xlfn\./g, '');
      }
      const inside = !rect || (at.row >= rect.row && at.row < rect.row + rect.rowCount && at.col >= rect.col && at.col < rect.col + rect.colCount);
      if (!inside) continue;
      if (formula !== undefined) {
        out.push({ ...at, content: { formula } });
        continue;
      }
      out.push({ ...at, content: constant(xml, p, cell, strings) });
    }
  }
  return out;
}

function constant(xml: string, p: string, cell: ReturnType<typeof findElements>[number], strings: StringTable): CellContent {
  const type = attr(cell.startTag, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = findElement(xml, `${p}is`, cell.innerStart, cell.innerEnd);
    const text = is ? itemText(xml, is.innerStart, is.innerEnd) : '';
    return text === '' ? null : text;
  }
  const v = findElement(xml, `${p}v`, cell.innerStart, cell.innerEnd);
  if (!v) return null;
  const raw = unescapeXml(xml.slice(v.innerStart, v.innerEnd));
  if (type === 's') {
    const text = strings.at(Number(raw)) ?? '';
    return text === '' ? null : text;
  }
  if (type === 'b') return raw === '1' || raw === 'true';
  if (type === 'str' || type === 'e') return raw === '' ? null : decodeEscapes(raw);
  const n = Number(raw);
  return raw === '' || Number.isNaN(n) ? null : n;
}
