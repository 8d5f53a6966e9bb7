import { a1, columnLetter } from '../address';
import type { CriteriaIndex } from '../criteria/types';
import type { Fixed } from '../fixed';
import { formatPointsPlain } from '../parse/number';
import type { TableStructure } from '../score/structure';
import type { CellRef, ColumnRole, ReadTable } from '../table/types';
import type { Finding, MessageParams, RuleId, Severity } from './types';

/** What every rule needs: the table, the tree, the table's own parent/child structure. */
export interface CheckContext {
  readonly table: ReadTable;
  readonly index: CriteriaIndex;
  readonly structure: TableStructure;
  readonly tolerance: Fixed;
  readonly isScoreTable: boolean;
}

export interface FindingInput {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly cell: CellRef;
  readonly code: string | null;
  readonly expected?: string | null;
  readonly actual?: string | null;
  /** Defaults to `finding.<rule>`. */
  readonly messageKey?: string;
  readonly params?: MessageParams;
}

export function makeFinding(ctx: CheckContext, input: FindingInput): Finding {
  const cell = a1(input.cell.row, input.cell.col);
  return {
    rule: input.rule,
    severity: input.severity,
    sheet: ctx.table.layout.sheet,
    cell,
    row: input.cell.row + 1,
    col: input.cell.col,
    code: input.code,
    expected: input.expected ?? null,
    actual: input.actual ?? null,
    messageKey: input.messageKey ?? `finding.${input.rule}`,
    params: { cell, ...(input.code === null ? {} : { code: input.code }), ...input.params },
  };
}

/** The header as the sheet prints it ("Điểm năm 2019"), so a message names the column the user sees. */
export function columnLabel(ctx: CheckContext, role: ColumnRole): string {
  const match = ctx.table.layout.columns.find((c) => c.role === role);
  if (!match) return role;
  return match.header.trim() !== '' ? match.header.trim() : columnLetter(match.col);
}

export function columnOf(ctx: CheckContext, role: ColumnRole): number | null {
  return ctx.table.layout.columns.find((c) => c.role === role)?.col ?? null;
}

export const plain = formatPointsPlain;

export function abs(value: Fixed): Fixed {
  return (value < 0 ? -value : value) as Fixed;
}
