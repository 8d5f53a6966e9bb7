/**
 * What a sheet holds beside its cells, as far as the add-in asks: Worksheet.charts (ChartCollection,
 * ExcelApi 1.1; getCount 1.4), Worksheet.shapes (ShapeCollection, ExcelApi 1.9), Worksheet.comments
 * (CommentCollection, ExcelApi 1.10) and Worksheet.notes (NoteCollection, ExcelApi 1.18): each can add
 * an object and count them. They live and die with their sheet.
 */
import { FakeClientResult, ProxyBase, type Batch, type Tx } from './context';
import { FakeOfficeError } from './errors';
import type { SheetModel, SheetObject } from './model';

interface SheetOwner {
  readonly batch: Batch;
  readonly path: string;
  sheet(tx: Tx): SheetModel;
}

export class SheetObjectCollectionProxy extends ProxyBase {
  protected readonly scalars = [] as const;

  constructor(private readonly owner: SheetOwner, private readonly kind: SheetObject['kind']) {
    super(owner.batch, `${owner.path}.${kind}`);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.batch.enqueue({ path: this.path, getCount: {} }, (tx) => {
      const n = (this.owner.sheet(tx).objects ?? []).filter((o) => o.kind === this.kind).length;
      tx.deliveries.push(() => result.set(n));
    });
    return result;
  }

  protected place(label: string, anchor: string, check?: (sheet: SheetModel) => void): void {
    this.batch.enqueue({ path: this.path, [label]: { anchor } }, (tx) => {
      const sheet = this.owner.sheet(tx);
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'The sheet is protected.');
      check?.(sheet);
      (sheet.objects ??= []).push({ kind: this.kind, anchor });
    });
  }
}

/** ChartCollection.add(type, sourceData, seriesBy?). */
export class ChartCollectionProxy extends SheetObjectCollectionProxy {
  constructor(owner: SheetOwner) {
    super(owner, 'charts');
  }
  add(type: string, sourceData: { readonly path: string } | string, _seriesBy?: string): void {
    this.place('add', `${type} ${typeof sourceData === 'string' ? sourceData : sourceData.path}`);
  }
}

/** ShapeCollection.addGeometricShape(geometricShapeType). */
export class ShapeCollectionProxy extends SheetObjectCollectionProxy {
  constructor(owner: SheetOwner) {
    super(owner, 'shapes');
  }
  addGeometricShape(geometricShapeType: string): void {
    this.place('addGeometricShape', geometricShapeType);
  }
}

/**
 * CommentCollection.add(cellAddress, content) and NoteCollection.add(cellAddress, content): one per
 * cell ("Adds a new comment ... on the given cell"; a second one on the cell is refused).
 */
export class CellNoteCollectionProxy extends SheetObjectCollectionProxy {
  constructor(owner: SheetOwner, private readonly noteKind: 'comments' | 'notes') {
    super(owner, noteKind);
  }
  add(cellAddress: string, _content: string): void {
    const cell = cellAddress.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase();
    this.place('add', cell, (sheet) => {
      if ((sheet.objects ?? []).some((o) => o.kind === this.noteKind && o.anchor === cell)) {
        throw new FakeOfficeError('InvalidArgument', `The cell ${cell} already has one.`);
      }
    });
  }
}
