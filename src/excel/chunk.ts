import type { WriteOp } from './ops';
import { opBytes, utf8Length } from './ops';

/**
 * Excel on the web refuses requests above 5 MB; staying near 1 MB per sync leaves room for the
 * envelope office.js adds and keeps each round trip short enough not to look frozen.
 */
export const DEFAULT_MAX_BYTES_PER_SYNC = 1_000_000;

/** A band of rows is at most this share of a sync, so a sync holds a band plus the small ops around it. */
export const BAND_SHARE = 0.45;

/** A sync with less room than this left is closed rather than topped up with a sliver of a band. */
const MIN_FILL_SHARE = 1 / 16;

/**
 * Packs ops, in order, into as few syncs as the byte budget allows. An array write that does not
 * fit in what is left of the current sync is cut by rows so its first rows fill that room: syncs
 * then carry close to the budget instead of closing early (bands are sized without knowing where
 * a sync ends). An op that alone exceeds the budget is returned in `oversized` so the caller can
 * refuse the plan before writing anything.
 */
export function chunkOps(ops: readonly WriteOp[], maxBytes: number): { chunks: WriteOp[][]; oversized: WriteOp[] } {
  const chunks: WriteOp[][] = [];
  const oversized: WriteOp[] = [];
  let current: WriteOp[] = [];
  let size = 0;
  const minFill = Math.floor(maxBytes * MIN_FILL_SHARE);
  const place = (op: WriteOp, bytes: number): void => {
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += bytes;
  };
  for (const whole of ops) {
    let op = whole;
    let bytes = opBytes(op);
    if (bytes > maxBytes) oversized.push(op);
    while (bytes <= maxBytes && current.length > 0 && size + bytes > maxBytes && maxBytes - size >= minFill) {
      const cut = cutToFit(op, maxBytes - size);
      if (!cut) break;
      const restBytes = opBytes(cut.rest);
      if (restBytes > maxBytes) break;
      current.push(cut.head);
      size += cut.headBytes;
      chunks.push(current);
      current = [];
      size = 0;
      op = cut.rest;
      bytes = restBytes;
    }
    place(op, bytes);
  }
  if (current.length > 0) chunks.push(current);
  return { chunks, oversized };
}

type ArrayOp = Extract<WriteOp, { kind: 'formulas' | 'numberFormat' }>;

/**
 * The array write's first rows that fit in `room` bytes, and the rest; null when it is not an
 * array write, has a single row, or not even its first row fits.
 */
function cutToFit(op: WriteOp, room: number): { head: WriteOp; headBytes: number; rest: WriteOp } | null {
  if (op.kind !== 'formulas' && op.kind !== 'numberFormat') return null;
  const { cells } = op as ArrayOp;
  if (cells.length < 2) return null;
  // JSON of k rows is "[" + rows joined by "," + "]": the head's size follows from each row's own.
  let bytes = opBytes({ ...op, cells: [] } as WriteOp);
  let rows = 0;
  while (rows < cells.length - 1) {
    const next = bytes + utf8Length(JSON.stringify(cells[rows])) + (rows > 0 ? 1 : 0);
    if (next > room) break;
    bytes = next;
    rows += 1;
  }
  if (rows === 0) return null;
  const head = { ...op, cells: cells.slice(0, rows) } as WriteOp;
  // The estimate above is exact; measuring the head once more keeps "never over budget" a fact, not a sum.
  const headBytes = opBytes(head);
  if (headBytes > room) return null;
  return { head, headBytes, rest: { ...op, row: op.row + rows, cells: cells.slice(rows) } as WriteOp };
}

/**
 * An array write cut into pieces of at most maxBytes, by rows (a single row by columns); other ops
 * cannot be cut and come back whole.
 */
export function splitOp(op: WriteOp, maxBytes: number): WriteOp[] {
  if (opBytes(op) <= maxBytes || (op.kind !== 'formulas' && op.kind !== 'numberFormat')) return [op];
  const { cells } = op;
  const width = cells[0]?.length ?? 0;
  let halves: WriteOp[];
  if (cells.length > 1) {
    const mid = Math.ceil(cells.length / 2);
    halves = [
      { ...op, cells: cells.slice(0, mid) } as WriteOp,
      { ...op, row: op.row + mid, cells: cells.slice(mid) } as WriteOp,
    ];
  } else if (width > 1) {
    const mid = Math.ceil(width / 2);
    halves = [
      { ...op, cells: cells.map((line) => line.slice(0, mid)) } as WriteOp,
      { ...op, col: op.col + mid, cells: cells.map((line) => line.slice(mid)) } as WriteOp,
    ];
  } else return [op];
  return halves.flatMap((half) => splitOp(half, maxBytes));
}
