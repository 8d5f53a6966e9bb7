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
  return raw.trim().replace(/\.+$/, '');
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
