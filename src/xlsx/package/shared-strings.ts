import type { OpcPackage } from './package';
import { isType, readRels, REL, relTargetPart } from './rels';
import { findElements, rootPrefix, unescapeXml } from './xml';

/** Excel's escape for characters XML cannot hold (_xHHHH_, ECMA-376 Part 1 §22.9.2.19), undone. */
export function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item (<si> or <is>): every run's <t>, phonetic runs (rPh) left out. */
export function itemText(xml: string, from: number, to: number): string {
  const withoutPhonetic = xml.slice(from, to).replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  const parts = [...withoutPhonetic.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>/g)].map((m) => m[1]!);
  return decodeEscapes(unescapeXml(parts.join('')));
}

/** Shared strings by index; an array is one, as is the lazy table of a package. */
export interface StringTable {
  at(index: number): string | undefined;
}

/**
 * The workbook's shared strings by index (Part 1 §18.4.9); none when it has none. Read only when a
 * string is first asked for: writing usually needs none, and a large table has megabytes of them.
 */
export function sharedStrings(pkg: OpcPackage, workbookPart: string): StringTable {
  let items: string[] | null = null;
  const read = (): string[] => {
    const rel = readRels(pkg, workbookPart).find((r) => isType(r, REL.sharedStrings));
    const part = rel ? relTargetPart(workbookPart, rel) : undefined;
    const xml = part ? pkg.text(part) : undefined;
    if (!xml) return [];
    return findElements(xml, `${rootPrefix(xml)}si`).map((item) => itemText(xml, item.innerStart, item.innerEnd));
  };
  return { at: (index) => (Number.isInteger(index) && index >= 0 ? (items ??= read())[index] : undefined) };
}
