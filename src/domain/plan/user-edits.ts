import { a1 } from '../address';
import { fingerprint, fingerprintWith, planContent, type CellContent, type TextPrints } from './fingerprint';
import { ownsSheet, sameSheet } from './ownership';
import { formulaBeforeRename } from './renamed-table';
import { sheetKey } from './sheet-names';
import type { KeptCell, OwnershipMarker, PlanBlock, WritePlan } from './types';
import { cellKey, indexCells, printLookup, type CellIndex } from './written';

/*
 * A re-run must not lose what an officer typed into the tool's cells (a note in its column, a line
 * on its summary sheet). Before writing, an adapter reads the tool's cells the plan would clear,
 * overwrite or delete (areasToRead), hands their content to findUserEdits, and, when edits are
 * found, stops unless the user chose: overwrite them, or keep them (keepUserEdits: those cells are
 * neither cleared nor written, and a sheet holding one is not deleted; the next run asks again).
 */

export type UserEditsChoice = 'keep' | 'overwrite';

/** Part of the workbook an adapter must read: a rectangle, or a sheet's whole used range. */
export interface AreaToRead {
  readonly sheet: string;
  readonly rect: { readonly row: number; readonly col: number; readonly rowCount: number; readonly colCount: number } | 'used';
}

/** Content an adapter read, top-left at (row, col). */
export interface AreaContent {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly CellContent[])[];
}

export interface UserEdit {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** A1 address, for messages. */
  readonly cell: string;
}

export interface UserEdits {
  readonly edits: readonly UserEdit[];
  /**
   * False when the marker recorded no fingerprints for some of these cells (it predates them):
   * any cell whose content this run changes is then counted as possibly the user's.
   */
  readonly certain: boolean;
  /**
   * True when rows were inserted into or deleted from the table since the last run (its last row is
   * not where the marker records it, WritePlan.grownTable): the tool's cells below them moved with
   * them, so some of these may be the tool's own output, moved.
   */
  readonly tableResized?: boolean;
}

/** The tool's existing cells this plan clears, rewrites or deletes. */
export function areasToRead(plan: WritePlan, previous: OwnershipMarker | null, existingSheets: readonly string[]): AreaToRead[] {
  if (!previous) return [];
  const exists = (name: string) => existingSheets.some((s) => sameSheet(s, name));
  const out: AreaToRead[] = [];
  const { tableSheet, tableRows } = previous;
  if (tableSheet && tableRows && plan.clearTableColumns.length > 0 && exists(tableSheet)) {
    const first = Math.min(...plan.clearTableColumns);
    const last = Math.max(...plan.clearTableColumns);
    out.push({ sheet: tableSheet, rect: { row: tableRows.first, col: first, rowCount: tableRows.last - tableRows.first + 1, colCount: last - first + 1 } });
  }
  const touched = [...plan.deleteSheets, ...plan.sheets.filter((s) => s.owned).map((s) => s.name)];
  for (const name of previous.sheets) {
    if (exists(name) && touched.some((t) => sameSheet(t, name))) out.push({ sheet: name, rect: 'used' });
  }
  return out;
}

/**
 * For one area, what each cell holds once the plan is applied, or undefined when the plan leaves
 * the cell alone. Decided once per area, so each cell costs a lookup.
 */
function finalContents(plan: WritePlan, previous: OwnershipMarker, sheet: string): ((row: number, col: number) => CellContent | undefined) | null {
  const planSheet = plan.sheets.find((s) => sameSheet(s.name, sheet));
  const index: CellIndex = indexCells(planSheet);
  const after = (row: number, col: number) => planContent(index.get(row, col));
  if (previous.tableSheet !== null && sameSheet(previous.tableSheet, sheet)) {
    const rows = previous.tableRows;
    const cleared = new Set(plan.clearTableColumns);
    if (!rows) return null;
    return (row, col) => (cleared.has(col) && row >= rows.first && row <= rows.last ? after(row, col) : undefined);
  }
  if (!ownsSheet(previous, sheet)) return null;
  if (planSheet) return after;
  return plan.deleteSheets.some((d) => sameSheet(d, sheet)) ? () => null : null;
}

/** A formula's text as fingerprints read it: without the "=" a plan writes and a package does not store. */
function formulaText(formula: string): string {
  return formula.charCodeAt(0) === 0x3d ? formula.slice(1) : formula;
}

/**
 * Contents that surely have the same fingerprint, told without making it: a re-run finds most of
 * the tool's cells as it wrote them, and fingerprinting both sides of each normalised every formula
 * twice.
 */
function sameContent(a: CellContent, b: CellContent): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return formulaText(a.formula) === formulaText(b.formula);
  return a === b;
}

/**
 * The cells whose content the plan would change and that the tool did not write as they are now:
 * the user's. Without fingerprints (an older marker), every such cell holding something counts.
 */
