/**
 * An in-memory Excel for tests and the browser demo: createFakeWorkbook(spec).run(batch) behaves
 * like Excel.run for the members the adapter uses (see index.ts for the list and the deliberate
 * limits).
 */
import { rectA1 } from './a1';
import { WEB_PAYLOAD_LIMIT_BYTES, type FakeHost, type FakeStats, type SyncFault } from './context';
import {
  cloneWorkbook,
  ERROR_VALUES,
  keyCol,
  keyRow,
  parseMergeList,
  usedRect,
  validateSheetName,
  type CellModel,
  type SheetModel,
  type Visibility,
  type WorkbookModel,
} from './model';
import type { FakeLocale } from './number-format';
import { asRequestContext, FakeRequestContext } from './workbook';

export interface FakeSheetSpec {
  name: string;
  cells: (string | number | boolean | null)[][];
  /** Formula text per cell ("=SUM(B2:B4)"); the cell's value in `cells` is its cached result. */
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  merges?: string[];
  protected?: boolean;
  visibility?: Visibility;
  /** Hidden columns, as ranges of letters ("G:XFD", "B"). */
  hiddenColumns?: string[];
}

export interface FakeWorkbookSpec {
  name?: string;
  locale?: FakeLocale;
  sheets: FakeSheetSpec[];
  activeSheet?: string;
  /** Workbook structure protection (sheets cannot be added, deleted, renamed, hidden). */
  workbookProtected?: boolean;
  /**
   * Rejects any sync whose request is larger. Default: Excel on the web's 5 MB; null for none (a
   * desktop host has no documented limit).
   */
  maxBytesPerSync?: number | null;
  /** Refuses the answer of any sync that loads more (default 5 MB, as Excel on the web; null for none). */
  maxResponseBytesPerSync?: number | null;
  /** Fails a chosen operation of a chosen round trip, to test what a failed write leaves behind. */
  fault?: SyncFault;
  /** Waits this long per sync, so benchmarks see round trips cost. */
  latencyMs?: number;
}

export interface FakeCellFormatSnapshot {
  cell: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  underline?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
}

export interface FakeSheetSnapshot {
  name: string;
  /** Charts, shapes, comments and notes, when the sheet has any. */
  objects?: { kind: string; anchor: string }[];
  visibility: Visibility;
  protected: boolean;
  /** From A1 to the last used cell (values only); null for empty cells. */
  values: (string | number | boolean | null)[][];
  formulas: (string | null)[][];
  /** null where the format is General. */
  numberFormats: (string | null)[][];
  /** Cells with any font/fill/alignment formatting, in row then column order. */
  formats: FakeCellFormatSnapshot[];
  hyperlinks: { cell: string; address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string }[];
  merges: string[];
  conditionalFormats: { range: string; type: string; rule: Record<string, unknown> | null; format: Omit<FakeCellFormatSnapshot, 'cell'> }[];
  freeze: { rows: number; cols: number } | null;
  /** Column letter -> width in points, only for columns whose width was set. */
  columnWidths: Record<string, number>;
  /** Hidden columns as runs of letters ("G", "N:XFD"); present only when a column is hidden. */
  hiddenColumns?: string[];
}

export interface FakeWorkbookSnapshot {
  name: string;
  activeSheet: string;
  workbookProtected: boolean;
  sheets: FakeSheetSnapshot[];
}

function cellFromSpec(value: string | number | boolean | null, formula: string | null | undefined, numberFormat: string | null | undefined): CellModel | null {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  if ((value === null || value === '') && !hasFormula && !numberFormat) return null;
  const isError = typeof value === 'string' && ERROR_VALUES.has(value);
  return {
    value: value === '' ? null : value,
    error: isError,
    formula: hasFormula ? formula : null,
    numberFormat: numberFormat || 'General',
    format: {},
    hyperlink: null,
  };
}

function sheetFromSpec(spec: FakeSheetSpec, index: number): SheetModel {
  const cells = new Map<number, CellModel>();
  const rows = Math.max(spec.cells.length, spec.formulas?.length ?? 0, spec.numberFormats?.length ?? 0);
  for (let r = 0; r < rows; r += 1) {
    const width = Math.max(spec.cells[r]?.length ?? 0, spec.formulas?.[r]?.length ?? 0, spec.numberFormats?.[r]?.length ?? 0);
    for (let c = 0; c < width; c += 1) {
      const cell = cellFromSpec(spec.cells[r]?.[c] ?? null, spec.formulas?.[r]?.[c], spec.numberFormats?.[r]?.[c]);
      if (cell) cells.set(r * 16384 + c, cell);
    }
  }
  return {
    id: `{fake-sheet-${index}}`,
    name: spec.name,
    visibility: spec.visibility ?? 'Visible',
    protected: Boolean(spec.protected),
    cells,
    merges: parseMergeList(spec.merges),
    conditionalFormats: [],
    freeze: null,
    columnWidths: new Map(),
    hiddenColumns: hiddenFromSpec(spec.hiddenColumns),
  };
}

