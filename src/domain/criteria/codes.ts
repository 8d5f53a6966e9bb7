/**
 * The few code operations the criteria module needs on its own canonical codes. Parsing codes out
 * of sheet cells (roman numerals, "1.10" stored as 1.1, several codes per cell) is parse/codes.ts's
 * job; this stays independent of it so the embedded trees validate without the parser.
 */
export const CODE_PATTERN = /^[1-9]\d*(\.\d+){0,3}$/;

export function codeDepth(code: string): number {
  return code.split('.').length;
}

export function codeParent(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

/** Accepts what a caller may hand over ("2.1.3.", " 7.3.6 ") and returns the bare dotted code. */
export function normalizeCode(raw: string): string {
  // Every lookup of a table's codes comes through here, and nearly all are already bare ("2.4.1"):
  // a code that starts and ends with a digit has no space to trim and no trailing dot to drop.
  const last = raw.length - 1;
  if (last >= 0 && isDigit(raw.charCodeAt(0)) && isDigit(raw.charCodeAt(last))) return raw;
  return raw.trim().replace(/\.+$/, '');
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Numeric per segment, a parent before its children: 1.2 < 1.10, 2 < 2.1 < 2.1.1 < 2.2. */
export function compareCriteriaCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const d = pa[i]! - pb[i]!;
    if (d !== 0) return d;
  }
  return pa.length - pb.length;
}
