import { columnIndex } from '../domain/api/cells';

/**
 * The fake workbook's snapshot reduced to what the playground draws. The snapshot is plain JSON
 * owned by test/fakes; this reader accepts its sheets as an array or keyed by name, and values
 * under "values" or "cells", so the view does not break when the fake grows.
 */
export type ViewValue = string | number | boolean | null;

export interface ViewSheet {
  readonly name: string;
  readonly visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  readonly values: readonly (readonly ViewValue[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Top-left cells of merged areas with their span; covered cells are listed in `covered`. */
  readonly spans: ReadonlyMap<string, { rows: number; cols: number }>;
  readonly covered: ReadonlySet<string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matrix<T>(value: unknown, cell: (v: unknown) => T): T[][] {
  if (!Array.isArray(value)) return [];
  return value.map((row) => (Array.isArray(row) ? row.map(cell) : []));
}

function viewValue(v: unknown): ViewValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

function parseRange(range: string): { row: number; col: number; rows: number; cols: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(range.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]!);
  const lastRow = m[4] ? Number(m[4]) - 1 : row;
  const lastCol = m[3] ? columnIndex(m[3]) : col;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

function sheetOf(name: string, raw: Record<string, unknown>): ViewSheet {
  const values = matrix(raw.values ?? raw.cells, viewValue);
  const formulas = matrix(raw.formulas, (v) => (typeof v === 'string' && v.startsWith('=') ? v : null));
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const merge of Array.isArray(raw.merges) ? raw.merges : []) {
    const area = typeof merge === 'string' ? parseRange(merge) : null;
    if (!area || (area.rows === 1 && area.cols === 1)) continue;
    spans.set(cellKey(area.row, area.col), { rows: area.rows, cols: area.cols });
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) if (r !== area.row || c !== area.col) covered.add(cellKey(r, c));
    }
  }
  const visibility = raw.visibility === 'Hidden' || raw.visibility === 'VeryHidden' ? raw.visibility : 'Visible';
  return { name, visibility, values, formulas, spans, covered };
}

export function viewSheets(snapshot: unknown): ViewSheet[] {
  const root = isRecord(snapshot) && 'sheets' in snapshot ? snapshot.sheets : snapshot;
  if (Array.isArray(root)) {
    return root.filter(isRecord).map((raw) => sheetOf(typeof raw.name === 'string' ? raw.name : '?', raw));
  }
  if (isRecord(root)) {
    return Object.entries(root)
      .filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]))
      .map(([name, raw]) => sheetOf(typeof raw.name === 'string' ? raw.name : name, raw));
  }
  return [];
}

/** "Phụ lục I!B7", "B7" or "$B$7" -> 0-based row and column of the first cell. */
export function selectedCell(address: string | undefined): { row: number; col: number } | null {
  if (!address) return null;
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const area = parseRange(local.split(':')[0] ?? '');
  return area ? { row: area.row, col: area.col } : null;
}
