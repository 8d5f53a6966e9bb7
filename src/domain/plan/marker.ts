import { decodeColumn } from './fingerprint';
import type { OwnershipMarker } from './types';

/** A marker that owns nothing: what a first run starts from and what a removal leaves. */
export const EMPTY_MARKER: OwnershipMarker = Object.freeze({
  tool: 'par-scorer',
  version: 1,
  tableSheet: null,
  tableColumns: Object.freeze([]) as readonly number[],
  tableRows: null,
  sheets: Object.freeze([]) as readonly string[],
});

/*
 * The marker is read back from a cell any user could edit: anything that does not match exactly is
 * treated as no marker at all, so a damaged one can never make the tool overwrite cells it does not own.
 * The schema library is loaded when a marker is read, not when one is written: a first `score`
 * never reads one, and requiring zod costs about 57 ms CPU (bench/NOTES.md, "Loading only what a
 * command needs").
 */
function markerSchema() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { z } = require('zod') as typeof import('zod');
  const index = z.number().int().nonnegative();
  return z
    .object({
      tool: z.literal('par-scorer'),
      version: z.literal(1),
      tableSheet: z.string().min(1).nullable(),
      tableColumns: z.array(index),
      tableRows: z
        .object({ first: index, last: index })
        .refine((span) => span.first <= span.last)
        .nullable(),
      sheets: z.array(z.string().min(1)),
      written: z
        .array(
          z.object({
            sheet: z.string().min(1),
            row: index,
            col: index,
            prints: z.array(z.string().refine((text) => decodeColumn(text) !== null)),
          }),
        )
        .optional(),
    })
    .refine((m) => m.tableSheet !== null || (m.tableColumns.length === 0 && m.tableRows === null));
}

let schema: ReturnType<typeof markerSchema> | null = null;

/** Fixed key order so the same marker always serialises to the same text (re-runs change nothing). */
export function serializeMarker(m: OwnershipMarker): string {
  return JSON.stringify({
    tool: m.tool,
    version: m.version,
    tableSheet: m.tableSheet,
    tableColumns: [...m.tableColumns],
    tableRows: m.tableRows ? { first: m.tableRows.first, last: m.tableRows.last } : null,
    sheets: [...m.sheets],
    ...(m.written ? { written: m.written.map((w) => ({ sheet: w.sheet, row: w.row, col: w.col, prints: [...w.prints] })) } : {}),
  });
}

/** Excel holds at most 32,767 characters in a cell: a long marker is stored down column A in pieces. */
const MARKER_CELL_CHARS = 32_000;

export function markerCells(text: string): string[] {
  const cells: string[] = [];
  for (let i = 0; i < text.length; i += MARKER_CELL_CHARS) cells.push(text.slice(i, i + MARKER_CELL_CHARS));
  return cells.length > 0 ? cells : [''];
}

/** The marker text from column A of the marker sheet, top down, up to the first empty cell. */
export function markerText(column: readonly unknown[]): string | null {
  if (typeof column[0] !== 'string') return null;
  let text = '';
  for (const cell of column) {
    if (typeof cell !== 'string' || cell === '') break;
    text += cell;
  }
  return text;
}

export function parseMarker(text: string): OwnershipMarker | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = (schema ??= markerSchema()).safeParse(json);
  return parsed.success ? parsed.data : null;
}

