import { parseMarker } from '../../domain/plan/marker';
import { MARKER_SHEET } from '../../domain/plan/types';
import type { OwnershipMarker } from '../../domain/plan/types';
import type { OpcPackage } from './package';
import { isType, readRels, REL, relTargetPart } from './rels';
import type { SheetEntry } from './workbook-part';
import { attr, findElement, findElements, rootPrefix, unescapeXml } from './xml';

/** The marker sheet as found: absent, holding a marker, or a sheet of that name holding something else. */
export type MarkerReading =
  | { readonly state: 'absent' }
  | { readonly state: 'found'; readonly sheet: SheetEntry; readonly marker: OwnershipMarker }
  | { readonly state: 'foreign'; readonly sheet: SheetEntry };

/** Excel's escape for characters XML cannot hold (_xHHHH_, Part 1 §22.9.2.19), undone. */
function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item: every run's <t>, phonetic runs (rPh) left out. */
function itemText(xml: string, from: number, to: number): string {
  const withoutPhonetic = xml.slice(from, to).replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  const parts = [...withoutPhonetic.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>/g)].map((m) => m[1]!);
  return decodeEscapes(unescapeXml(parts.join('')));
}

function sharedString(pkg: OpcPackage, workbookPart: string, index: number): string | null {
  const rel = readRels(pkg, workbookPart).find((r) => isType(r, REL.sharedStrings));
  const part = rel ? relTargetPart(workbookPart, rel) : undefined;
  const xml = part ? pkg.text(part) : undefined;
  if (!xml) return null;
  const item = findElements(xml, `${rootPrefix(xml)}si`)[index];
  return item ? itemText(xml, item.innerStart, item.innerEnd) : null;
}

/** The text of cell A1 of a worksheet, whatever way it is stored. */
function firstCellText(pkg: OpcPackage, workbookPart: string, sheetXml: string): string | null {
  const p = rootPrefix(sheetXml);
  const cell = findElements(sheetXml, `${p}c`).find((c) => (attr(c.startTag, 'r') ?? 'A1').toUpperCase() === 'A1');
  if (!cell) return null;
  const type = attr(cell.startTag, 't');
  if (type === 'inlineStr') {
    const is = findElement(sheetXml, `${p}is`, cell.innerStart, cell.innerEnd);
    return is ? itemText(sheetXml, is.innerStart, is.innerEnd) : null;
  }
  const v = findElement(sheetXml, `${p}v`, cell.innerStart, cell.innerEnd);
  if (!v) return null;
  const raw = unescapeXml(sheetXml.slice(v.innerStart, v.innerEnd));
  if (type === 's') return sharedString(pkg, workbookPart, Number(raw));
  return type === 'str' ? decodeEscapes(raw) : null;
}

export function readMarkerSheet(pkg: OpcPackage, workbookPart: string, sheets: readonly SheetEntry[]): MarkerReading {
  const sheet = sheets.find((s) => s.name.toLowerCase() === MARKER_SHEET.toLowerCase());
  if (!sheet) return { state: 'absent' };
  const xml = sheet.part ? pkg.text(sheet.part) : undefined;
  const text = xml ? firstCellText(pkg, workbookPart, xml) : null;
  const marker = text === null ? null : parseMarker(text);
  return marker ? { state: 'found', sheet, marker } : { state: 'foreign', sheet };
}
