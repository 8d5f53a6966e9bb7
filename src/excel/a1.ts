import { columnIndex, type MergedArea } from '../domain/api/cells';

/**
 * Parses the addresses Excel returns ("Sheet1!A1:B2", "'My sheet'!C3", "A1") into 0-based
 * rectangles. Whole-row or whole-column addresses ("A:A", "3:3") are not produced by the reads
 * this adapter makes and give null.
 */
export function rectFromAddress(address: string): MergedArea | null {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(local.trim());
  if (!m) return null;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  const lastCol = m[3] ? columnIndex(m[3]) : col;
  const lastRow = m[4] ? Number(m[4]) - 1 : row;
  return {
    row: Math.min(row, lastRow),
    col: Math.min(col, lastCol),
    rowCount: Math.abs(lastRow - row) + 1,
    colCount: Math.abs(lastCol - col) + 1,
  };
}

/** Several areas separated by commas, as RangeAreas.address gives them. */
export function rectsFromAddresses(addresses: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const part of splitAreas(addresses)) {
    const rect = rectFromAddress(part);
    if (rect) out.push(rect);
  }
  return out;
}

/** Splits on commas outside quoted sheet names. */
function splitAreas(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current);
  return parts;
}

export function rectsIntersect(a: MergedArea, b: MergedArea): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}
