/** The request context and the workbook-level proxies (workbook, application, runtime). */
import { Batch, ProxyBase, type FakeHost, type Tx } from './context';
import { FakeOfficeError } from './errors';
import { RangeProxy } from './range';
import { WorksheetCollectionProxy, WorksheetProxy } from './worksheet';

const CALCULATION_MODES = new Set(['Automatic', 'AutomaticExceptTables', 'Manual']);

export class ApplicationProxy extends ProxyBase {
  protected readonly scalars = ['calculationMode'] as const;
  constructor(batch: Batch) {
    super(batch, 'application');
  }
  protected override read(tx: Tx, prop: string): unknown {
    if (prop === 'calculationMode') return tx.wb.calculationMode;
    return super.read(tx, prop);
  }
  get calculationMode(): Excel.Application['calculationMode'] {
    return this.value('calculationMode');
  }
  set calculationMode(v: Excel.Application['calculationMode']) {
    this.remember('calculationMode', v);
    this.batch.enqueue({ path: this.path, calculationMode: v }, (tx) => {
      if (!CALCULATION_MODES.has(v)) throw new FakeOfficeError('InvalidArgument', `Unknown calculation mode ${String(v)}.`);
      tx.wb.calculationMode = v;
      tx.dirty = true;
    });
  }
  /** Counted in the payload like any call; the fake recalculates once per sync anyway. */
  suspendApiCalculationUntilNextSync(): void {
    this.batch.enqueue({ path: this.path, suspendApiCalculationUntilNextSync: {} }, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.batch.enqueue({ path: this.path, suspendScreenUpdatingUntilNextSync: {} }, () => undefined);
  }
  calculate(calculationType: Excel.CalculationType | string = 'Full'): void {
    this.batch.enqueue({ path: this.path, calculate: { calculationType } }, (tx) => {
      tx.dirty = true;
      const mode = tx.wb.calculationMode;
      tx.wb.calculationMode = 'Automatic';
      tx.fresh();
      tx.wb.calculationMode = mode;
    });
  }
}

export class RuntimeProxy extends ProxyBase {
  protected readonly scalars = ['enableEvents'] as const;
  constructor(batch: Batch) {
    super(batch, 'runtime');
  }
  protected override read(tx: Tx, prop: string): unknown {
    if (prop === 'enableEvents') return tx.wb.enableEvents;
    return super.read(tx, prop);
  }
  get enableEvents(): boolean {
    return this.value('enableEvents');
  }
  set enableEvents(v: boolean) {
    this.remember('enableEvents', v);
    this.batch.enqueue({ path: this.path, enableEvents: v }, (tx) => {
      tx.wb.enableEvents = Boolean(v);
    });
  }
}

export class WorkbookProtectionProxy extends ProxyBase {
  protected readonly scalars = ['protected'] as const;
  constructor(batch: Batch) {
    super(batch, 'workbook.protection');
  }
  protected override read(tx: Tx, prop: string): unknown {
    if (prop === 'protected') return tx.wb.structureProtected;
    return super.read(tx, prop);
  }
  get protected(): boolean {
    return this.value('protected');
  }
  protect(): void {
    this.batch.enqueue({ path: this.path, protect: {} }, (tx) => {
      tx.wb.structureProtected = true;
    });
  }
  unprotect(): void {
    this.batch.enqueue({ path: this.path, unprotect: {} }, (tx) => {
      tx.wb.structureProtected = false;
    });
  }
}

export class WorkbookProxy extends ProxyBase {
  protected readonly scalars = ['name'] as const;
  readonly worksheets: WorksheetCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(batch: Batch, readonly application: ApplicationProxy) {
    super(batch, 'workbook');
    this.worksheets = new WorksheetCollectionProxy(batch);
    this.protection = new WorkbookProtectionProxy(batch);
  }
  protected override child(name: string): ProxyBase | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'protection') return this.protection;
    if (name === 'application') return this.application;
    return undefined;
  }
  protected override read(tx: Tx, prop: string): unknown {
    if (prop === 'name') return tx.wb.name;
    return super.read(tx, prop);
  }
  get name(): string {
    return this.value('name');
  }
  getSelectedRange(): RangeProxy {
    const sheet = new WorksheetProxy(this.batch, 'workbook.selection.sheet', (tx) => tx.wb.sheets.find((s) => s.id === tx.wb.selection.sheetId));
    return new RangeProxy(this.batch, 'workbook.getSelectedRange()', sheet, (tx) => ({ ...tx.wb.selection.rect }));
  }
  getActiveCell(): RangeProxy {
    const sheet = new WorksheetProxy(this.batch, 'workbook.selection.sheet', (tx) => tx.wb.sheets.find((s) => s.id === tx.wb.selection.sheetId));
    return new RangeProxy(this.batch, 'workbook.getActiveCell()', sheet, (tx) => ({ ...tx.wb.selection.rect, rowCount: 1, colCount: 1 }));
  }
}

/** Stands in for Excel.RequestContext; cast with asRequestContext() where office-js types are expected. */
export class FakeRequestContext {
  private readonly batch: Batch;
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly runtime: RuntimeProxy;
  /** office.js tracking only matters for proxies reused across Excel.run calls; the fake allows that anyway. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(host: FakeHost) {
    this.batch = new Batch(host);
    this.application = new ApplicationProxy(this.batch);
    this.workbook = new WorkbookProxy(this.batch, this.application);
    this.runtime = new RuntimeProxy(this.batch);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this.batch.sync().then(() => passThroughValue as T);
  }
}

export function asRequestContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
