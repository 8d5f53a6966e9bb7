import { a1 } from '../../domain/api/cells';
import { markerCells, serializeMarker, type OwnershipMarker } from '../../domain/api/marker';
import { ownsConditionalFormat, ownsNothing, sameSheet, sheetKey, MARKER_SHEET } from '../../domain/api/workbook';
import {
  blockHeight,
  blockRowAt,
  followGrowth,
  followRename,
  keepUserEdits,
  keptOn,
  type ConditionalFormat,
  type PlanCell,
  type PlanSheet,
  type WritePlan,
  type UserEdit,
  type UserEditsChoice,
} from '../../domain/api/plan';
import { UserEditsError } from '../apply-errors';
import { syncSheetTitles } from './app-props';
import { cellTail } from './cell-xml';
import { namespacesOf, type Namespaces } from './conformance';
import { addOverride, CONTENT_TYPE, contentTypeOf, removeOverride } from './content-types';
import { readCellContents } from './cell-content';
import { readMarkerSheet } from './marker-part';
import { sharedStrings } from './shared-strings';
import { sharedStringIndex, type SharedStringIndex } from './shared-string-index';
import { newSheetPart } from './new-sheet';
import { OpcPackage, relativeTarget, relsPartOf } from './package';
import { addRel, isType, readRels, REL, relTargetPart, removeRel } from './rels';
import { cellElements, patchSheetPieces, sqrefColumns, type SheetEdit } from './sheet-xml';
import { isDigitallySigned } from './signatures';
import { utf8Of } from './utf8-writer';
import { StyleBook } from './styles';
import { userEditsInPackage } from './user-edits';
import { findSheet, PackageRefusal, validate } from './validate-plan';
import { addSheet, ensureRelationshipNamespace, highestSheetId, readSheets, removeSheet, setSheetState, workbookPartName, type SheetEntry } from './workbook-part';
import { escapeAttr, escapeText, rootPrefix } from './xml';
import { hasUsersAdditions, hasUsersWork, withUsersAdditions } from './users-additions';
import { followTableHeaders } from './table-headers';
import type { ZipArchive } from '../zip/archive';

export { PackageRefusal, type PackageRefusalReason } from './validate-plan';

/*
 * The order documented on WritePlan, applied to the package: checks first (validate-plan.ts), the
 * user's edits in the tool's cells (user-edits.ts), then deletions, the table sheet's edits, the
 * tool's own sheets, the marker, styles, calcChain, app.xml.
 */

/** `p`: the namespace prefix of the sheet's elements ("x:"), as in cellXml. */
function conditionalXml(cf: ConditionalFormat, dxfId: number, priority: number, p: string): string {
  const sqref = cf.range.replace(/\$/g, '').replace(/^.*!/, '');
  const rule =
    cf.rule.type === 'cellIs'
      ? { operator: cf.rule.operator, formula: cf.rule.formula.replace(/^=/, '') }
      : { operator: 'equal', formula: `"${cf.rule.text.replace(/"/g, '""')}"` };
  return (
    `<${p}conditionalFormatting sqref="${escapeAttr(sqref)}">` +
    `<${p}cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="${rule.operator}"><${p}formula>${escapeText(rule.formula)}</${p}formula></${p}cfRule>` +
    `</${p}conditionalFormatting>`
  );
}

/** The plan sheet's cells, `rows[row][col]` (sparse arrays: rows and columns come out in order); later blocks win. */
function planRows(sheet: PlanSheet): PlanCell[][] {
  const rows: PlanCell[][] = [];
  for (const block of sheet.blocks) {
    for (let dr = 0; dr < block.cells.length; dr++) {
      const line = block.cells[dr]!;
      const row = block.row + dr;
      for (let dc = 0; dc < line.length; dc++) {
        const cell = line[dc];
        if (cell !== null && cell !== undefined) (rows[row] ??= [])[block.col + dc] = cell;
      }
    }
  }
  return rows;
}

/** How the tool's cells are written: their formats appended to the styles, their text shared where the workbook has it. */
interface CellWriting {
  readonly styles: StyleBook;
  readonly shared: SharedStringIndex;
  /** The workbook's conformance class, which the sheets the tool adds are written in. */
  readonly namespaces: Namespaces;
}

