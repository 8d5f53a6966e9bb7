import { namespacesOf } from './conformance';
import { OpcPackage } from './package';
import { isType, readRels, REL, relTargetPart, removeRel, addRel, type Relationship } from './rels';
import { attr, escapeAttr, findElement, findElements, insertChild, removeAttr, rootPrefix, setAttr } from './xml';

/** A sheet as the workbook part lists it, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The worksheet part, or undefined when the relationship is missing or points outside. */
  readonly part: string | undefined;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly relType: string;
}

export class NotAWorkbookError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'NotAWorkbookError';
  }
}

/** The workbook part: the package relationship of type officeDocument (Part 1 §12.3.23). */
export function workbookPartName(pkg: OpcPackage): string {
  const rel = readRels(pkg, '').find((r) => isType(r, REL.officeDocument));
  const part = rel ? relTargetPart('', rel) : undefined;
  if (!part || !pkg.has(part)) throw new NotAWorkbookError('no workbook part');
  return pkg.entryName(part)!;
}

/** CT_Workbook's child order (Part 1 §18.2.27). */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches',
  'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

function relIdOf(tag: string): string {
  // XML allows either quote around an attribute's value (XML 1.0 §2.3, AttValue).
  const m = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
  return m?.[1] ?? m?.[2] ?? '';
}

export function readSheets(pkg: OpcPackage, workbookPart: string): SheetEntry[] {
  const xml = pkg.text(workbookPart)!;
  const p = rootPrefix(xml);
  const rels = readRels(pkg, workbookPart);
  const sheets = findElement(xml, `${p}sheets`);
  if (!sheets) return [];
  // By id, not searched per sheet: a workbook with a sheet for each of a thousand agencies.
  const relById = new Map<string, Relationship>();
  for (const r of rels) if (!relById.has(r.id)) relById.set(r.id, r);
  return findElements(xml, `${p}sheet`, sheets.innerStart, sheets.innerEnd).map((e) => {
    const relId = relIdOf(e.startTag);
    const rel: Relationship | undefined = relById.get(relId);
    const part = rel ? relTargetPart(workbookPart, rel) : undefined;
    const state = attr(e.startTag, 'state');
    return {
      name: attr(e.startTag, 'name') ?? '',
      sheetId: Number(attr(e.startTag, 'sheetId') ?? 0),
      relId,
      part: part && pkg.has(part) ? pkg.entryName(part) : undefined,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      relType: rel?.type ?? '',
    };
  });
}

