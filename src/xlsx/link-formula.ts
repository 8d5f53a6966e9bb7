import { sheetRef } from '../domain/api/cells';
import { MAX_FORMULA_LENGTH, MAX_FORMULA_TEXT } from '../domain/api/plan';

/** Characters per formula constant: under Excel's limit even when every one is a doubled quote. */
const CONSTANT_PIECE = Math.floor(MAX_FORMULA_TEXT / 2);

/** A text as a formula constant; a longer one is joined from pieces ("…"&"…") of CONSTANT_PIECE. */
export function excelString(text: string): string {
  const quote = (piece: string): string => (piece.includes('"') ? `"${piece.replace(/"/g, '""')}"` : `"${piece}"`);
  // Code units bound code points from above: most texts are decided without splitting them.
  if (text.length <= CONSTANT_PIECE) return quote(text);
  const chars = Array.from(text);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += CONSTANT_PIECE) pieces.push(quote(chars.slice(i, i + CONSTANT_PIECE).join('')));
  return pieces.join('&');
}

/**
 * A link to a cell of the workbook as a HYPERLINK formula (without "="), not a hyperlink
 * relationship: some Excel builds open in-document relationship targets as files. Null when the
 * formula would be too long for Excel (the "=" counts too): the text alone is written then.
 */
export function hyperlinkFormula(link: { readonly sheet: string; readonly cell: string }, text: string): string | null {
  const formula = `HYPERLINK(${targetString(link.sheet, link.cell)},${excelString(text)})`;
  return formula.length < MAX_FORMULA_LENGTH ? formula : null;
}

/** The last sheet a link pointed at, as a target's start ("#'Sheet'!") and as a constant's: a sheet's links all go to one sheet. */
let lastSheet: { readonly sheet: string; readonly prefix: string; readonly quoted: string } | null = null;

/** excelString(`#${sheetRef(sheet, cell)}`), the sheet's part quoted once for all its links. */
function targetString(sheet: string, cell: string): string {
  if (lastSheet?.sheet !== sheet) {
    const prefix = `#${sheetRef(sheet, '')}`;
    lastSheet = { sheet, prefix, quoted: prefix.replace(/"/g, '""') };
  }
  const { prefix, quoted } = lastSheet;
  if (prefix.length + cell.length > CONSTANT_PIECE || cell.includes('"')) return excelString(prefix + cell);
  return `"${quoted}${cell}"`;
}