/** Cells whose element is remembered at a time (see planCellTail). */
const TAILS_REMEMBERED = 1024;

/** `p`: the namespace prefix of the sheet's elements. A cell's element after `<c r="REF` (see cellTail). */
function planCellTail({ styles, shared }: CellWriting, p = ''): (cell: PlanCell) => string {
  // A constant the plan repeats as one cell object (a product, a deadline down a task list) is made
  // once; formulas and links are each their row's own. The memory is bounded: most constants (a
  // task's own text) appear once, and remembering every one kept them all alive, copied by each
  // young-generation collection while a 50,000-row table's agency sheets were written.
  let tails = new Map<PlanCell, string>();
  return (cell) => {
    let tail = tails.get(cell);
    if (tail === undefined) {
      tail = cellTail(cell, styles.cellFormatOf(cell.style, cell.numberFormat, cell.link !== undefined), shared, p);
      if (cell.formula === undefined && cell.link === undefined) {
        if (tails.size >= TAILS_REMEMBERED) tails = new Map();
        tails.set(cell, tail);
      }
    }
    return tail;
  };
}

/** `p`: the namespace prefix of the sheet's elements. */
function planCellXml(writing: CellWriting, p = ''): (ref: string, cell: PlanCell) => string {
  const tail = planCellTail(writing, p);
  return (ref, cell) => `<${p}c r="${ref}${tail(cell)}`;
}

/** The plan sheet's cells as `<c>` elements by row and column, as a sheet edit takes them. */
function planCells(sheet: PlanSheet, writing: CellWriting, p: string): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  const xml = planCellXml(writing, p);
  planRows(sheet).forEach((cells, row) => {
    const cols = new Map<number, string>();
    cells.forEach((cell, col) => cols.set(col, xml(a1(row, col), cell)));
    out.set(row, cols);
  });
  return out;
}

/**
 * The plan sheet's cells as a sheet edit takes them, a row at a time when the sheet is one
 * described block (the table's columns, table-columns.ts): each row's cells are made, fingerprinted
 * for the marker (blockRowAt) and turned into elements as the patch reaches the row, and die young.
 */
function planEditCells(sheet: PlanSheet, writing: CellWriting, p: string): SheetEdit['cells'] {
  const only = sheet.blocks.length === 1 ? sheet.blocks[0]! : null;
  if (!only?.rows) return planCells(sheet, writing, p);
  const xml = planCellXml(writing, p);
  const at = blockRowAt(only);
  const height = blockHeight(only);
  let i = 0;
  return {
    next: () => {
      // Every row is asked, in order, empty ones too: the marker's fingerprints are fed by this walk.
      while (i < height) {
        const line = at(i)!;
        const row = only.row + i++;
        let cols: Map<number, string> | undefined;
        for (let dc = 0; dc < line.length; dc++) {
          const cell = line[dc];
          if (cell !== null && cell !== undefined) (cols ??= new Map()).set(only.col + dc, xml(a1(row, only.col + dc), cell));
        }
        if (cols) return { row, cells: cols };
      }
      return undefined;
    },
  };
}

function conditionalFormats(sheet: PlanSheet, styles: StyleBook, p = ''): (first: number) => string[] {
  const dxfs = sheet.conditionalFormats.map((cf) => styles.differentialFormat(cf.style));
  return (first) => sheet.conditionalFormats.map((cf, i) => conditionalXml(cf, dxfs[i]!, first + i, p));
}

function stylesPart(pkg: OpcPackage, workbookPart: string, namespaces: Namespaces): string {
  const rel = readRels(pkg, workbookPart).find((r) => isType(r, REL.styles));
  const part = rel ? relTargetPart(workbookPart, rel) : undefined;
  if (part && pkg.has(part)) return pkg.entryName(part)!;
  const created = `${workbookPart.replace(/[^/]*$/, '')}styles.xml`;
  addRel(pkg, workbookPart, namespaces.relationshipType(REL.styles), relativeTarget(workbookPart, created));
  addOverride(pkg, created, CONTENT_TYPE.styles);
  return created;
}

