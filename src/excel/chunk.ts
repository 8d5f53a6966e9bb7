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
