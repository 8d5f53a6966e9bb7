/**
 * Writes a value as JSON.stringify(value, null, 2) would, in pieces: a 200,000-row report is never
 * one string in memory. Long arrays and the objects around them are written element by element;
 * everything else is stringified whole and re-indented (JSON text never holds a raw line break).
 */
const CHUNK = 64 * 1024;

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

export function writeJson(value: unknown, write: (text: string) => void): void {
  let buffer = '';
  const out = (text: string): void => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  };
  const emit = (v: unknown, indent: string): void => {
    if (!isLarge(v)) {
      const text = JSON.stringify(v, null, 2);
      out(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (v instanceof JsonList) {
      out('[');
      for (let i = 0; i < v.length; i++) {
        out(`${i === 0 ? '' : ','}\n${inner}`);
        emit(v.at(i) ?? null, inner);
      }
      out(v.length === 0 ? ']' : `\n${indent}]`);
      return;
    }
    if (Array.isArray(v)) {
      out('[');
      v.forEach((item, i) => {
        out(`${i === 0 ? '' : ','}\n${inner}`);
        // JSON.stringify writes null for what it cannot represent inside an array.
        emit(item === undefined || typeof item === 'function' ? null : item, inner);
      });
      out(v.length === 0 ? ']' : `\n${indent}]`);
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
