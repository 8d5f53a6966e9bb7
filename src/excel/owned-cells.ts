import { rangeA1 } from '../domain/api/cells';
import type { CellContent, AreaContent, AreaToRead } from '../domain/api/plan';
import type { Rect } from './ops';
import { isResponseTooLarge } from './read-bands';

/** What a formula cell or a constant reads as, from Range.formulas and Range.values. */
function contentOf(formula: unknown, value: unknown): CellContent {
  // Text that begins with "=" reads the same through both: only a real formula differs from its value.
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return { formula };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Cells asked for per request at first: the tool's formulas and short texts come to about 140 bytes a
 * cell (formula and value), well under the 5 MB Excel on the web answers. A column of long notes can
 * come to more: a response refused as too large is asked again in halves (read-bands.ts does the same).
 */
const CELLS_PER_REQUEST = 25_000;

interface Band {
  readonly sheet: string;
  readonly rect: Rect;
}

/** Rows of a rectangle in bands of at most `cells` cells (one row at least). */
function bands(sheet: string, rect: Rect, cells: number): Band[] {
  const rows = Math.max(1, Math.floor(cells / Math.max(1, rect.colCount)));
  const out: Band[] = [];
  for (let start = 0; start < rect.rowCount; start += rows) {
    out.push({ sheet, rect: { row: rect.row + start, col: rect.col, rowCount: Math.min(rows, rect.rowCount - start), colCount: rect.colCount } });
  }
  return out;
}

/**
 * Reads the tool's cells a write is about to change: the extent of whole sheets first (only when
 * one is asked for), then formulas and values in requests of at most `cellsPerRequest` cells, fewer
 * after a response refused as too large (Excel on the web refuses responses over 5 MB). Returns the
 * content and the requests made, refused ones included.
 */
export async function readOwnedCells(
  context: Excel.RequestContext,
  areas: readonly AreaToRead[],
  cellsPerRequest: number = CELLS_PER_REQUEST,
  alongside?: () => void,
): Promise<{ contents: AreaContent[]; syncs: number }> {
  let syncs = 0;
  // `alongside` queues other loads with the first request. Should that request fail, it is sent
  // again without them: what they asked for must never stop the read of the tool's cells.
  let extra = alongside;
  const takeExtra = (): boolean => {
    const queue = extra;
    extra = undefined;
    queue?.();
    return queue !== undefined;
  };
  const sheetOf = (name: string) => context.workbook.worksheets.getItem(name);
  const queueUsed = () =>
    areas.map((area) => {
      if (area.rect !== 'used') return null;
      const range = sheetOf(area.sheet).getUsedRangeOrNullObject(true);
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      return range;
    });
  let used = queueUsed();
  if (used.some((u) => u !== null)) {
    const carried = takeExtra();
    syncs += 1;
    try {
      await context.sync();
    } catch (error) {
      if (!carried) throw error;
      used = queueUsed();
      syncs += 1;
      await context.sync();
    }
  }
  const rects: Band[] = [];
  areas.forEach((area, i) => {
    const range = used[i];
    if (area.rect !== 'used') rects.push({ sheet: area.sheet, rect: area.rect });
    else if (range && !range.isNullObject) rects.push({ sheet: area.sheet, rect: { row: range.rowIndex, col: range.columnIndex, rowCount: range.rowCount, colCount: range.columnCount } });
  });
  const pending = rects.flatMap((r) => bands(r.sheet, r.rect, cellsPerRequest));
  const contents: AreaContent[] = [];
  let budget = cellsPerRequest;
  while (pending.length > 0) {
    const batch: { band: Band; range: Excel.Range }[] = [];
    let cells = 0;
    while (pending.length > 0 && (batch.length === 0 || cells + pending[0]!.rect.rowCount * pending[0]!.rect.colCount <= budget)) {
      const band = pending.shift()!;
      cells += band.rect.rowCount * band.rect.colCount;
      const range = sheetOf(band.sheet).getRange(rangeA1(band.rect.row, band.rect.col, band.rect.rowCount, band.rect.colCount));
      range.load('formulas,values');
      batch.push({ band, range });
    }
    const carried = takeExtra();
    syncs += 1;
    try {
      await context.sync();
    } catch (error) {
      if (carried && !isResponseTooLarge(error)) {
        pending.unshift(...batch.map(({ band }) => band));
        continue;
      }
      // Nothing of a refused request was read: its bands go back in halves, down to a row each.
      const single = batch.length === 1 && batch[0]!.band.rect.rowCount === 1;
      if (!isResponseTooLarge(error) || single) throw error;
      budget = Math.max(1, Math.floor(cells / 2));
      pending.unshift(...batch.flatMap(({ band }) => bands(band.sheet, band.rect, budget)));
      continue;
    }
    for (const { band, range } of batch) {
      contents.push({
        sheet: band.sheet,
        row: band.rect.row,
        col: band.rect.col,
        cells: range.values.map((line, r) => line.map((value, c) => contentOf(range.formulas[r]?.[c], value))),
      });
    }
  }
  return { contents, syncs };
}
