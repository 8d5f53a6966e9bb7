/** A1-style addresses from absolute 0-based coordinates. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeA1(row: number, col: number, rowCount: number, colCount: number): string {
  const start = a1(row, col);
  if (rowCount === 1 && colCount === 1) return start;
  return `${start}:${a1(row + rowCount - 1, col + colCount - 1)}`;
}

/** Parses "B7" into absolute 0-based coordinates; null when it is not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** Sheet-qualified reference usable in formulas and hyperlinks: 'Sheet name'!B7 */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.includes("'") ? sheet.replace(/'/g, "''") : sheet}'!${address}`;
}
