/**
 * A bounded memo for pure functions of one string. A sheet repeats the same texts (agency names,
 * deadlines, headers, criterion names) on thousands of rows and several reader steps look at each
 * cell: computing each distinct text once keeps a long sheet linear and cheap. The map is emptied
 * when full rather than grown, so a huge sheet's texts are not held forever.
 *
 * Only for functions whose result is never mutated by callers (return a copy where one may be).
 */
export function memoizeText<T>(fn: (input: string) => T, limit = 50_000): (input: string) => T {
  const memo = new Map<string, T>();
  return (input) => {
    // One lookup on a hit; has() only when the stored result itself may be undefined.
    const hit = memo.get(input);
    if (hit !== undefined || memo.has(input)) return hit as T;
    const out = fn(input);
    if (memo.size >= limit) memo.clear();
    memo.set(input, out);
    return out;
  };
}
