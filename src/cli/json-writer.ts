/**
 * Writes a value as JSON.stringify(value, null, 2) would, in pieces: a 200,000-row report is never
 * one string in memory. Long arrays and the objects around them are written a few elements at a
 * time; everything else is stringified whole and re-indented (JSON text never holds a raw line break).
 *
 * Pieces are handed on at 16 K characters. Vietnamese text is stored two bytes a character, and a
 * string over 128 KB is made directly in V8's old generation, where it waits for a full collection
 * instead of dying young: with 64 K pieces and batches of 256 tasks the 200,000-row report's peak
 * RSS was 15-25 MB higher.
 */
const CHUNK = 16 * 1024;

/**
 * A list whose elements are made only as they are written: a report's long lists (one entry per
 * task row) are never all in memory as objects. JSON.stringify sees an ordinary array.
 */
export class JsonList<T> {
  constructor(
    readonly length: number,
    readonly at: (index: number) => T,
  ) {}

  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}
const WHOLE_BELOW = 64;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Worth writing piece by piece: an array with many elements, or something that holds one. */
function isLarge(value: unknown, depth = 0): boolean {
  if (value instanceof JsonList) return true;
  if (Array.isArray(value)) return value.length >= WHOLE_BELOW || (depth < 2 && value.some((v) => isLarge(v, depth + 1)));
  if (isPlainObject(value) && depth < 2) return Object.values(value).some((v) => isLarge(v, depth + 1));
  return false;
}

/** Elements of a long list stringified together: few calls, and a piece well under 128 KB (see CHUNK). */
const BATCH = 32;

/**
 * The elements of `batch`, written as JSON.stringify(value, null, 2) writes them in an array that
 * is itself `depth` levels deep: each on its own line, indented, separated by commas, without the
 * brackets. The batch is stringified nested in `depth` arrays so that JSON.stringify indents it itself, which
 * is a third of the cost of indenting the text afterwards; its own brackets are then cut off.
 * Nesting adds "[\n" and an indent per level before the batch, and "\n", an indent and "]" after.
 */
function batchText(batch: unknown[], depth: number): string {
  let wrapped: unknown = batch;
  for (let j = 0; j < depth; j++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const before = depth * depth + 3 * depth + 1;
  const after = depth * depth + depth + 2 + 2 * depth;
  return text.slice(before, text.length - after);
}

export function writeJson(value: unknown, write: (text: string) => void): void {
  let buffer = '';
  const out = (text: string): void => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  };
  /** A long list's elements; `at` gives each as JSON.stringify would see it inside an array. */
  const emitList = (length: number, at: (index: number) => unknown, indent: string): void => {
    out('[');
    const inner = `${indent}  `;
    const depth = indent.length / 2;
    let batch: unknown[] = [];
    let first = true;
    const flush = (): void => {
      if (batch.length === 0) return;
      out((first ? '' : ',') + batchText(batch, depth));
      first = false;
      batch = [];
    };
    for (let i = 0; i < length; i++) {
      const item = at(i);
      if (!isLarge(item)) {
        batch.push(item);
        if (batch.length >= BATCH) flush();
        continue;
      }
      flush();
      out(`${first ? '' : ','}\n${inner}`);
      first = false;
      emit(item, inner);
    }
    flush();
    out(length === 0 ? ']' : `\n${indent}]`);
  };
  const emit = (v: unknown, indent: string): void => {
    if (!isLarge(v)) {
      const text = JSON.stringify(v, null, 2);
      out(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (v instanceof JsonList) {
      emitList(v.length, (i) => v.at(i) ?? null, indent);
      return;
    }
    if (Array.isArray(v)) {
      // JSON.stringify writes null for what it cannot represent inside an array.
      emitList(v.length, (i) => (v[i] === undefined || typeof v[i] === 'function' ? null : v[i]), indent);
      return;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== 'function');
    out('{');
    entries.forEach(([key, item], i) => {
      out(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
      emit(item, inner);
    });
    out(entries.length === 0 ? '}' : `\n${indent}}`);
  };
  emit(value, '');
  out('\n');
  if (buffer !== '') write(buffer);
}
