/** Worksheet proxies: the sheet collection, one sheet, its protection and frozen panes. */
import { MAX_COLS, MAX_ROWS, parseRef, type Rect } from './a1';
import { FakeClientResult, ProxyBase, type Batch, type Tx } from './context';
import { FakeOfficeError } from './errors';
import { assertStructureEditable, findSheet, usedRect, validateSheetName, type SheetModel, type Visibility, type WorkbookModel } from './model';
import { RangeProxy } from './range';
import { renameReferences } from './rename';
import { CellNoteCollectionProxy, ChartCollectionProxy, ShapeCollectionProxy } from './sheet-objects';

type Locator = (tx: Tx) => SheetModel | undefined;

const VISIBILITIES = new Set<Visibility>(['Visible', 'Hidden', 'VeryHidden']);

function visibleOthers(wb: WorkbookModel, sheet: SheetModel): SheetModel[] {
  return wb.sheets.filter((s) => s.id !== sheet.id && s.visibility === 'Visible');
}

/** When the active sheet goes away or is hidden, Excel activates the next visible one. */
function moveActiveAwayFrom(wb: WorkbookModel, sheet: SheetModel): void {
  if (wb.activeSheetId !== sheet.id) return;
  const next = visibleOthers(wb, sheet)[0];
  if (next) {
    wb.activeSheetId = next.id;
    wb.selection = { sheetId: next.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  }
}

export class WorksheetProxy extends ProxyBase {
  protected readonly scalars = ['name', 'visibility', 'id', 'position'] as const;
  private boundId: string | null = null;
  readonly protection: ProtectionProxy;
  readonly freezePanes: FreezePanesProxy;
  readonly charts: ChartCollectionProxy;
  readonly shapes: ShapeCollectionProxy;
  readonly comments: CellNoteCollectionProxy;
  readonly notes: CellNoteCollectionProxy;

  constructor(batch: Batch, path: string, private readonly locator: Locator, private readonly nullable = false) {
    super(batch, path);
    this.protection = new ProtectionProxy(this);
    this.freezePanes = new FreezePanesProxy(this);
    this.charts = new ChartCollectionProxy(this);
    this.shapes = new ShapeCollectionProxy(this);
    this.comments = new CellNoteCollectionProxy(this, 'comments');
    this.notes = new CellNoteCollectionProxy(this, 'notes');
    if (nullable) batch.watchNull(this);
  }

  /** Binds to the sheet's id on first use, so a rename in the same batch keeps pointing at it. */
  resolveSheet(tx: Tx): SheetModel | null {
    const found = this.boundId !== null ? tx.wb.sheets.find((s) => s.id === this.boundId) : this.locator(tx);
    if (!found) {
      if (this.nullable && this.boundId === null) return null;
      throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    }
    this.boundId = found.id;
    return found;
  }

  sheet(tx: Tx): SheetModel {
    const s = this.resolveSheet(tx);
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The operation cannot be performed on a null object.');
    return s;
  }

  protected override isNull(tx: Tx): boolean {
    return this.resolveSheet(tx) === null;
  }

  protected override child(name: string): ProxyBase | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'freezePanes') return this.freezePanes;
    return undefined;
  }

  protected override read(tx: Tx, prop: string): unknown {
    const sheet = this.sheet(tx);
    switch (prop) {
      case 'name':
        return sheet.name;
      case 'visibility':
        return sheet.visibility;
      case 'id':
        return sheet.id;
      case 'position':
        return tx.wb.sheets.indexOf(sheet);
      default:
        return super.read(tx, prop);
    }
  }

  op(label: string, args: Record<string, unknown>, run: (tx: Tx, sheet: SheetModel) => void): void {
    this.batch.enqueue({ path: this.path, [label]: args }, (tx) => run(tx, this.sheet(tx)));
  }

  get name(): string {
    return this.value('name');
  }
  set name(v: string) {
    this.remember('name', v);
    this.op('name', { v }, (tx, sheet) => {
      assertStructureEditable(tx.wb);
      const before = sheet.name;
      sheet.name = validateSheetName(tx.wb, v, sheet.id);
      renameReferences(tx.wb, before, sheet.name);
    });
  }

  get visibility(): Excel.Worksheet['visibility'] {
    return this.value('visibility');
  }
  set visibility(v: Excel.Worksheet['visibility']) {
    this.remember('visibility', v);
    this.op('visibility', { v }, (tx, sheet) => {
      if (!VISIBILITIES.has(v as Visibility)) throw new FakeOfficeError('InvalidArgument', `Unknown visibility ${String(v)}.`);
      if (v !== sheet.visibility) assertStructureEditable(tx.wb);
      if (v !== 'Visible' && sheet.visibility === 'Visible' && visibleOthers(tx.wb, sheet).length === 0) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      sheet.visibility = v as Visibility;
      if (v !== 'Visible') moveActiveAwayFrom(tx.wb, sheet);
    });
  }

  get id(): string {
    return this.value('id');
  }
  get position(): number {
    return this.value('position');
  }

  private range(label: string, locate: (tx: Tx, sheet: SheetModel) => Rect | null, nullable = false): RangeProxy {
    return new RangeProxy(this.batch, `${this.path}.${label}`, this, locate, nullable);
  }

  getRange(address?: string): RangeProxy {
    return this.range(`getRange(${JSON.stringify(address ?? '')})`, (_tx, sheet) => {
      if (address === undefined || address === '') return { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS };
      const ref = parseRef(address);
      if (!ref || (ref.sheet !== undefined && ref.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
        throw new FakeOfficeError('InvalidArgument', `The address "${address}" is not valid on this sheet.`);
      }
      return ref.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => ({
      row: startRow,
      col: startColumn,
      rowCount,
      colCount: columnCount,
    }));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.range(`getCell(${row},${column})`, () => ({ row, col: column, rowCount: 1, colCount: 1 }));
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range(`getUsedRange(${Boolean(valuesOnly)})`, (_tx, sheet) => usedRect(sheet, Boolean(valuesOnly)) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range(`getUsedRangeOrNullObject(${Boolean(valuesOnly)})`, (_tx, sheet) => usedRect(sheet, Boolean(valuesOnly)), true);
  }

  delete(): void {
    this.op('delete', {}, (tx, sheet) => {
      assertStructureEditable(tx.wb);
      if (sheet.visibility === 'Visible' && visibleOthers(tx.wb, sheet).length === 0) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      moveActiveAwayFrom(tx.wb, sheet);
      tx.wb.sheets = tx.wb.sheets.filter((s) => s.id !== sheet.id);
      tx.dirty = true;
    });
  }

  activate(): void {
    this.op('activate', {}, (tx, sheet) => {
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      if (tx.wb.activeSheetId !== sheet.id) {
        tx.wb.activeSheetId = sheet.id;
        tx.wb.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
      }
    });
  }
}

export class ProtectionProxy extends ProxyBase {
  protected readonly scalars = ['protected'] as const;
  constructor(private readonly sheetProxy: WorksheetProxy) {
    super(sheetProxy.batch, `${sheetProxy.path}.protection`);
  }
  protected override read(tx: Tx, prop: string): unknown {
    if (prop === 'protected') return this.sheetProxy.sheet(tx).protected;
    return super.read(tx, prop);
  }
  get protected(): boolean {
    return this.value('protected');
  }
  protect(): void {
    this.sheetProxy.op('protection.protect', {}, (_tx, sheet) => {
      sheet.protected = true;
    });
  }
  unprotect(): void {
    this.sheetProxy.op('protection.unprotect', {}, (_tx, sheet) => {
      sheet.protected = false;
    });
  }
}

export class FreezePanesProxy extends ProxyBase {
  protected readonly scalars = [] as const;
  constructor(private readonly sheetProxy: WorksheetProxy) {
    super(sheetProxy.batch, `${sheetProxy.path}.freezePanes`);
  }
  private set(label: string, args: Record<string, unknown>, compute: (tx: Tx) => { rows: number; cols: number } | null): void {
    this.sheetProxy.op(`freezePanes.${label}`, args, (tx, sheet) => {
      const f = compute(tx);
      if (f && (!Number.isInteger(f.rows) || !Number.isInteger(f.cols) || f.rows < 0 || f.cols < 0)) {
        throw new FakeOfficeError('InvalidArgument', 'Frozen rows and columns must be non-negative integers.');
      }
      sheet.freeze = f && (f.rows > 0 || f.cols > 0) ? f : null;
    });
  }
  freezeRows(count = 1): void {
    this.set('freezeRows', { count }, () => ({ rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.set('freezeColumns', { count }, () => ({ rows: 0, cols: count }));
  }
  /** The given range is the top-left frozen block: everything above and left of its far corner freezes. */
  freezeAt(frozenRange: RangeProxy | string): void {
    const label = typeof frozenRange === 'string' ? frozenRange : frozenRange.path;
    this.set('freezeAt', { range: label }, (tx) => {
      let rect: Rect;
      if (typeof frozenRange === 'string') {
        const ref = parseRef(frozenRange);
        if (!ref) throw new FakeOfficeError('InvalidArgument', `Bad address ${frozenRange}.`);
        rect = ref.rect;
      } else rect = frozenRange.target(tx).rect;
      return { rows: rect.row + rect.rowCount, cols: rect.col + rect.colCount };
    });
  }
  unfreeze(): void {
    this.set('unfreeze', {}, () => null);
  }
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.batch,
      `${this.path}.getLocationOrNullObject()`,
      this.sheetProxy,
      (_tx, sheet) =>
        sheet.freeze
          ? {
              row: 0,
              col: 0,
              rowCount: sheet.freeze.rows > 0 ? sheet.freeze.rows : MAX_ROWS,
              colCount: sheet.freeze.cols > 0 ? sheet.freeze.cols : MAX_COLS,
            }
          : null,
      true,
    );
  }
}

export class WorksheetCollectionProxy extends ProxyBase {
  protected readonly scalars = [] as const;
  constructor(batch: Batch) {
    super(batch, 'workbook.worksheets');
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.batch, `${this.path}.getItem(${JSON.stringify(key)})`, (tx) => findSheet(tx.wb, key) ?? tx.wb.sheets.find((s) => s.id === key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.batch,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (tx) => findSheet(tx.wb, key) ?? tx.wb.sheets.find((s) => s.id === key),
      true,
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.batch, `${this.path}.getActiveWorksheet()`, (tx) => tx.wb.sheets.find((s) => s.id === tx.wb.activeSheetId));
  }

  /** Added at the end and not activated, as office.js does. */
  add(name?: string): WorksheetProxy {
    const id = `{fake-sheet-${this.batch.host.nextId()}}`;
    this.batch.enqueue({ path: this.path, add: { name: name ?? null } }, (tx) => {
      assertStructureEditable(tx.wb);
      let finalName = name;
      if (finalName === undefined) {
        let n = tx.wb.sheets.length + 1;
        while (findSheet(tx.wb, `Sheet${n}`)) n += 1;
        finalName = `Sheet${n}`;
      }
      tx.wb.sheets.push({
        id,
        name: validateSheetName(tx.wb, finalName),
        visibility: 'Visible',
        protected: false,
        cells: new Map(),
        merges: [],
        conditionalFormats: [],
        freeze: null,
        columnWidths: new Map(),
        hiddenColumns: new Set(),
      });
    });
    return new WorksheetProxy(this.batch, `${this.path}.add(${JSON.stringify(name ?? '')})`, (tx) => tx.wb.sheets.find((s) => s.id === id));
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.batch.enqueue({ path: this.path, getCount: { visibleOnly: Boolean(visibleOnly) } }, (tx) => {
      const n = tx.wb.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length;
      tx.deliveries.push(() => result.set(n));
    });
    return result;
  }

  override collect(tx: Tx, paths: readonly string[]): (() => void)[] {
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, '')).filter((p) => p !== '');
    const items = tx.wb.sheets.map((s) => {
      const id = s.id;
      return new WorksheetProxy(this.batch, `${this.path}.getItem(${JSON.stringify(id)})`, (t) => t.wb.sheets.find((x) => x.id === id));
    });
    const out = items.flatMap((item) => item.collect(tx, itemPaths));
    out.push(() => this.loaded.set('items', items));
    return out;
  }

  get items(): WorksheetProxy[] {
    return this.value('items');
  }
}
