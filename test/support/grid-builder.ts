import type { Grid, GridCell, MergedArea } from '../../src/domain/grid';

export type BuilderValue = string | number | boolean | null;

export interface GridBuilderOptions {
  readonly sheet?: string;
  readonly originRow?: number;
  readonly originCol?: number;
  readonly merges?: MergedArea[];
  readonly mergesKnown?: boolean;
  /** Displayed texts overriding the default (e.g. a number shown as "8,67" in a Vietnamese locale). */
  readonly texts?: (string | null)[][];
}

function cellOf(value: BuilderValue, text: string | null | undefined): GridCell {
  if (value === null || value === '') {
    return { value: null, text: text ?? '', kind: 'empty' };
  }
  if (typeof value === 'number') return { value, text: text ?? String(value), kind: 'number' };
  if (typeof value === 'boolean') return { value, text: text ?? (value ? 'TRUE' : 'FALSE'), kind: 'boolean' };
  if (/^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(value)) {
    return { value, text: text ?? value, kind: 'error' };
  }
  return { value, text: text ?? value, kind: 'string' };
}

/**
 * A rectangular Grid from plain rows, the way an adapter would hand it over: short rows are padded
 * with empty cells, numbers display as String(value) unless `texts` says otherwise, '' is empty.
 */
export function gridFromRows(rows: BuilderValue[][], opts: GridBuilderOptions = {}): Grid {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const cells = rows.map((row, r) => {
    const out: GridCell[] = [];
    for (let c = 0; c < width; c++) out.push(cellOf(row[c] ?? null, opts.texts?.[r]?.[c]));
    return out;
  });
  return {
    sheet: opts.sheet ?? 'Sheet1',
    originRow: opts.originRow ?? 0,
    originCol: opts.originCol ?? 0,
    cells,
    merges: opts.merges ?? [],
    mergesKnown: opts.mergesKnown ?? true,
  };
}

/** Parses a CSV text (RFC 4180 quoting, embedded newlines) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * CSV rows as a grid in which cells that look like plain numbers ("9.5", "0.78") are number cells,
 * the way Excel stores them when typed into a General cell.
 */
export function gridFromCsv(text: string, opts: GridBuilderOptions & { numbers?: boolean } = {}): Grid {
  const numbers = opts.numbers ?? true;
  const rows = parseCsv(text).map((row) =>
    row.map((v): BuilderValue => (numbers && /^-?\d+(?:\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : v)),
  );
  return gridFromRows(rows, opts);
}
