import { subFixed, type Fixed } from '../fixed';
import type { CodedRow } from '../score/structure';
import { sumOfRole, valueOf } from '../score/values';
import type { NumericRole, TableRow } from '../table/types';
import { abs, columnLabel, makeFinding, plain, type CheckContext } from './context';
import type { Finding, RuleId } from './types';

function compare(
  ctx: CheckContext,
  rule: RuleId,
  key: string,
  row: TableRow,
  code: string | null,
  parts: readonly CodedRow[],
  role: NumericRole,
  out: Finding[],
): void {
  const field = row.numbers[role];
  const stated = valueOf(row, role);
  if (stated === null || field === null) return;
  const cell = field.cell;
  const sum = sumOfRole(parts, role);
  if (sum === null || sum === stated) return;
  // A repeated code counts as typed; where the parent's figure was written without it (a row
  // pasted twice), the sum without the repeat is the one meant: the duplicate is already a finding.
  if (ctx.structure.repeats.size > 0 && parts.some((p) => ctx.structure.repeats.has(p))) {
    const without = sumOfRole(
      parts.filter((p) => !ctx.structure.repeats.has(p)),
      role,
    );
    if (without === stated) return;
  }
  const diff: Fixed = abs(subFixed(stated, sum));
  const rounding = diff <= ctx.tolerance;
  out.push(
    makeFinding(ctx, {
      rule,
      severity: rounding ? 'warning' : 'error',
      at: cell,
      code,
      expected: plain(sum),
      actual: plain(stated),
      messageKey: rounding ? `${key}.rounding` : key,
      params: {
        column: columnLabel(ctx, role),
        stated: plain(stated),
        sum: plain(sum),
        difference: plain(diff),
        tolerance: plain(ctx.tolerance),
        sheet: ctx.table.layout.sheet,
      },
    }),
  );
}

function compareAll(
  ctx: CheckContext,
  rule: RuleId,
  key: string,
  row: TableRow,
  code: string | null,
  parts: readonly CodedRow[],
  out: Finding[],
  maxRule: { readonly rule: RuleId; readonly key: string } = { rule, key },
): void {
  // max, score and target are compared independently, in that order.
  compare(ctx, maxRule.rule, maxRule.key, row, code, parts, 'max', out);
  compare(ctx, rule, key, row, code, parts, 'score', out);
  compare(ctx, rule, key, row, code, parts, 'target', out);
}

/**
 * subtotal-mismatch for every row with children in the table (max-sum-mismatch for its maximum:
 * the maxima are what the points are measured against, so they must add up themselves),
 * total-mismatch for the total row against the top rows; max, score and target are compared
 * independently. Appended to `out`.
 */
export function sumFindings(ctx: CheckContext, out: Finding[]): void {
  for (const entry of ctx.structure.coded) {
    const parts = ctx.structure.children(entry.canonical);
    if (parts.length === 0) continue;
    const area = entry.level === 'area';
    const key = area ? 'finding.subtotal-mismatch.area' : 'finding.subtotal-mismatch';
    const maxKey = area ? 'finding.max-sum-mismatch.area' : 'finding.max-sum-mismatch';
    compareAll(ctx, 'subtotal-mismatch', key, entry.row, entry.code, parts, out, { rule: 'max-sum-mismatch', key: maxKey });
  }
  const total = ctx.structure.totalRow;
  if (total && ctx.structure.roots.length > 0) {
    compareAll(ctx, 'total-mismatch', 'finding.total-mismatch', total, null, ctx.structure.roots, out);
  }
}
