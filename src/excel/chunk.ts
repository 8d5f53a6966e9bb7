import type { WriteOp } from './ops';
import { opBytes } from './ops';

/**
 * Excel on the web refuses requests above 5 MB; staying near 1 MB per sync leaves room for the
 * envelope office.js adds and keeps each round trip short enough not to look frozen.
 */
export const DEFAULT_MAX_BYTES_PER_SYNC = 1_000_000;

/** A band of rows is at most this share of a sync, so a sync holds a band plus the small ops around it. */
export const BAND_SHARE = 0.45;

/**
 * Packs ops, in order, into as few syncs as the byte budget allows. An op that alone exceeds the
 * budget is returned in `oversized` so the caller can refuse the plan before writing anything.
 */
export function chunkOps(ops: readonly WriteOp[], maxBytes: number): { chunks: WriteOp[][]; oversized: WriteOp[] } {
  const chunks: WriteOp[][] = [];
  const oversized: WriteOp[] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops) {
    const bytes = opBytes(op);
    if (bytes > maxBytes) oversized.push(op);
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return { chunks, oversized };
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
