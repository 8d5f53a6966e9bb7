/**
 * A bounded memo for pure functions of one string. A sheet repeats the same texts (agency names,
 * deadlines, headers, criterion names) on thousands of rows and several reader steps look at each
 * cell: computing each distinct text once keeps a long sheet linear and cheap. The map is emptied
 * when full rather than grown, so a huge sheet's texts are not held forever. The default bound is
 * above the distinct texts of a 50,000-row sheet: at 50,000 a sheet's names alone filled the
 * map, which was emptied over and over within one read and missed on every lookup.
 *
 * Only for functions whose result is never mutated by callers (return a copy where one may be).
 */
export function memoizeText<T>(fn: (input: string) => T, limit = 200_000): (input: string) => T {
  return textMemo(fn, limit).get;
}

/** memoizeText, with a way to ask for a text's result only when it is already known (one lookup). */
export interface TextMemo<T> {
  readonly get: (input: string) => T;
  /** The stored result, or undefined when the text was not computed yet (for functions that never return undefined). */
  readonly peek: (input: string) => T | undefined;
}

export function textMemo<T>(fn: (input: string) => T, limit = 200_000): TextMemo<T> {
  const memo = new Map<string, T>();
  return {
    get: (input) => {
      // One lookup on a hit; has() only when the stored result itself may be undefined.
      const hit = memo.get(input);
      if (hit !== undefined || memo.has(input)) return hit as T;
      const out = fn(input);
      if (memo.size >= limit) memo.clear();
      memo.set(input, out);
      return out;
    },
    // One lookup where has() then get() took two: asked of most cells of every row (headers.ts).
    peek: (input) => memo.get(input),
  };
}

/**
 * memoizeText for a pure function of two strings, keyed by the two in turn: a key joined from both
 * would be a new string per call, and the callers ask once per sheet row. Bounded the same way:
 * emptied when it holds `limit` results.
 */
export function memoizeTextPair<T>(fn: (a: string, b: string) => T, limit = 200_000): (a: string, b: string) => T {
  const memo = new Map<string, Map<string, T>>();
  let size = 0;
  return (a, b) => {
    let byB = memo.get(a);
    if (byB !== undefined) {
      const hit = byB.get(b);
      if (hit !== undefined || byB.has(b)) return hit as T;
    }
    const out = fn(a, b);
    if (size >= limit) {
      memo.clear();
      size = 0;
      byB = undefined;
    }
    if (byB === undefined) {
      byB = new Map();
      memo.set(a, byB);
    }
    byB.set(b, out);
    size++;
    return out;
  };
}
