import { subFixed, type Fixed } from '../fixed';
import type { CodedRow } from '../score/structure';
import { sumAll, valueOf } from '../score/values';
import type { CellRef, NumericRole, TableRow } from '../table/types';
import { abs, columnLabel, makeFinding, plain, type CheckContext } from './context';
import type { Finding, RuleId } from './types';

const ROLES: readonly NumericRole[] = ['max', 'score', 'target'];

interface SumCheck {
  readonly rule: RuleId;
  /** Message key before the ".rounding" suffix. */
  readonly key: string;
  readonly row: TableRow;
  readonly code: string | null;
  readonly parts: readonly CodedRow[];
}

function compare(ctx: CheckContext, check: SumCheck, role: NumericRole): Finding | null {
  const stated = valueOf(check.row, role);
  const cell: CellRef | undefined = check.row.numbers[role]?.cell;
  if (stated === null || !cell) return null;
  // A child without a value (blank, text that is not a number) makes the sum unknown, not zero.
  const sum = sumAll(check.parts.map((p) => valueOf(p.row, role)));
  if (sum === null || sum === stated) return null;
  const diff: Fixed = abs(subFixed(stated, sum));
  const rounding = diff <= ctx.tolerance;
  return makeFinding(ctx, {
    rule: check.rule,
    severity: rounding ? 'warning' : 'error',
    cell,
    code: check.code,
    expected: plain(sum),
    actual: plain(stated),
    messageKey: rounding ? `${check.key}.rounding` : check.key,
    params: {
      column: columnLabel(ctx, role),
      stated: plain(stated),
      sum: plain(sum),
      difference: plain(diff),
      tolerance: plain(ctx.tolerance),
    },
  });
}

/**
 * subtotal-mismatch for every row with children in the table, total-mismatch for the total row
 * against the top rows; max, score and target are compared independently.
 */
export function sumFindings(ctx: CheckContext): Finding[] {
  const checks: SumCheck[] = [];
  for (const entry of ctx.structure.coded) {
    const parts = ctx.structure.children(entry.canonical);
    if (parts.length === 0) continue;
    checks.push({
      rule: 'subtotal-mismatch',
      key: entry.level === 'area' ? 'finding.subtotal-mismatch.area' : 'finding.subtotal-mismatch',
      row: entry.row,
      code: entry.code,
      parts,
    });
  }
  const total = ctx.structure.totalRow;
  if (total && ctx.structure.roots.length > 0) {
    checks.push({ rule: 'total-mismatch', key: 'finding.total-mismatch', row: total, code: null, parts: ctx.structure.roots });
  }
  const out: Finding[] = [];
  for (const check of checks) {
    for (const role of ROLES) {
      const finding = compare(ctx, check, role);
      if (finding) out.push(finding);
    }
  }
  return out;
}
