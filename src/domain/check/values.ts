import type { Fixed } from '../fixed';
import type { CodedRow } from '../score/structure';
import { fieldValue, NUMERIC_ROLES } from '../score/values';
import type { NumberField, NumericRole, TableRow } from '../table/types';
import { columnLabel, makeFinding, plain, type CheckContext } from './context';
import type { Finding } from './types';

/**
 * not-a-number, formula-not-calculated, number-as-text and negative-value: what each numeric cell holds, one by one
 * (max, score, target), appended to `out`.
 */
export function cellValueFindings(ctx: CheckContext, row: TableRow, code: string | null, out: Finding[]): void {
  for (const role of NUMERIC_ROLES) {
    const field = row.numbers[role];
    if (field !== null) cellFindings(ctx, field, role, code, out);
  }
}

function cellFindings(ctx: CheckContext, field: NumberField, role: NumericRole, code: string | null, out: Finding[]): void {
  const { parse } = field;
  if (parse.status === 'invalid') {
    const column = columnLabel(ctx, role);
    out.push(
      makeFinding(ctx, 'not-a-number', ctx.isScoreTable ? 'error' : 'warning', field.cell, code, null, parse.raw, 'finding.not-a-number', {
        column,
        raw: parse.raw,
      }),
    );
    return;
  }
  if (parse.status === 'uncalculated') {
    out.push(
      makeFinding(ctx, 'formula-not-calculated', ctx.isScoreTable ? 'error' : 'warning', field.cell, code, null, parse.raw, 'finding.formula-not-calculated', {
        column: columnLabel(ctx, role),
        formula: parse.raw,
      }),
    );
    return;
  }
  if (parse.status !== 'ok') return;
  if (parse.storedAsText) {
    out.push(
      makeFinding(ctx, 'number-as-text', 'warning', field.cell, code, null, parse.raw, 'finding.number-as-text', {
        column: columnLabel(ctx, role),
        raw: parse.raw,
        value: plain(parse.value),
      }),
    );
  }
  if (parse.value < 0) {
    out.push(
      makeFinding(ctx, 'negative-value', 'error', field.cell, code, null, plain(parse.value), 'finding.negative-value', {
        column: columnLabel(ctx, role),
        value: plain(parse.value),
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
    makeFinding(ctx, rule, 'error', field.cell, code, plain(limit), plain(value), `finding.${rule}`, {
      [role]: plain(value),
      max: plain(limit),
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
      makeFinding(ctx, 'max-mismatch', 'error', maxField.cell, code, plain(treeMax), plain(stated), 'finding.max-mismatch', {
        stated: plain(stated),
        expected: plain(treeMax),
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
      makeFinding(ctx, 'target-below-score', 'warning', targetField.cell, code, plain(score), plain(target), 'finding.target-below-score', {
        target: plain(target),
        score: plain(score),
      }),
    );
  }
}
