import { columnLetter } from '../address';
import type { CriteriaIndex, CriteriaNode } from '../criteria/types';
import type { Fixed } from '../fixed';
import { formatPointsPlain } from '../parse/number';
import type { TableStructure } from '../score/structure';
import type { CellRef, ColumnMatch, ColumnRole, ReadTable } from '../table/types';
import type { Finding, MessageParams, RuleId, Severity } from './types';

/** What every rule needs: the table, the tree, the table's own parent/child structure. */
export interface CheckContext {
  readonly table: ReadTable;
  readonly index: CriteriaIndex;
  readonly structure: TableStructure;
  readonly tolerance: Fixed;
  readonly isScoreTable: boolean;
  /** The first column matched to each role (what columns.find gives), looked up once per table. */
  readonly columns: ReadonlyMap<ColumnRole, ColumnMatch>;
  /** Column letters by absolute column, filled as findings need them. */
  readonly letters: string[];
  /**
   * Per distinct name, the node it clearly names, or null (check/codes.ts, `suggestion`): a table of
   * codes outside the set asks for the same few names on thousands of rows.
   */
  readonly named: Map<string, CriteriaNode | null>;
}

export function makeContext(table: ReadTable, index: CriteriaIndex, structure: TableStructure, tolerance: Fixed): CheckContext {
  const columns = new Map<ColumnRole, ColumnMatch>();
  for (const c of table.layout.columns) if (!columns.has(c.role)) columns.set(c.role, c);
  return { table, index, structure, tolerance, isScoreTable: table.layout.shape === 'score', columns, letters: [], named: new Map() };
}

function cellAddress(ctx: CheckContext, cell: CellRef): string {
  // What address.a1 gives; a sheet's findings sit in a handful of columns, so each letter is made once.
  let letter = ctx.letters[cell.col];
  if (letter === undefined) {
    letter = columnLetter(cell.col);
    if (cell.col >= 0 && cell.col < 1 << 14) ctx.letters[cell.col] = letter;
  }
  return letter + String(cell.row + 1);
}

/** What a rule says of one cell: makeFinding adds the sheet, the cell's address and the message's cell and code. */
interface FindingSpec {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly at: CellRef;
  readonly code: string | null;
  /** Values as plain dotted decimals or text; left out when not applicable. */
  readonly expected?: string | null;
  readonly actual?: string | null;
  readonly messageKey: string;
  /** The message's own parameters, after the cell and the code that lead every message's. */
  readonly params?: MessageParams;
}

/**
 * One finding. The spec is a literal made at the call, read once here and kept nowhere: beside the
 * finding itself it is one short-lived object, which dies in the young generation.
 */
export function makeFinding(ctx: CheckContext, spec: FindingSpec): Finding {
  const { at, code } = spec;
  const cell = cellAddress(ctx, at);
  const all: Record<string, string | number> = code === null ? { cell } : { cell, code };
  if (spec.params !== undefined) Object.assign(all, spec.params);
  return finding(ctx, spec.rule, spec.severity, at, cell, code, spec.expected ?? null, spec.actual ?? null, spec.messageKey, all);
}

/**
 * unknown-code, what a table of codes outside the set holds on nearly every row: its parameters made
 * in one literal, the cell and the code first as makeFinding puts them, rather than a spec, a params
 * literal and a copy of it grown by Object.assign per finding.
 */
export function unknownCodeFinding(ctx: CheckContext, at: CellRef, code: string, severity: Severity, suggested: CriteriaNode | null): Finding {
  const cell = cellAddress(ctx, at);
  return suggested === null
    ? finding(ctx, 'unknown-code', severity, at, cell, code, null, null, 'finding.unknown-code', { cell, code })
    : finding(ctx, 'unknown-code', severity, at, cell, code, suggested.code, null, 'finding.unknown-code.suggest', {
        cell,
        code,
        suggestedCode: suggested.code,
        suggestedName: suggested.name,
      });
}

function finding(
  ctx: CheckContext,
  rule: RuleId,
  severity: Severity,
  at: CellRef,
  cell: string,
  code: string | null,
  expected: string | null,
  actual: string | null,
  messageKey: string,
  params: MessageParams,
): Finding {
  return { rule, severity, sheet: ctx.table.layout.sheet, cell, row: at.row + 1, col: at.col, code, expected, actual, messageKey, params };
}

/** The header as the sheet prints it ("Điểm năm 2019"), so a message names the column the user sees. */
export function columnLabel(ctx: CheckContext, role: ColumnRole): string {
  const match = ctx.columns.get(role);
  if (!match) return role;
  return match.header.trim() !== '' ? match.header.trim() : columnLetter(match.col);
}

export function columnOf(ctx: CheckContext, role: ColumnRole): number | null {
  return ctx.columns.get(role)?.col ?? null;
}

export const plain = formatPointsPlain;

export function abs(value: Fixed): Fixed {
  return (value < 0 ? -value : value) as Fixed;
}
