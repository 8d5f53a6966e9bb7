import type { WorkbookModel } from './model';

/*
 * Excel rewrites every formula of the workbook that refers to a sheet when the sheet is renamed
 * ('Phụ lục I'!D7 becomes 'Bảng điểm 2020'!D7), in its code only: a text constant that happens to
 * name the sheet (the target of HYPERLINK("#'Phụ lục I'!A7", ...)) stays as it was, and so does a
 * cell's hyperlink. The fake does the same, so an adapter sees the workbook a rename leaves.
 */

/** A sheet name as a formula writes it: bare when Excel allows it, else quoted with '' for a quote. */
function referenceName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The formula with references to sheet `from` made to `to`, text constants left alone. */
export function renameInFormula(formula: string, from: string, to: string): string {
  const quoted = `'${escapeRegExp(from.replace(/'/g, "''"))}'!`;
  // Bare only when nothing of a name or a function stands right before it.
  const bare = `(?<![A-Za-z0-9_.'\\u00C0-\\uFFFF])${escapeRegExp(from)}!`;
  const reference = new RegExp(`${quoted}|${bare}`, 'giu');
  const replacement = `${referenceName(to)}!`;
  return formula
    .split(/("(?:[^"]|"")*"?)/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(reference, replacement)))
    .join('');
}

export function renameReferences(wb: WorkbookModel, from: string, to: string): void {
  if (from === to) return;
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula !== null) cell.formula = renameInFormula(cell.formula, from, to);
  }
}
