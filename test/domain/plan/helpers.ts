import type { PlanCell, PlanSheet, WritePlan } from '../../../src/domain/plan/types';
import { parseA1 } from '../../../src/domain/address';

/** The plan cell written at an A1 address of a plan sheet (later blocks win, as when applied). */
export function planCell(sheet: PlanSheet, address: string): PlanCell | null {
  const at = parseA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  let found: PlanCell | null = null;
  for (const b of sheet.blocks) {
    const cell = b.cells[at.row - b.row]?.[at.col - b.col];
    if (cell) found = cell;
  }
  return found;
}

export function sheetNamed(plan: WritePlan, name: string): PlanSheet {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${plan.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

export function allCells(plan: WritePlan): PlanCell[] {
  return plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flatMap((r) => r.filter((c): c is PlanCell => c !== null))));
}
