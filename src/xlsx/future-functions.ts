/*
 * Functions Excel added after 2007 are stored in the file with the "_xlfn." prefix (ECMA-376 as
 * extended by Microsoft's [MS-XLSX]); without it Excel and LibreOffice read an unknown name and
 * show #NAME?. The plan writes formulas as typed (Office.js takes them so), the file needs the
 * stored form.
 */
const FUTURE_FUNCTIONS = /(?<![A-Za-z0-9_.])(NUMBERVALUE)\(/g;

/** A formula (without "=") as an .xlsx file stores it. String constants are left as they are. */
export function storedFormula(formula: string): string {
  if (!formula.includes('NUMBERVALUE(')) return formula;
  // Split on string constants ("..." with "" inside) so text that mentions a name stays unchanged.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(FUTURE_FUNCTIONS, '_xlfn.$1(')))
    .join('');
}
