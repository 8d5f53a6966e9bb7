/**
 * Exact point arithmetic. Points carry at most a few decimals, so every amount is held as an
 * integer count of ten-thousandths: sums of such integers stay exact far beyond any real table,
 * which binary floats (0.1 + 0.2) do not.
 */
export type Fixed = number & { readonly __fixed: unique symbol };

export const FIXED_SCALE = 10_000;

export function fixed(points: number): Fixed {
  return Math.round(points * FIXED_SCALE) as Fixed;
}

export function fixedFromUnits(units: number): Fixed {
  return units as Fixed;
}

export function toPoints(value: Fixed): number {
  return value / FIXED_SCALE;
}

export function addFixed(a: Fixed, b: Fixed): Fixed {
  return (a + b) as Fixed;
}

export function subFixed(a: Fixed, b: Fixed): Fixed {
  return (a - b) as Fixed;
}

export function sumFixed(values: Iterable<Fixed>): Fixed {
  let total = 0;
  for (const v of values) total += v;
  return total as Fixed;
}

const ZERO = 0 as Fixed;

/** Shortest decimal text with a dot ("1.5", "8.67"); the UI formats with the user's locale. */
export function fixedToString(value: Fixed): string {
  return String(toPoints(value));
}
