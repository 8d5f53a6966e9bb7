import { subFixed, type Fixed } from '../fixed';
import type { CodedRow } from '../score/structure';
import type { NumberField, NumericRole, TableRow } from '../table/types';
import { abs, columnLabel, makeFinding, plain, type CheckContext } from './context';
import type { Finding, RuleId } from './types';

function fieldOf(row: TableRow, role: NumericRole): NumberField | undefined {
  // Named reads: the numbers objects of a table differ in shape, a keyed read by role would not stay fast.
  return role === 'max' ? row.numbers.max : role === 'score' ? row.numbers.score : row.numbers.target;
}

function valueIn(field: NumberField | undefined): Fixed | null {
  const parse = field?.parse;
  return parse?.status === 'ok' ? parse.value : null;
}

/**
 * The exact sum of the parts' values (score/values' sumAll): null when a part has no value, since a
 * child without one (blank, text that is not a number) makes the sum unknown, not zero.
 */
function partsSum(parts: readonly CodedRow[], role: NumericRole): Fixed | null {
  if (parts.length === 0) return null;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const value = valueIn(fieldOf(parts[i]!.row, role));
    if (value === null) return null;
    total += value;
  }
  return total as Fixed;
}

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
  const field = fieldOf(row, role);
  const stated = valueIn(field);
  const cell = field?.cell;
  if (stated === null || !cell) return;
  const sum = partsSum(parts, role);
  if (sum === null || sum === stated) return;
  // A repeated code counts as typed; where the parent's figure was written without it (a row
  // pasted twice), the sum without the repeat is the one meant: the duplicate is already a finding.
  if (ctx.structure.repeats.size > 0 && parts.some((p) => ctx.structure.repeats.has(p))) {
    const without = partsSum(
      parts.filter((p) => !ctx.structure.repeats.has(p)),
      role,
    );
    if (without === stated) return;
  }
  const diff: Fixed = abs(subFixed(stated, sum));
  const rounding = diff <= ctx.tolerance;
  out.push(
    makeFinding(ctx, rule, rounding ? 'warning' : 'error', cell, code, plain(sum), plain(stated), rounding ? `${key}.rounding` : key, {
      column: columnLabel(ctx, role),
      stated: plain(stated),
      sum: plain(sum),
      difference: plain(diff),
      tolerance: plain(ctx.tolerance),
      sheet: ctx.table.layout.sheet,
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
