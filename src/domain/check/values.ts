import type { Fixed } from '../fixed';
import type { CodedRow } from '../score/structure';
import { valueOf } from '../score/values';
import type { NumericRole, TableRow } from '../table/types';
import { columnLabel, makeFinding, plain, type CheckContext } from './context';
import type { Finding } from './types';

const ROLES: readonly NumericRole[] = ['max', 'score', 'target'];

/** not-a-number, number-as-text and negative-value: what each numeric cell holds, one by one. */
export function cellValueFindings(ctx: CheckContext, row: TableRow, code: string | null): Finding[] {
  const out: Finding[] = [];
  for (const role of ROLES) {
    const field = row.numbers[role];
    if (!field) continue;
    const column = columnLabel(ctx, role);
    const { parse } = field;
    if (parse.status === 'invalid') {
      out.push(
        makeFinding(ctx, {
          rule: 'not-a-number',
          severity: ctx.isScoreTable ? 'error' : 'warning',
          cell: field.cell,
          code,
          actual: parse.raw,
          params: { column, raw: parse.raw },
        }),
      );
      continue;
    }
    if (parse.status !== 'ok') continue;
    if (parse.storedAsText) {
      out.push(
        makeFinding(ctx, {
          rule: 'number-as-text',
          severity: 'warning',
          cell: field.cell,
          code,
          actual: parse.raw,
          params: { column, raw: parse.raw, value: plain(parse.value) },
        }),
      );
    }
    if (parse.value < 0) {
      out.push(
        makeFinding(ctx, {
          rule: 'negative-value',
          severity: 'error',
          cell: field.cell,
          code,
          actual: plain(parse.value),
          params: { column, value: plain(parse.value) },
        }),
      );
    }
  }
  return out;
}

function exceeds(
  ctx: CheckContext,
  row: TableRow,
  code: string | null,
  role: 'score' | 'target',
  limit: Fixed | null,
): Finding[] {
  const value = valueOf(row, role);
  const field = row.numbers[role];
  if (value === null || limit === null || !field || value <= limit) return [];
  return [
    makeFinding(ctx, {
      rule: role === 'score' ? 'score-exceeds-max' : 'target-exceeds-max',
      severity: 'error',
      cell: field.cell,
      code,
      expected: plain(limit),
      actual: plain(value),
      params: { [role]: plain(value), max: plain(limit) },
    }),
  ];
}

/** Values measured against each other and against the tree: max-mismatch, exceeds, target-below-score. */
export function rowValueFindings(ctx: CheckContext, row: TableRow, entry: CodedRow | undefined): Finding[] {
  const out: Finding[] = [];
  const code = entry?.code ?? row.code.codes[0] ?? null;
  const stated = valueOf(row, 'max');
  const treeMax = entry?.node?.max ?? null;
  const maxField = row.numbers.max;
  if (stated !== null && treeMax !== null && stated !== treeMax && maxField) {
    out.push(
      makeFinding(ctx, {
        rule: 'max-mismatch',
        severity: 'error',
        cell: maxField.cell,
        code,
        expected: plain(treeMax),
        actual: plain(stated),
        params: { stated: plain(stated), expected: plain(treeMax) },
      }),
    );
  }
  const limit = stated ?? treeMax;
  out.push(...exceeds(ctx, row, code, 'score', limit), ...exceeds(ctx, row, code, 'target', limit));
  const score = valueOf(row, 'score');
  const target = valueOf(row, 'target');
  const targetField = row.numbers.target;
  if (score !== null && target !== null && target < score && targetField) {
    out.push(
      makeFinding(ctx, {
        rule: 'target-below-score',
        severity: 'warning',
        cell: targetField.cell,
        code,
        expected: plain(score),
        actual: plain(target),
        params: { target: plain(target), score: plain(score) },
      }),
    );
  }
  return out;
}
