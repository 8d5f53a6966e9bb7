import type { OwnershipMarker } from '../../domain/api/marker';
import { areasToRead, findUserEdits, type WritePlan, type AreaContent, type UserEdits } from '../../domain/api/plan';
import { readCellContents } from './cell-content';
import type { OpcPackage } from './package';
import { sharedStrings } from './shared-strings';
import { findSheet } from './validate-plan';
import type { SheetEntry } from './workbook-part';

/**
 * The user's edits among the tool's cells this plan would clear, rewrite or delete (the first step
 * documented on WritePlan), read from the package before anything is changed.
 */
export function userEditsInPackage(
  pkg: OpcPackage,
  workbookPart: string,
  sheets: readonly SheetEntry[],
  plan: WritePlan,
  previous: OwnershipMarker | null,
): UserEdits {
  const areas = areasToRead(plan, previous, sheets.map((s) => s.name));
  if (areas.length === 0) return { edits: [], certain: true };
  const strings = sharedStrings(pkg, workbookPart);
  const contents: AreaContent[] = [];
  for (const area of areas) {
    const entry = findSheet(sheets, area.sheet);
    const xml = entry?.part ? pkg.text(entry.part) : undefined;
    if (!entry || !xml) continue;
    // Only the cells the sheet stores are read, each handed over as an area of its own.
    for (const cell of readCellContents(xml, strings, area.rect === 'used' ? undefined : area.rect)) {
      contents.push({ sheet: entry.name, row: cell.row, col: cell.col, cells: [[cell.content]] });
    }
  }
  return findUserEdits(plan, previous, contents);
}