/** A worksheet part name not yet in the package, next to the workbook's other sheets. */
function freshSheetPart(pkg: OpcPackage, workbookPart: string): string {
  const folder = `${workbookPart.replace(/[^/]*$/, '')}worksheets/`;
  for (let n = 1; ; n++) {
    const name = `${folder}sheet${n}.xml`;
    if (!pkg.has(name) && !pkg.has(relsPartOf(name))) return name;
  }
}

/** Removes a sheet whole: its entry, relationship, part, content type and own relationships. */
function deleteSheet(pkg: OpcPackage, workbookPart: string, entry: SheetEntry): void {
  removeSheet(pkg, workbookPart, entry);
  if (!entry.part) return;
  pkg.remove(entry.part);
  pkg.remove(relsPartOf(entry.part));
  removeOverride(pkg, entry.part);
}

/**
 * The workbook's sheets while sheets are deleted and written, by name as Excel compares names: read
 * once and kept up to date. Reading the workbook part again for every sheet lists every sheet each
 * time, and a plan with a thousand agency sheets took a minute (two thousand, seven).
 */
class SheetIndex {
  private readonly byKey = new Map<string, SheetEntry>();
  /** The highest sheetId among the sheets now in the workbook; undefined after a removal, until asked. */
  private highestId: number | undefined = 0;

  constructor(entries: readonly SheetEntry[]) {
    for (const entry of entries) this.put(entry);
  }

  find(name: string): SheetEntry | undefined {
    return this.byKey.get(sheetKey(name));
  }

  /** A sheet added or changed; the first of two sheets with one name is the one found, as findSheet does. */
  put(entry: SheetEntry): void {
    const key = sheetKey(entry.name);
    const known = this.byKey.get(key);
    if (known && known.relId !== entry.relId) return;
    this.byKey.set(key, entry);
    if (this.highestId !== undefined) this.highestId = Math.max(this.highestId, entry.sheetId);
  }

  drop(entry: SheetEntry): void {
    if (this.byKey.get(sheetKey(entry.name)) === entry) this.byKey.delete(sheetKey(entry.name));
    this.highestId = undefined;
  }

  /** The id a new sheet takes: one more than the highest of the sheets there now (as addSheet counts). */
  nextSheetId(): number {
    this.highestId ??= highestSheetId(this.byKey.values());
    return this.highestId + 1;
  }
}

/** Writes an owned sheet whole: in place when it exists, appended to the tabs otherwise. */
function writeWholeSheet(pkg: OpcPackage, workbookPart: string, sheets: SheetIndex, name: string, xml: Uint8Array, state: SheetEntry['state']): void {
  const existing = sheets.find(name);
  if (existing?.part) {
    // What the officer added to the sheet (notes, charts, dropdowns, print settings) goes into the
    // new part, and its relationships part, which links their parts, stays (users-additions.ts).
    const old = pkg.text(existing.part);
    const additions = old !== undefined && hasUsersAdditions(old);
    pkg.setBytes(existing.part, additions ? Buffer.from(withUsersAdditions(old, Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('utf8')), 'utf8') : xml);
    if (!additions) pkg.remove(relsPartOf(existing.part));
    if (existing.state !== state) {
      setSheetState(pkg, workbookPart, existing, state);
      sheets.put({ ...existing, state });
    }
    return;
  }
  if (existing) {
    deleteSheet(pkg, workbookPart, existing);
    sheets.drop(existing);
  }
  const part = freshSheetPart(pkg, workbookPart);
  pkg.setBytes(part, xml);
  addOverride(pkg, part, CONTENT_TYPE.worksheet);
  ensureRelationshipNamespace(pkg, workbookPart);
  const sheetId = sheets.nextSheetId();
  const relId = addSheet(pkg, workbookPart, name, relativeTarget(workbookPart, part), state, sheetId);
  const relType = namespacesOf(pkg.text(workbookPart)!).relationshipType(REL.worksheet);
  sheets.put({ name, sheetId, relId, part: pkg.entryName(part) ?? part, state, relType });
}

/**
 * A cell kept as the user left it, moved into the rewritten sheet: in the new part's namespace form,
 * and a formula shared from another cell written out for this one (its master is not kept).
 */
