import { a1 } from '../../domain/api/cells';
import { ownsNothing, ownsSheet, ownsTableCell, sameSheet } from '../../domain/api/workbook';
import type { OwnershipMarker } from '../../domain/api/marker';
import type { PlanBlock, PlanSheet, WritePlan } from '../../domain/api/plan';
import { PlanApplyError, type ApplyProblem } from '../apply-errors';
import type { OpcPackage } from './package';
import { sharedStrings, type StringTable } from './shared-strings';
import { occupiedCells, sheetFacts } from './sheet-xml';
import { structureLocked, type SheetEntry } from './workbook-part';

/*
 * Everything that would make the write touch the user's data or fail in Excel, checked before the
 * first change, as the add-in checks it.
 */

/** Why the package is refused as a whole (the add-in refuses the same cases), before anything is written. */
export type PackageRefusalReason = 'sheet-protected' | 'workbook-protected' | 'marker-taken';

export class PackageRefusal extends Error {
  constructor(
    readonly reason: PackageRefusalReason,
    readonly sheet: string,
  ) {
    super(`${reason}${sheet ? `: ${sheet}` : ''}`);
    this.name = 'PackageRefusal';
  }
}

export function findSheet(sheets: readonly SheetEntry[], name: string): SheetEntry | undefined {
  return sheets.find((s) => sameSheet(s.name, name));
}

/** Where a plan sheet writes: the positions to look at, and whether a cell is written. */
interface Planned {
  /** Every cell written, by row then column, and for a described block the rest of its rectangle. */
  readonly positions: ReadonlyMap<number, ReadonlySet<number>>;
  /** Whether the plan writes (row, col), one of `positions`. */
  writes(row: number, col: number): boolean;
}

/**
 * A described block (PlanBlock.rows) is looked at as its whole rectangle down to its last row that
 * may hold a cell (PlanRows.filled), not made for its positions: its rows are made once, as the
 * sheet is written. The few rectangle cells found taken are then asked of its rows (a conflict,
 * rarely met).
 */
function planned(sheet: PlanSheet): Planned {
  const exact = new Map<number, Set<number>>();
  const described: PlanBlock[] = [];
  for (const block of sheet.blocks) {
    if (block.rows) {
      described.push(block);
      continue;
    }
    block.cells.forEach((line, dr) =>
      line.forEach((cell, dc) => {
        if (cell === null) return;
        const row = block.row + dr;
        let cols = exact.get(row);
        if (!cols) exact.set(row, (cols = new Set()));
        cols.add(block.col + dc);
      }),
    );
  }
  if (described.length === 0) return { positions: exact, writes: () => true };
  const positions = new Map<number, ReadonlySet<number>>();
  // Sets are shared between rows and never changed: a row two blocks cover gets a union of its own.
  const add = (row: number, cols: ReadonlySet<number>): void => {
    const have = positions.get(row);
    positions.set(row, have ? new Set([...have, ...cols]) : cols);
  };
  for (const [row, cols] of exact) add(row, cols);
  for (const block of described) {
    const cols = new Set(Array.from({ length: block.rows!.width }, (_, dc) => block.col + dc));
    const { filled = block.rows!.height } = block.rows!;
    for (let dr = 0; dr < filled; dr++) add(block.row + dr, cols);
  }
  const writes = (row: number, col: number): boolean =>
    (exact.get(row)?.has(col) ?? false) ||
    described.some((b) => {
      const { rows } = b;
      if (row < b.row || row >= b.row + rows!.height || col < b.col || col >= b.col + rows!.width) return false;
      const cell = rows!.row(row - b.row)[col - b.col];
      return cell !== null && cell !== undefined;
    });
  return { positions, writes };
}

function tableProblems(pkg: OpcPackage, sheet: PlanSheet, entry: SheetEntry, previous: OwnershipMarker | null, strings: StringTable): ApplyProblem[] {
  const xml = entry.part ? pkg.text(entry.part) : undefined;
  if (!xml) return [{ reason: 'missing-sheet', sheet: sheet.name }];
  const { positions, writes } = planned(sheet);
  const { merges } = sheetFacts(xml);
  const taken = new Set<string>();
  for (const { row, col } of occupiedCells(xml, positions, strings)) taken.add(`${row}:${col}`);
  for (const m of merges) {
    for (const [row, cols] of positions) {
      if (row < m.row || row >= m.row + m.rowCount) continue;
      for (const col of cols) if (col >= m.col && col < m.col + m.colCount) taken.add(`${row}:${col}`);
    }
  }
  const problems: ApplyProblem[] = [];
  const sorted = [...taken].map((k) => k.split(':').map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, col] of sorted) {
    if (!ownsTableCell(previous, sheet.name, row, col) && writes(row, col)) problems.push({ reason: 'occupied-cell', sheet: sheet.name, cell: a1(row, col) });
  }
  return problems;
}

function isProtected(pkg: OpcPackage, entry: SheetEntry | undefined): boolean {
  const xml = entry?.part ? pkg.text(entry.part) : undefined;
  return xml !== undefined && sheetFacts(xml).protected;
}

/** Checks everything before the first change, as the add-in does; throws when the plan cannot be applied. */
export function validate(pkg: OpcPackage, workbookPart: string, sheets: readonly SheetEntry[], plan: WritePlan, previous: OwnershipMarker | null, markerExists: boolean): void {
  const problems: ApplyProblem[] = [];
  let structureChanges = false;
  for (const name of plan.deleteSheets) {
    if (!findSheet(sheets, name)) continue;
    if (!ownsSheet(previous, name)) problems.push({ reason: 'not-owned', sheet: name });
    structureChanges = true;
  }
  for (const sheet of plan.sheets) {
    const existing = findSheet(sheets, sheet.name);
    if (sheet.owned) {
      if (!existing) structureChanges = true;
      else if (!ownsSheet(previous, sheet.name)) problems.push({ reason: 'sheet-name-taken', sheet: sheet.name });
      else if (isProtected(pkg, existing)) throw new PackageRefusal('sheet-protected', existing.name);
      continue;
    }
    if (!existing) {
      problems.push({ reason: 'missing-sheet', sheet: sheet.name });
      continue;
    }
    if (isProtected(pkg, existing)) throw new PackageRefusal('sheet-protected', existing.name);
    // A loop, not push(...): a user's values pasted down the tool's columns may be more than a call takes.
    for (const problem of tableProblems(pkg, sheet, existing, previous, sharedStrings(pkg, workbookPart))) problems.push(problem);
  }
  if (previous?.tableSheet && previous.tableRows) {
    const previousTable = findSheet(sheets, previous.tableSheet);
    if (isProtected(pkg, previousTable)) throw new PackageRefusal('sheet-protected', previousTable!.name);
  }
  if (problems.length > 0) throw new PlanApplyError(problems);
  if (markerExists === ownsNothing(plan.marker)) structureChanges = true;
  if (structureChanges && structureLocked(pkg, workbookPart)) throw new PackageRefusal('workbook-protected', '');
}
