import { rangeA1, type MergedArea } from '../domain/api/cells';
import { rectsFromAddresses } from './a1';
import { utf8Length } from './ops';

/*
 * Reading a sheet too big for one response. Excel on the web refuses a response over 5 MB
 * ("Resource limits and performance optimization for Office Add-ins", Excel add-ins), and
 * Range.getMergedAreasOrNullObject fails when a range holds more than 512 merged areas (its ExcelApi
 * 1.13 reference). So rows are read in bands packed into requests by their expected size, each band
 * asking for its own merged areas; a refused request is split and asked again.
 */

/** What a read asks back at most per request: the values' JSON, leaving room for office.js's own envelope. */
const READ_BUDGET_BYTES = 3_500_000;

/** Bytes a cell is assumed to cost (value, text and type of a long Vietnamese task) before one is measured. */
const FIRST_GUESS_BYTES_PER_CELL = 160;

/** Measured sizes vary by row; bands are sized for this much more than the average seen so far. */
const SAFETY = 1.25;

interface UsedArea {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface AreaContent {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: unknown[][];
  readonly text: unknown[][];
  readonly valueTypes: unknown[][];
  /** Merged areas met, each once; empty when not asked for. */
  readonly merges: MergedArea[];
  /** False when some band's merged areas could not be had (more than 512 in a single row). */
  readonly mergesKnown: boolean;
}

/** One sheet area to read, and where its rows go. */
export interface AreaRequest {
  readonly worksheet: Excel.Worksheet;
  readonly area: UsedArea;
  readonly withMerges: boolean;
}

interface Band {
  readonly area: number;
  readonly start: number;
  readonly count: number;
  merges: boolean;
}

interface Queued {
  readonly band: Band;
  readonly range: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}

interface BandContent {
  readonly values: unknown[][];
  readonly text: unknown[][];
  readonly types: unknown[][];
}

export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

/** Halves a band that a request could not carry; a single row with merges is retried without them. */
function split(band: Band): Band[] | null {
  if (band.count > 1) {
    const first = Math.ceil(band.count / 2);
    return [
      { ...band, count: first },
      { ...band, start: band.start + first, count: band.count - first },
    ];
  }
  if (band.merges) return [{ ...band, merges: false }];
  return null;
}

/**
 * Reads the areas in as few requests as their size allows. Returns one content per area, rows in
 * order. Bands are planned from the bytes per cell seen so far, starting from a cautious guess.
 */
export async function readAreas(
  context: Excel.RequestContext,
  areas: readonly AreaRequest[],
  /** The host has Range.getMergedAreasOrNullObject (ExcelApi 1.13): Capabilities.mergedAreas. */
  mergedAreasSupported: boolean,
  budgetBytes: number = READ_BUDGET_BYTES,
): Promise<{ contents: AreaContent[]; syncs: number }> {
  // Bands arrive out of order after a split: kept by their first row, joined at the end.
  const received = areas.map(() => new Map<number, BandContent>());
  const merges = areas.map(() => new Map<string, MergedArea>());
  const mergesKnown = areas.map(() => true);
  const pending: Band[] = [];
  areas.forEach((request, i) => {
    if (request.area.rowCount > 0 && request.area.columnCount > 0) pending.push({ area: i, start: 0, count: request.area.rowCount, merges: request.withMerges });
  });
  let bytesSeen = 0;
  let cellsSeen = 0;
  let guess = FIRST_GUESS_BYTES_PER_CELL;
  const perCell = () => (cellsSeen === 0 ? guess : Math.max(1, (bytesSeen / cellsSeen) * SAFETY));

  let syncs = 0;
  while (pending.length > 0) {
    const queued: Queued[] = [];
    let room = budgetBytes;
    // Fill one request: whole bands while they fit, then the rows of the next that fit.
    while (pending.length > 0 && room > 0) {
      const band = pending[0]!;
      const width = areas[band.area]!.area.columnCount;
      const fits = Math.floor(room / (perCell() * width));
      if (fits <= 0 && queued.length > 0) break;
      const take = Math.max(1, Math.min(band.count, fits));
      pending.shift();
      if (take < band.count) pending.unshift({ ...band, start: band.start + take, count: band.count - take });
      const piece: Band = { ...band, count: take };
      const { worksheet, area } = areas[band.area]!;
      const range = worksheet.getRange(rangeA1(area.rowIndex + piece.start, area.columnIndex, piece.count, area.columnCount));
      range.load('values,text,valueTypes');
      let merged: Excel.RangeAreas | null = null;
      if (mergedAreasSupported && piece.merges) {
        merged = range.getMergedAreasOrNullObject();
        merged.load('address');
      }
      queued.push({ band: piece, range, merged });
      room -= take * width * perCell();
    }
    try {
      syncs += 1;
      await context.sync();
    } catch (error) {
      // A response too large, or merged areas over the limit: ask again in smaller pieces. Reads
      // change nothing, so asking again is safe.
      if (queued.length > 1) {
        // Several bands in one request: the size guess was too low for these rows. Double it and
        // ask again; the bands are re-planned from the new guess.
        if (cellsSeen === 0) guess *= 2;
        else bytesSeen *= 2;
        pending.unshift(...queued.map((q) => q.band));
        continue;
      }
      const only = queued[0]!.band;
      const pieces = split(only);
      if (!pieces) throw error;
      if (pieces.length === 1 && !isResponseTooLarge(error)) mergesKnown[only.area] = false;
      if (isResponseTooLarge(error)) {
        if (cellsSeen === 0) guess *= 2;
        else bytesSeen *= 2;
      }
      pending.unshift(...pieces);
      continue;
    }
    for (const q of queued) {
      const values = q.range.values;
      const text = q.range.text;
      const types = q.range.valueTypes as unknown[][];
      bytesSeen += utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(text)) + utf8Length(JSON.stringify(types));
      cellsSeen += q.band.count * areas[q.band.area]!.area.columnCount;
      received[q.band.area]!.set(q.band.start, { values, text, types });
      if (mergedAreasSupported && q.merged && !q.merged.isNullObject) {
        for (const rect of rectsFromAddresses(q.merged.address)) merges[q.band.area]!.set(`${rect.row}:${rect.col}:${rect.rowCount}:${rect.colCount}`, rect);
      }
    }
  }
  return { contents: areas.map((request, i) => assemble(request.area, received[i]!, [...merges[i]!.values()], mergesKnown[i]!)), syncs };
}

