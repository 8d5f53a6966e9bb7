import { parseA1 } from '../../domain/api/cells';
import type { PlanSheet } from '../../domain/api/plan';
import type { OpcPackage } from './package';
import { isType, readRels, relTargetPart } from './rels';
import { attr, findElement, findElements, rootPrefix, setAttr } from './xml';

/*
 * An Excel table (a ListObject, ECMA-376 Part 1 §18.5.1.2) names each of its columns in its own part
 * (tableColumn name), and Excel holds that name equal to the text of the column's header cell: a
 * table whose names and header cells differ is "repaired" when the workbook opens. The officer may
 * have made a table over the tool's columns after a run; a re-run that writes other header text into
 * them (its other language) gives those columns of the table the new names.
 */

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';

/** The header texts the plan writes on the table sheet, by 0-based column, with their row. */
function plannedHeaders(sheet: PlanSheet): { row: number; byCol: Map<number, string> } | null {
  const block = sheet.blocks[0];
  if (!block) return null;
  const line = block.rows ? block.rows.row(0) : block.cells[0];
  const byCol = new Map<number, string>();
  (line ?? []).forEach((cell, i) => {
    if (cell && typeof cell.value === 'string' && cell.value !== '') byCol.set(block.col + i, cell.value);
  });
  return byCol.size > 0 ? { row: block.row, byCol } : null;
}

/** Renames the columns of the sheet's tables whose header cells the plan writes with other text. */
export function followTableHeaders(pkg: OpcPackage, sheetPart: string, sheet: PlanSheet): void {
  const headers = plannedHeaders(sheet);
  if (!headers) return;
  for (const rel of readRels(pkg, sheetPart).filter((r) => isType(r, TABLE_REL))) {
    const part = relTargetPart(sheetPart, rel);
    const xml = part ? pkg.text(part) : undefined;
    if (!part || !xml) continue;
    const p = rootPrefix(xml);
    const table = findElement(xml, `${p}table`);
    const [from] = (table ? attr(table.startTag, 'ref') ?? '' : '').split(':');
    const first = from ? parseA1(from.replace(/\$/g, '')) : null;
    // A table without a header row (headerRowCount="0") has no header cells to follow.
    if (!table || !first || first.row !== headers.row || attr(table.startTag, 'headerRowCount') === '0') continue;
    const list = findElement(xml, `${p}tableColumns`, table.innerStart, table.innerEnd);
    const columns = list ? findElements(xml, `${p}tableColumn`, list.innerStart, list.innerEnd) : [];
    const names = columns.map((c) => attr(c.startTag, 'name') ?? '');
    let out = xml;
    // From the last, so the offsets of the ones before stay right.
    for (let i = columns.length - 1; i >= 0; i--) {
      const text = headers.byCol.get(first.col + i);
      if (text === undefined || text === names[i]) continue;
      // Names are unique in a table (compared without case): one already taken is left as it is.
      if (names.some((n, j) => j !== i && n.toLowerCase() === text.toLowerCase())) continue;
      const column = columns[i]!;
      out = out.slice(0, column.start) + setAttr(column.startTag, 'name', text) + out.slice(column.start + column.startTag.length);
      names[i] = text;
    }
    if (out !== xml) pkg.setText(part, out);
  }
}