function isOn(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** Whether the workbook's structure is locked (no sheet may be added, deleted or renamed). */
export function structureLocked(pkg: OpcPackage, workbookPart: string): boolean {
  const xml = pkg.text(workbookPart)!;
  const protection = findElement(xml, `${rootPrefix(xml)}workbookProtection`);
  return protection !== undefined && isOn(attr(protection.startTag, 'lockStructure'));
}

/** Appends a sheet (its part already written) to the tab order, with its relationship. */
/**
 * Appends a sheet to the tabs, with its relationship; returns the relationship's id. `sheetId`: the
 * id to give it when the caller keeps count (one more than the highest there), else counted here.
 */
export function addSheet(pkg: OpcPackage, workbookPart: string, name: string, target: string, state: SheetEntry['state'], sheetId?: number): string {
  const relId = addRel(pkg, workbookPart, namespacesOf(pkg.text(workbookPart)!).relationshipType(REL.worksheet), target);
  const xml = pkg.text(workbookPart)!;
  const p = rootPrefix(xml);
  sheetId ??= highestSheetId(readSheets(pkg, workbookPart)) + 1;
  const relPrefix = relationshipPrefix(xml);
  const stateAttr = state === 'visible' ? '' : ` state="${state}"`;
  const element = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${stateAttr} ${relPrefix}:id="${relId}"/>`;
  const sheets = findElement(xml, `${p}sheets`);
  const edited = sheets
    ? sheets.startTag.endsWith('/>')
      ? insertChild(xml, sheets, element, 'sheet', [])
      : `${xml.slice(0, sheets.innerEnd)}${element}${xml.slice(sheets.innerEnd)}`
    : insertChild(xml, findElement(xml, `${p}workbook`)!, `<${p}sheets>${element}</${p}sheets>`, 'sheets', WORKBOOK_ORDER);
  pkg.setText(workbookPart, edited);
  return relId;
}

/** A loop, not Math.max(...ids): a workbook may have more sheets than a call takes arguments. */
export function highestSheetId(sheets: Iterable<SheetEntry>): number {
  let highest = 0;
  for (const s of sheets) highest = Math.max(highest, s.sheetId);
  return highest;
}

const RELATIONSHIPS_NS = /xmlns:([\w.-]+)\s*=\s*(["'])http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships\2/;

/**
 * The prefix the root binds to the relationships namespace ("r" when it binds none: then
 * ensureRelationshipNamespace declares it). Only the root counts: openpyxl declares it on each
 * sheet element instead, where it does not reach a new sibling.
 */
function relationshipPrefix(xml: string): string {
  const root = findElement(xml, `${rootPrefix(xml)}workbook`);
  return (root && RELATIONSHIPS_NS.exec(root.startTag)?.[1]) ?? 'r';
}

/** Makes sure the root declares the relationships namespace the new sheet elements use. */
export function ensureRelationshipNamespace(pkg: OpcPackage, workbookPart: string): void {
  const xml = pkg.text(workbookPart)!;
  const root = findElement(xml, `${rootPrefix(xml)}workbook`)!;
  if (RELATIONSHIPS_NS.test(root.startTag)) return;
  const tag = setAttr(root.startTag, 'xmlns:r', namespacesOf(xml).relationships);
  pkg.setText(workbookPart, xml.slice(0, root.start) + tag + xml.slice(root.start + root.startTag.length));
}

/**
 * Removes a sheet from the tab order with its relationship. Defined names scoped to later sheets
 * are renumbered (localSheetId is a tab index, Part 1 §18.2.5) and the views' active and first tab
 * kept on a visible sheet.
 */
export function removeSheet(pkg: OpcPackage, workbookPart: string, sheet: SheetEntry): void {
  const before = readSheets(pkg, workbookPart);
  const index = before.findIndex((s) => s.relId === sheet.relId && s.name === sheet.name);
  if (index < 0) return;
  let xml = pkg.text(workbookPart)!;
  const p = rootPrefix(xml);
  const sheets = findElement(xml, `${p}sheets`)!;
  const element = findElements(xml, `${p}sheet`, sheets.innerStart, sheets.innerEnd)[index]!;
  xml = xml.slice(0, element.start) + xml.slice(element.end);
  xml = renumberLocalNames(xml, p, index);
  pkg.setText(workbookPart, xml);
  removeRel(pkg, workbookPart, sheet.relId);
  repairViews(pkg, workbookPart, index);
}

function renumberLocalNames(xml: string, p: string, removed: number): string {
  const names = findElement(xml, `${p}definedNames`);
  if (!names) return xml;
  let inner = xml.slice(names.innerStart, names.innerEnd);
  const spans = findElements(inner, `${p}definedName`).reverse();
  for (const span of spans) {
    const local = attr(span.startTag, 'localSheetId');
    if (local === undefined) continue;
    const id = Number(local);
    if (id === removed) inner = inner.slice(0, span.start) + inner.slice(span.end);
    else if (id > removed) inner = inner.slice(0, span.start) + setAttr(span.startTag, 'localSheetId', String(id - 1)) + inner.slice(span.start + span.startTag.length);
  }
  if (findElements(inner, `${p}definedName`).length === 0) return xml.slice(0, names.start) + xml.slice(names.end);
  return xml.slice(0, names.innerStart) + inner + xml.slice(names.innerEnd);
}

function repairViews(pkg: OpcPackage, workbookPart: string, removed: number): void {
  let xml = pkg.text(workbookPart)!;
  const p = rootPrefix(xml);
  const sheets = readSheets(pkg, workbookPart);
  const firstVisible = Math.max(0, sheets.findIndex((s) => s.state === 'visible'));
  for (const view of findElements(xml, `${p}workbookView`).reverse()) {
    let tag = view.startTag;
    const active = Number(attr(tag, 'activeTab') ?? 0);
    let next = active > removed ? active - 1 : active;
    if (!sheets[next] || sheets[next]!.state !== 'visible') next = firstVisible;
    tag = next === 0 ? removeAttr(tag, 'activeTab') : setAttr(tag, 'activeTab', String(next));
    const first = Number(attr(tag, 'firstSheet') ?? 0);
    if (first > removed) tag = setAttr(tag, 'firstSheet', String(first - 1));
    if (Number(attr(tag, 'firstSheet') ?? 0) >= sheets.length) tag = removeAttr(tag, 'firstSheet');
    if (tag !== view.startTag) xml = xml.slice(0, view.start) + tag + xml.slice(view.start + view.startTag.length);
  }
  pkg.setText(workbookPart, xml);
}

/** Sets or clears the state attribute of a listed sheet. */
export function setSheetState(pkg: OpcPackage, workbookPart: string, sheet: SheetEntry, state: SheetEntry['state']): void {
  const xml = pkg.text(workbookPart)!;
  const p = rootPrefix(xml);
  const sheets = findElement(xml, `${p}sheets`)!;
  const element = findElements(xml, `${p}sheet`, sheets.innerStart, sheets.innerEnd).find((e) => relIdOf(e.startTag) === sheet.relId);
  if (!element) return;
  const tag = state === 'visible' ? removeAttr(element.startTag, 'state') : setAttr(element.startTag, 'state', state);
  if (tag !== element.startTag) pkg.setText(workbookPart, xml.slice(0, element.start) + tag + xml.slice(element.start + element.startTag.length));
}
