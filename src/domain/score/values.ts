import { sumFixed, type Fixed } from '../fixed';
import type { NumberField, NumericRole, TableRow } from '../table/types';

export const NUMERIC_ROLES: readonly NumericRole[] = ['max', 'score', 'target'];

/** The stated value of a numeric cell, when it holds a usable number. */
export function valueOf(row: TableRow | undefined, role: NumericRole): Fixed | null {
  return row === undefined ? null : fieldValue(row.numbers[role]);
}

/** valueOf for a field already at hand. */
export function fieldValue(field: NumberField | null): Fixed | null {
  const parse = field?.parse;
  return parse?.status === 'ok' ? parse.value : null;
}

/**
 * sumAll of one role over the rows' stated values, read straight from the rows (no list of values
 * in between): null when there are none or one has no value, since a part without one (blank, text
 * that is not a number) makes the sum unknown, not zero.
 */
export function sumOfRole(parts: readonly { readonly row: TableRow }[], role: NumericRole): Fixed | null {
  if (parts.length === 0) return null;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const value = valueOf(parts[i]!.row, role);
    if (value === null) return null;
    total += value;
  }
  return total as Fixed;
}

/**
 * Exact sum that refuses to guess: null when there is nothing to add or any value is missing, since a
 * sum over part of the children would be compared with, or shown as, a total it is not.
 */
function sumAll(values: readonly (Fixed | null)[]): Fixed | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return sumFixed(values as readonly Fixed[]);
}

/** Sum of the values that are known; null when none is. For reports, where a blank cell is just unknown. */
export function sumKnown(values: readonly (Fixed | null)[]): Fixed | null {
  return sumKnownOf(values, (v) => v);
}

/** sumKnown of one field of each item, without a list of the field's values in between. */
export function sumKnownOf<T>(items: readonly T[], field: (item: T) => Fixed | null): Fixed | null {
  let total = 0;
  let any = false;
  for (const item of items) {
    const v = field(item);
    if (v === null) continue;
    total += v;
    any = true;
  }
  return any ? (total as Fixed) : null;
}

export function difference(a: Fixed | null, b: Fixed | null): Fixed | null {
  return a === null || b === null ? null : ((a - b) as Fixed);
}

/** score / max as a percentage with two decimals, from integers so no float drift reaches the digits. */
export function percentOf(score: Fixed | null, max: Fixed | null): number | null {
  if (score === null || max === null || max === 0) return null;
  return Math.round((score * 10_000) / max) / 100;
}