function keptElement(text: string, prefix: string, formula: string | undefined): string {
  const plain = prefix ? text.replace(new RegExp(`<(/?)${prefix.replace(/[.-]/g, '\\$&')}`, 'g'), '<$1') : text;
  if (formula === undefined || !/<f\b[^>]*\bt\s*=\s*(["'])shared\1/.test(plain)) return plain;
  return plain.replace(/<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>/, `<f>${escapeText(formula)}</f>`);
}

/** The cells of an owned sheet the user chose to keep, as `<c>` elements by row and column. */
function keptCells(pkg: OpcPackage, workbookPart: string, plan: WritePlan, name: string): Map<number, Map<number, string>> {
  const kept = keptOn(plan, name);
  const entry = kept.length > 0 ? findSheet(readSheets(pkg, workbookPart), name) : undefined;
  const xml = entry?.part ? pkg.text(entry.part) : undefined;
  if (!xml) return new Map();
  const elements = cellElements(xml, new Set(kept.map((k) => `${k.row}:${k.col}`)));
  const shared = [...elements.values()].some((cols) => [...cols.values()].some((c) => /\bt\s*=\s*(["'])shared\1/.test(c)));
  const formulas = new Map<string, string>();
  if (shared) {
    for (const cell of readCellContents(xml, sharedStrings(pkg, workbookPart))) {
      if (typeof cell.content === 'object' && cell.content !== null) formulas.set(`${cell.row}:${cell.col}`, cell.content.formula);
    }
  }
  const prefix = rootPrefix(xml);
  for (const [row, cols] of elements) for (const [col, text] of cols) cols.set(col, keptElement(text, prefix, formulas.get(`${row}:${col}`)));
  return elements;
}

/** A cell the user chose to keep, as its `<c>` element, in place of the plan's. */
interface KeptCell {
  readonly keptXml: string;
}

function ownedSheetPart(sheet: PlanSheet, writing: CellWriting, kept: ReadonlyMap<number, ReadonlyMap<number, string>>): Uint8Array {
  const tail = planCellTail(writing);
  const common = {
    widths: sheet.columnWidths,
    conditionalFormats: conditionalFormats(sheet, writing.styles)(1),
    namespaces: writing.namespaces,
    ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
  };
  // The tool's sheets are one block each: written from it as it is, not copied into rows first.
  const only = sheet.blocks.length === 1 && kept.size === 0 ? sheet.blocks[0]! : null;
  if (only) {
    // A described block's rows are made as they are written (row-blocks.ts in the domain).
    const rows = only.rows ? { count: blockHeight(only), at: blockRowAt(only) } : only.cells;
    return newSheetPart<PlanCell>({ rows, first: { row: only.row, col: only.col }, cellTail: tail, ...common });
  }
  const rows: (PlanCell | KeptCell)[][] = planRows(sheet);
  for (const [row, cols] of kept) for (const [col, keptXml] of cols) (rows[row] ??= [])[col] = { keptXml };
  return newSheetPart<PlanCell | KeptCell>({
    rows,
    // Plan cells never have keptXml: looked up only when the user kept something.
    cellTail: tail as (cell: PlanCell | KeptCell) => string,
    ...(kept.size > 0 ? { cellElement: (cell: PlanCell | KeptCell) => ('keptXml' in cell ? cell.keptXml : undefined) } : {}),
    ...common,
  });
}

/** The marker down column A, in pieces a cell can hold. */
function markerSheetPart(marker: OwnershipMarker, namespaces: Namespaces): Uint8Array {
  const rows: PlanCell[][] = markerCells(serializeMarker(marker)).map((text) => [{ value: text }]);
  return newSheetPart({ rows, cellTail: (c) => cellTail(c, 0), widths: [], conditionalFormats: [], namespaces });
}

/** Drops the calculation chain: it lists formula cells, and the tool removes and adds some (Part 1 §18.6). */
function dropCalcChain(pkg: OpcPackage, workbookPart: string): void {
  for (const rel of readRels(pkg, workbookPart).filter((r) => isType(r, REL.calcChain))) {
    const part = relTargetPart(workbookPart, rel);
    removeRel(pkg, workbookPart, rel.id);
    if (!part) continue;
    pkg.remove(part);
    removeOverride(pkg, part);
  }
}

function appPropsPart(pkg: OpcPackage): string | undefined {
  const rel = readRels(pkg, '').find((r) => isType(r, REL.extendedProperties));
  return rel ? relTargetPart('', rel) : undefined;
}

/**
 * `p`: the namespace prefix of the table sheet's elements: the new elements take it too. `previous`:
 * the marker of the run being replaced, whose conditional formats on this sheet go.
 */
function tableEdit(sheet: PlanSheet | undefined, clear: SheetEdit['clear'], previous: { marker: OwnershipMarker; sheet: string } | null, writing: CellWriting, p = ''): SheetEdit {
  const { styles } = writing;
  return {
    cells: sheet ? planEditCells(sheet, writing, p) : new Map(),
    clear,
    widths: sheet?.columnWidths ?? [],
    dropConditional: (sqref, rules) => {
      const span = previous ? sqrefColumns(sqref) : null;
      return span !== null && ownsConditionalFormat(previous!.marker, previous!.sheet, span, rules);
    },
    differentialLook: (index) => styles.differentialLook(index),
    conditionalFormats: sheet ? conditionalFormats(sheet, styles, p) : () => [],
  };
}

interface PackageApplyOptions {
  /** What to do with a user's edits in the tool's cells; without it such edits stop the write. */
  readonly userEdits?: UserEditsChoice;
  /** The shared strings as the reader decoded them, by index (see sharedStringIndex). */
  readonly sharedStrings?: readonly string[] | null;
}

export interface PackageApplyResult {
  readonly bytes: Uint8Array;
  readonly macroEnabled: boolean;
  /** Whether the input was digitally signed: the copy's signatures no longer match what they sign. */
  readonly signed: boolean;
  /** The user's edits left as they were (a keep). */
  readonly kept: readonly UserEdit[];
  /** Sheets the plan deleted that stay, as the user's, for what the user added to them. */
  readonly spared: readonly string[];
}

/**
 * Applies a write plan to an .xlsx/.xlsm package (the order documented on WritePlan) and returns the
 * new package (`source`: its bytes, or the archive a reader has just read). Parts the plan does not concern are copied with their original compressed bytes;
 * the table sheet gets only the tool's cells, column widths and conditional formats. macroEnabled
 * says whether the workbook is a macro workbook, which only an .xlsm name lets Excel open. A user's
 * edits in the tool's cells stop the write (UserEditsError) unless options say to keep or overwrite.
 */
export function applyPlanToPackage(source: Uint8Array | ZipArchive, asked: WritePlan, options: PackageApplyOptions = {}): PackageApplyResult {
  const pkg = new OpcPackage(source);
  pkg.requireContentTypes();
  const workbookPart = workbookPartName(pkg);
  const sheets = readSheets(pkg, workbookPart);
  const marker = readMarkerSheet(pkg, workbookPart, sheets);
  if (marker.state === 'foreign') throw new PackageRefusal('marker-taken', marker.sheet.name);
  // A table sheet renamed since the last run: the plan was built on the marker followed to its new name.
  const previous = followGrowth(followRename(marker.state === 'found' ? marker.marker : null, asked.renamedTable, sheets.map((s) => s.name)), asked.grownTable);
  validate(pkg, workbookPart, sheets, asked, previous, marker.state === 'found');
  const found = userEditsInPackage(pkg, workbookPart, sheets, asked, previous);
  if (found.edits.length > 0 && options.userEdits === undefined) throw new UserEditsError(found);
  const keep = options.userEdits === 'keep';
  const plan = keep ? keepUserEdits(asked, found.edits, previous) : asked;

  const namesBefore = worksheetNames(sheets);
  const namespaces = namespacesOf(pkg.text(workbookPart)!);
  const stylesName = stylesPart(pkg, workbookPart, namespaces);
  const stylesBefore = pkg.text(stylesName);
  const styles = new StyleBook(stylesBefore, namespaces.main);
  const writing: CellWriting = {
    styles,
    shared: plan.sheets.length > 0 ? sharedStringIndex(pkg, workbookPart, options.sharedStrings) : new Map(),
    namespaces,
  };

  const index = new SheetIndex(readSheets(pkg, workbookPart));
  const spared: string[] = [];
  for (const name of plan.deleteSheets) {
    const entry = index.find(name);
    if (!entry) continue;
    // A sheet of the tool's no longer wanted (its agency leads nothing now) that the officer added a
    // note, a chart or formatting to is kept as it is: the marker no longer lists it, so it is the
    // officer's sheet from now on.
    const old = entry.part ? pkg.text(entry.part) : undefined;
    if (old !== undefined && hasUsersWork(old)) {
      spared.push(entry.name);
      continue;
    }
    deleteSheet(pkg, workbookPart, entry);
    index.drop(entry);
  }

  // The previous run's cells and conditional formats go; every column it owned is cleared, not only
  // the dropped ones, so a shorter table leaves no stale rows behind. Cells the user chose to keep stay.
  const clearColumns = new Set<number>([...plan.clearTableColumns, ...(previous?.tableColumns ?? [])]);
  const clear =
    previous?.tableSheet && previous.tableRows
      ? {
          first: previous.tableRows.first,
          last: previous.tableRows.last,
          columns: clearColumns,
          keep: new Set(keptOn(plan, previous.tableSheet).map((k) => `${k.row}:${k.col}`)),
        }
      : null;
  const tableSheet = plan.sheets.find((s) => !s.owned);
  const edited: { name: string; edit: SheetEdit }[] = [];
  const replaced = previous?.tableSheet ? { marker: previous, sheet: previous.tableSheet } : null;
  if (replaced) edited.push({ name: replaced.sheet, edit: tableEdit(undefined, clear, replaced, writing) });
  if (tableSheet) {
    const at = edited.findIndex((e) => sameSheet(e.name, tableSheet.name));
    const sameAsPrevious = at >= 0;
    const entry = findSheet(readSheets(pkg, workbookPart), tableSheet.name);
    const xml = entry?.part ? pkg.text(entry.part) : undefined;
    const edit = tableEdit(tableSheet, sameAsPrevious ? clear : null, sameAsPrevious ? replaced : null, writing, xml ? rootPrefix(xml) : '');
    if (sameAsPrevious) edited[at] = { name: tableSheet.name, edit };
    else edited.push({ name: tableSheet.name, edit });
  }
  for (const { name, edit } of edited) {
    const entry = findSheet(readSheets(pkg, workbookPart), name);
    const xml = entry?.part ? pkg.text(entry.part) : undefined;
    if (entry?.part && xml) pkg.setBytes(entry.part, utf8Of(patchSheetPieces(xml, edit)));
  }
  if (tableSheet) {
    const entry = findSheet(readSheets(pkg, workbookPart), tableSheet.name);
    if (entry?.part) followTableHeaders(pkg, entry.part, tableSheet);
  }

  for (const sheet of plan.sheets.filter((s) => s.owned)) {
    const kept = keptCells(pkg, workbookPart, plan, sheet.name);
    writeWholeSheet(pkg, workbookPart, index, sheet.name, ownedSheetPart(sheet, writing, kept), 'visible');
  }
  if (!ownsNothing(plan.marker)) {
    writeWholeSheet(pkg, workbookPart, index, MARKER_SHEET, markerSheetPart(plan.marker, namespaces), 'veryHidden');
  } else {
    const entry = index.find(MARKER_SHEET);
    if (entry) deleteSheet(pkg, workbookPart, entry);
  }

  if (styles.toXml() !== stylesBefore) pkg.setText(stylesName, styles.toXml());
  dropCalcChain(pkg, workbookPart);
  syncSheetTitles(pkg, appPropsPart(pkg), namesBefore, worksheetNames(readSheets(pkg, workbookPart)));
  return {
    bytes: pkg.toBytes(),
    macroEnabled: contentTypeOf(pkg, workbookPart) === CONTENT_TYPE.macroWorkbook,
    signed: isDigitallySigned(pkg),
    kept: keep ? found.edits : [],
    spared,
  };
}

/**
 * The worksheets' names in the workbook's order: the extended properties list chart sheets under a
 * heading of their own ("Charts"), so the "Worksheets" group is found and kept in step only by these
 * (Transitional and Strict relationship types alike end in "/worksheet").
 */
function worksheetNames(sheets: readonly { readonly name: string; readonly relType: string }[]): string[] {
  return sheets.filter((s) => s.relType.endsWith('/worksheet')).map((s) => s.name);
}