function hiddenFromSpec(spans: readonly string[] | undefined): Set<number> {
  const hidden = new Set<number>();
  for (const span of spans ?? []) {
    const [first, last = first] = span.split(':').map(letterIndex);
    for (let c = first!; c <= last!; c += 1) hidden.add(c);
  }
  return hidden;
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function snapshotSheet(sheet: SheetModel): FakeSheetSnapshot {
  const used = usedRect(sheet, true);
  const rows = used ? used.row + used.rowCount : 0;
  const cols = used ? used.col + used.colCount : 0;
  const grid = <T>(fn: (c: CellModel | undefined) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fn(sheet.cells.get(r * 16384 + c))));
  const ordered = [...sheet.cells.entries()].sort((a, b) => a[0] - b[0]);
  const address = (k: number): string => rectA1({ row: keyRow(k), col: keyCol(k), rowCount: 1, colCount: 1 });
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    values: grid((c) => c?.value ?? null),
    formulas: grid((c) => c?.formula ?? null),
    numberFormats: grid((c) => (c && c.numberFormat !== 'General' ? c.numberFormat : null)),
    formats: ordered.filter(([, c]) => Object.keys(c.format).length > 0).map(([k, c]) => ({ cell: address(k), ...c.format })),
    hyperlinks: ordered.filter(([, c]) => c.hyperlink).map(([k, c]) => ({ cell: address(k), ...c.hyperlink })),
    merges: sheet.merges.map(rectA1),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      range: cf.ranges.map(rectA1).join(','),
      type: cf.type,
      rule: cf.rule ? { ...cf.rule } : null,
      format: { ...cf.format },
    })),
    freeze: sheet.freeze ? { ...sheet.freeze } : null,
    ...(sheet.objects?.length ? { objects: sheet.objects.map((o) => ({ ...o })) } : {}),
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([c, w]) => [rectA1({ row: 0, col: c, rowCount: 1, colCount: 1 }).replace(/\d+$/, ''), w]),
    ),
    ...(sheet.hiddenColumns.size > 0 ? { hiddenColumns: hiddenRuns(sheet.hiddenColumns) } : {}),
  };
}

function hiddenRuns(hidden: ReadonlySet<number>): string[] {
  const letters = (c: number): string => rectA1({ row: 0, col: c, rowCount: 1, colCount: 1 }).replace(/\d+$/, '');
  const cols = [...hidden].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < cols.length; ) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j]! + 1) j += 1;
    runs.push(i === j ? letters(cols[i]!) : `${letters(cols[i]!)}:${letters(cols[j]!)}`);
    i = j + 1;
  }
  return runs;
}

export class FakeWorkbook implements FakeHost {
  model: WorkbookModel;
  readonly stats: FakeStats = { syncs: 0, bytesPerSync: [], failedSyncs: 0, responseBytesPerSync: [] };
  maxBytesPerSync: number | undefined;
  maxResponseBytesPerSync: number | undefined;
  fault: SyncFault | undefined;
  latencyMs: number;
  private idCounter: number;

  constructor(spec: FakeWorkbookSpec) {
    const sheets = spec.sheets.map(sheetFromSpec);
    const probe: WorkbookModel = {
      name: spec.name ?? 'Book1.xlsx',
      locale: spec.locale ?? 'vi-VN',
      sheets: [],
      activeSheetId: '',
      selection: { sheetId: '', rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } },
      calculationMode: 'Automatic',
      enableEvents: true,
      structureProtected: Boolean(spec.workbookProtected),
    };
    for (const s of sheets) {
      validateSheetName(probe, s.name);
      probe.sheets.push(s);
    }
    const active = spec.activeSheet !== undefined ? sheets.find((s) => s.name === spec.activeSheet) : sheets.find((s) => s.visibility === 'Visible');
    if (!active || active.visibility !== 'Visible') throw new Error('Fake workbook spec: needs a visible active sheet.');
    probe.activeSheetId = active.id;
    probe.selection = { sheetId: active.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    this.model = probe;
    this.maxBytesPerSync = spec.maxBytesPerSync === null ? undefined : (spec.maxBytesPerSync ?? WEB_PAYLOAD_LIMIT_BYTES);
    this.maxResponseBytesPerSync = spec.maxResponseBytesPerSync === null ? undefined : (spec.maxResponseBytesPerSync ?? WEB_PAYLOAD_LIMIT_BYTES);
    this.fault = spec.fault;
    this.latencyMs = spec.latencyMs ?? 0;
    this.idCounter = sheets.length;
  }

  /**
   * Takes another fake's state (a copy), so a test can start many tries from one prepared workbook.
   * New sheets then get ids that none of its sheets has.
   */
  copyStateOf(other: FakeWorkbook): void {
    this.model = cloneWorkbook(other.model);
    this.idCounter = Math.max(this.idCounter, other.idCounter);
  }

  nextId(): number {
    this.idCounter += 1;
    return this.idCounter;
  }

  /** Like Excel.run: a fresh context, and whatever is still queued when the batch returns is synced. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(this);
    const result = await batch(asRequestContext(context));
    await context.sync();
    return result;
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.bytesPerSync = [];
    this.stats.failedSyncs = 0;
    this.stats.responseBytesPerSync = [];
  }

  get selection(): { sheet: string; address: string } {
    const sheet = this.model.sheets.find((s) => s.id === this.model.selection.sheetId);
    return { sheet: sheet?.name ?? '', address: rectA1(this.model.selection.rect) };
  }

  get activeSheet(): string {
    return this.model.sheets.find((s) => s.id === this.model.activeSheetId)?.name ?? '';
  }

  snapshot(): FakeWorkbookSnapshot {
    const wb = cloneWorkbook(this.model);
    return { name: wb.name, activeSheet: this.activeSheet, workbookProtected: wb.structureProtected, sheets: wb.sheets.map(snapshotSheet) };
  }
}

export function createFakeWorkbook(spec: FakeWorkbookSpec): FakeWorkbook {
  return new FakeWorkbook(spec);
}