function assemble(area: UsedArea, bands: ReadonlyMap<number, BandContent>, merges: MergedArea[], mergesKnown: boolean): AreaContent {
  const values: unknown[][] = [];
  const text: unknown[][] = [];
  const valueTypes: unknown[][] = [];
  for (const start of [...bands.keys()].sort((a, b) => a - b)) {
    const band = bands.get(start)!;
    for (const row of band.values) values.push(row);
    for (const row of band.text) text.push(row);
    for (const row of band.types) valueTypes.push(row);
  }
  merges.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rowIndex: area.rowIndex, columnIndex: area.columnIndex, values, text, valueTypes, merges, mergesKnown };
}

/**
 * The merged areas touching a rectangle, asked in bands of rows halved until each answer holds at
 * most 512 areas (Range.getMergedAreasOrNullObject fails above that). One request per band; null
 * when a single row still has too many.
 */
export async function mergedAreasByParts(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  rect: MergedArea,
  /** The host has Range.getMergedAreasOrNullObject (ExcelApi 1.13): Capabilities.mergedAreas. */
  mergedAreasSupported: boolean,
): Promise<{ merges: MergedArea[] | null; syncs: number }> {
  if (!mergedAreasSupported) return { merges: [], syncs: 0 };
  const found = new Map<string, MergedArea>();
  const pending: MergedArea[] = [rect];
  let syncs = 0;
  while (pending.length > 0) {
    const band = pending.shift()!;
    const areas = worksheet.getRange(rangeA1(band.row, band.col, band.rowCount, band.colCount)).getMergedAreasOrNullObject();
    areas.load('address');
    syncs += 1;
    try {
      await context.sync();
    } catch (error) {
      if (band.rowCount === 1) return { merges: null, syncs };
      const first = Math.ceil(band.rowCount / 2);
      pending.unshift({ ...band, rowCount: first }, { ...band, row: band.row + first, rowCount: band.rowCount - first });
      continue;
    }
    if (mergedAreasSupported && !areas.isNullObject) {
      for (const r of rectsFromAddresses(areas.address)) found.set(`${r.row}:${r.col}:${r.rowCount}:${r.colCount}`, r);
    }
  }
  return { merges: [...found.values()].sort((a, b) => a.row - b.row || a.col - b.col), syncs };
}
