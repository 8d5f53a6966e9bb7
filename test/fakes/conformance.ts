/**
 * Compile-time proof that the fake is typed against @types/office-js: for every member the adapter
 * uses, a property has the type office.js gives it, and a method accepts every argument office.js
 * accepts. `npx tsc --noEmit` fails on this file if the fake drifts from the real API.
 */
import type { FakeRequestContext, ApplicationProxy, RuntimeProxy, WorkbookProtectionProxy, WorkbookProxy } from './workbook';
import type { WorksheetCollectionProxy, WorksheetProxy, ProtectionProxy, FreezePanesProxy } from './worksheet';
import type { CellNoteCollectionProxy, ChartCollectionProxy, ShapeCollectionProxy } from './sheet-objects';
import type { RangeProxy, FontProxy, FillProxy, RangeFormatProxy, RangeAreasProxy, ConditionalFormatCollectionProxy, ConditionalFormatProxy } from './range';

/** True when every listed property of Fake has exactly Real's type (both directions). */
type SameProps<Fake, Real, K extends keyof Fake & keyof Real> = {
  [P in K]: [Fake[P]] extends [Real[P]] ? ([Real[P]] extends [Fake[P]] ? true : false) : false;
}[K];

/** True when every listed method of Fake accepts the parameters Real's method does. */
type AcceptsArgs<Fake, Real, K extends keyof Fake & keyof Real> = {
  [P in K]: Real[P] extends (...args: infer A) => unknown
    ? Fake[P] extends (...args: infer B) => unknown
      ? A extends B
        ? true
        : false
      : false
    : false;
}[K];

type Assert<T extends true> = T;

export type Conformance = [
  Assert<SameProps<RangeProxy, Excel.Range, 'values' | 'formulas' | 'numberFormat' | 'text' | 'valueTypes' | 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'hyperlink' | 'style' | 'columnHidden'>>,
  Assert<AcceptsArgs<RangeProxy, Excel.Range, 'getMergedAreasOrNullObject' | 'select' | 'merge' | 'clear' | 'getEntireColumn' | 'getCell'>>,
  // copyFrom takes the fake's own ranges only, as freezeAt below.
  Assert<SameProps<FontProxy, Excel.RangeFont, 'bold' | 'italic' | 'color' | 'underline'>>,
  Assert<SameProps<FillProxy, Excel.RangeFill, 'color'>>,
  Assert<SameProps<RangeFormatProxy, Excel.RangeFormat, 'wrapText' | 'horizontalAlignment' | 'columnWidth'>>,
  Assert<SameProps<RangeAreasProxy, Excel.RangeAreas, 'address'>>,
  Assert<AcceptsArgs<ConditionalFormatCollectionProxy, Excel.ConditionalFormatCollection, 'add' | 'clearAll'>>,
  Assert<SameProps<ConditionalFormatProxy, Excel.ConditionalFormat, 'id'>>,
  Assert<AcceptsArgs<ConditionalFormatProxy, Excel.ConditionalFormat, 'delete' | 'getRange' | 'getRangeOrNullObject'>>,
  Assert<SameProps<WorksheetProxy, Excel.Worksheet, 'name' | 'visibility'>>,
  Assert<AcceptsArgs<ChartCollectionProxy, Excel.ChartCollection, 'getCount'>>,
  Assert<AcceptsArgs<ShapeCollectionProxy, Excel.ShapeCollection, 'getCount' | 'addGeometricShape'>>,
  Assert<AcceptsArgs<CellNoteCollectionProxy, Excel.CommentCollection, 'getCount'>>,
  Assert<AcceptsArgs<CellNoteCollectionProxy, Excel.NoteCollection, 'getCount'>>,
  Assert<AcceptsArgs<WorksheetProxy, Excel.Worksheet, 'getRange' | 'getUsedRangeOrNullObject' | 'delete' | 'activate'>>,
  Assert<SameProps<ProtectionProxy, Excel.WorksheetProtection, 'protected'>>,
  // freezeAt takes the fake's own ranges only (a proxy cannot resolve a real Excel.Range).
  Assert<AcceptsArgs<FreezePanesProxy, Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'unfreeze'>>,
  Assert<AcceptsArgs<WorksheetCollectionProxy, Excel.WorksheetCollection, 'getItem' | 'getItemOrNullObject' | 'getActiveWorksheet' | 'add'>>,
  Assert<SameProps<ApplicationProxy, Excel.Application, 'calculationMode'>>,
  Assert<AcceptsArgs<ApplicationProxy, Excel.Application, 'suspendScreenUpdatingUntilNextSync'>>,
  Assert<SameProps<RuntimeProxy, Excel.Runtime, 'enableEvents'>>,
  Assert<SameProps<WorkbookProtectionProxy, Excel.WorkbookProtection, 'protected'>>,
  Assert<SameProps<WorkbookProxy, Excel.Workbook, 'name'>>,
  Assert<AcceptsArgs<FakeRequestContext, Excel.RequestContext, 'sync'>>,
];
