import type { Fixed } from '../fixed';
import type { CodedRow } from '../score/structure';
import { fieldValue } from '../score/values';
import type { NumberField, NumericRole, TableRow } from '../table/types';
import { columnLabel, makeFinding, plain, type CheckContext } from './context';
import type { Finding } from './types';

/**
 * not-a-number, formula-not-calculated, number-as-text and negative-value: what each numeric cell holds, one by one
 * (max, score, target), appended to `out`.
 */
export function cellValueFindings(ctx: CheckContext, row: TableRow, code: string | null, out: Finding[]): void {
  // The three roles written out, in NUMERIC_ROLES' order (score/values.ts): called for every row, this ran as an
  // iterator loop and a keyed load per role while the run was still too young to optimise it.
  const { max, score, target } = row.numbers;
  if (max !== null) cellFindings(ctx, max, 'max', code, out);
  if (score !== null) cellFindings(ctx, score, 'score', code, out);
  if (target !== null) cellFindings(ctx, target, 'target', code, out);
}

function cellFindings(ctx: CheckContext, field: NumberField, role: NumericRole, code: string | null, out: Finding[]): void {
  const { parse } = field;
  if (parse.status === 'invalid') {
    const column = columnLabel(ctx, role);
    out.push(
      makeFinding(ctx, {
        rule: 'not-a-number',
        severity: ctx.isScoreTable ? 'error' : 'warning',
        at: field.cell,
        code,
        actual: parse.raw,
        messageKey: 'finding.not-a-number',
        params: { column, raw: parse.raw },
      }),
    );
    return;
  }
  if (parse.status === 'uncalculated') {
    out.push(
      makeFinding(ctx, {
        rule: 'formula-not-calculated',
        severity: ctx.isScoreTable ? 'error' : 'warning',
        at: field.cell,
        code,
        actual: parse.raw,
        messageKey: 'finding.formula-not-calculated',
        params: { column: columnLabel(ctx, role), formula: parse.raw },
      }),
    );
    return;
  }
  if (parse.status !== 'ok') return;
  if (parse.storedAsText) {
    out.push(
      makeFinding(ctx, {
        rule: 'number-as-text',
        severity: 'warning',
        at: field.cell,
        code,
        actual: parse.raw,
        messageKey: 'finding.number-as-text',
        params: { column: columnLabel(ctx, role), raw: parse.raw, value: plain(parse.value) },
      }),
    );
  }
  if (parse.value < 0) {
    out.push(
      makeFinding(ctx, {
        rule: 'negative-value',
        severity: 'error',
        at: field.cell,
        code,
        actual: plain(parse.value),
        messageKey: 'finding.negative-value',
        params: { column: columnLabel(ctx, role), value: plain(parse.value) },
      }),
    );
  }
}

function exceeds(
  ctx: CheckContext,
  field: NumberField | null,
  code: string | null,
  role: 'score' | 'target',
  limit: Fixed | null,
  out: Finding[],
): void {
  const value = fieldValue(field);
  if (value === null || limit === null || !field || value <= limit) return;
  const rule = role === 'score' ? 'score-exceeds-max' : 'target-exceeds-max';
  out.push(
    makeFinding(ctx, {
      rule,
      severity: 'error',
      at: field.cell,
      code,
      expected: plain(limit),
      actual: plain(value),
      messageKey: `finding.${rule}`,
      params: { [role]: plain(value), max: plain(limit) },
    }),
  );
}

/**
 * Values measured against each other and against the tree: max-mismatch, exceeds, target-below-score,
 * appended to `out`.
 */
export function rowValueFindings(ctx: CheckContext, row: TableRow, entry: CodedRow | undefined, out: Finding[], repeat = false): void {
  const code = entry?.code ?? row.code.codes[0] ?? null;
  const maxField = row.numbers.max;
  const scoreField = row.numbers.score;
  const targetField = row.numbers.target;
  const stated = fieldValue(maxField);
  const treeMax = repeat ? null : (entry?.node?.max ?? null);
  if (stated !== null && treeMax !== null && stated !== treeMax && maxField) {
    out.push(
      makeFinding(ctx, {
        rule: 'max-mismatch',
        severity: 'error',
        at: maxField.cell,
        code,
        expected: plain(treeMax),
        actual: plain(stated),
        messageKey: 'finding.max-mismatch',
        params: { stated: plain(stated), expected: plain(treeMax) },
      }),
    );
  }
  const limit = stated ?? treeMax;
  exceeds(ctx, scoreField, code, 'score', limit, out);
  exceeds(ctx, targetField, code, 'target', limit, out);
  const score = fieldValue(scoreField);
  const target = fieldValue(targetField);
  if (score !== null && target !== null && target < score && targetField) {
    out.push(
      makeFinding(ctx, {
        rule: 'target-below-score',
        severity: 'warning',
        at: targetField.cell,
        code,
        expected: plain(score),
        actual: plain(target),
        messageKey: 'finding.target-below-score',
        params: { target: plain(target), score: plain(score) },
      }),
    );
  }
}