export function findUserEdits(plan: WritePlan, previous: OwnershipMarker | null, contents: readonly AreaContent[]): UserEdits {
  if (!previous) return { edits: [], certain: true };
  const recorded = printLookup(previous.written);
  // The tool's formulas naming a table sheet renamed since were rewritten by the host: not edits.
  const renamed = plan.renamedTable;
  const grown = plan.grownTable;
  const edits: UserEdit[] = [];
  let certain = true;
  // An adapter may hand one sheet over in several bands: each sheet's plan cells are indexed once.
  const bySheet = new Map<string, ReturnType<typeof finalContents>>();
  const texts: TextPrints = new Map();
  // The package writer hands every cell over as an area of its own: the sheet's key is made once
  // for a run of areas on one sheet, not for each cell.
  let lastSheet: string | undefined;
  let finalContent: ReturnType<typeof finalContents> = null;
  for (const area of contents) {
    if (area.sheet !== lastSheet) {
      const key = sheetKey(area.sheet);
      if (!bySheet.has(key)) bySheet.set(key, finalContents(plan, previous, area.sheet));
      finalContent = bySheet.get(key)!;
      lastSheet = area.sheet;
    }
    const contentAfter = finalContent;
    if (!contentAfter) continue;
    area.cells.forEach((line, r) =>
      line.forEach((content, c) => {
        if (content === null || content === '') return;
        const row = area.row + r;
        const col = area.col + c;
        const planned = contentAfter(row, col);
        if (planned === undefined || sameContent(content, planned)) return;
        const after = fingerprintWith(texts, planned, row);
        const now = fingerprint(content, row);
        if (now === after) return;
        const tool = recorded.at(area.sheet, row, col);
        if (tool === now) return;
        if (renamed && tool !== null && typeof content === 'object' && fingerprint({ formula: formulaBeforeRename(content.formula, renamed) }, row) === tool) return;
        // Below the rows the marker records, in rows the table grew by, the tool wrote nothing: known, not unsure.
        const belowRecorded = grown !== undefined && row > grown.from && sameSheet(area.sheet, grown.sheet);
        if (tool === null && !belowRecorded) certain = false;
        edits.push({ sheet: area.sheet, row, col, cell: a1(row, col) });
      }),
    );
  }
  const shrunk = previous.tableRows !== null && plan.marker.tableRows !== null && plan.marker.tableRows.last < previous.tableRows.last;
  return { edits, certain, ...((grown || shrunk) && edits.length > 0 ? { tableResized: true } : {}) };
}

function withoutCells(block: PlanBlock, kept: ReadonlySet<string>): PlanBlock {
  let changed = false;
  const cells = block.cells.map((line, r) =>
    line.map((cell, c) => {
      if (cell && kept.has(cellKey(block.row + r, block.col + c))) {
        changed = true;
        return null;
      }
      return cell;
    }),
  );
  // Made anew, not spread: a described block's rows (PlanBlock.rows) would still hold the kept cells.
  return changed ? { row: block.row, col: block.col, cells } : block;
}

/**
 * The plan that leaves the user's edits where they are: those cells are neither cleared nor
 * written, and a sheet holding one is kept (still the tool's, so the next run asks again).
 */
export function keepUserEdits(plan: WritePlan, edits: readonly UserEdit[], previous: OwnershipMarker | null): WritePlan {
  if (edits.length === 0) return plan;
  const keep: KeptCell[] = edits.map(({ sheet, row, col }) => ({ sheet, row, col }));
  const keptOn = (name: string) => new Set(keep.filter((k) => sameSheet(k.sheet, name)).map((k) => cellKey(k.row, k.col)));
  const sheets = plan.sheets.map((sheet) => {
    const kept = keptOn(sheet.name);
    return kept.size === 0 ? sheet : { ...sheet, blocks: sheet.blocks.map((b) => withoutCells(b, kept)) };
  });
  const spared = plan.deleteSheets.filter((name) => keep.some((k) => sameSheet(k.sheet, name)));
  const deleteSheets = plan.deleteSheets.filter((name) => !spared.includes(name));
  const sparedAreas = spared.flatMap((name) => previous?.written?.filter((w) => sameSheet(w.sheet, name)) ?? []);
  const marker = {
    ...plan.marker,
    sheets: [...plan.marker.sheets, ...spared],
    ...(plan.marker.written ? { written: [...plan.marker.written, ...sparedAreas] } : {}),
  };
  return { ...plan, marker, sheets, deleteSheets, keep: [...(plan.keep ?? []), ...keep] };
}

/** The cells a plan keeps on one sheet. */
export function keptOn(plan: WritePlan, sheet: string): KeptCell[] {
  return (plan.keep ?? []).filter((k) => sameSheet(k.sheet, sheet));
}
