/** min / median / max of repeated runs: the median is what targets are checked against (noisy machine). */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly runs: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spread of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

export function fmtSpread(s: Spread, unit: string, digits = 1): string {
  const f = (v: number) => v.toFixed(digits);
  return `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)}, n=${s.runs})`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
