import { OpcPackage, relsPartOf, resolveTarget } from './package';
import { attr, escapeAttr, findElement, findElements } from './xml';

/** A package relationship (ECMA-376 Part 2 §9.3). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

/**
 * Strict OOXML (ISO/IEC 29500 Strict) spells the relationship types under purl.oclc.org, the
 * extended properties' in camel case (ISO/IEC 29500-1, Annex A).
 */
const STRICT_PREFIX = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** A relationship type, given in its Transitional spelling, in Strict's. */
export function strictType(type: string): string {
  const name = type.slice(type.lastIndexOf('/') + 1);
  return STRICT_PREFIX + (name === 'extended-properties' ? 'extendedProperties' : name);
}

export function isType(rel: Relationship, type: string): boolean {
  return rel.type === type || rel.type === strictType(type);
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export function readRels(pkg: OpcPackage, sourcePart: string): Relationship[] {
  const xml = pkg.text(relsPartOf(sourcePart));
  if (!xml) return [];
  return findElements(xml, 'Relationship').map((e) => ({
    id: attr(e.startTag, 'Id') ?? '',
    type: attr(e.startTag, 'Type') ?? '',
    target: attr(e.startTag, 'Target') ?? '',
    external: attr(e.startTag, 'TargetMode') === 'External',
  }));
}

/** The part a relationship points at, or undefined for an external one. */
export function relTargetPart(sourcePart: string, rel: Relationship): string | undefined {
  return rel.external ? undefined : resolveTarget(sourcePart, rel.target);
}

/** Adds a relationship with a fresh id and returns the id. */
export function addRel(pkg: OpcPackage, sourcePart: string, type: string, target: string): string {
  const relsPart = relsPartOf(sourcePart);
  const xml = pkg.text(relsPart) ?? EMPTY_RELS;
  const taken = new Set(findElements(xml, 'Relationship').map((e) => attr(e.startTag, 'Id')));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  const root = findElement(xml, 'Relationships')!;
  const edited = root.startTag.endsWith('/>')
    ? `${xml.slice(0, root.start)}${root.startTag.replace(/\s*\/>$/, '>')}${element}</Relationships>${xml.slice(root.end)}`
    : `${xml.slice(0, root.innerEnd)}${element}${xml.slice(root.innerEnd)}`;
  pkg.setText(relsPart, edited);
  return id;
}

export function removeRel(pkg: OpcPackage, sourcePart: string, id: string): void {
  const relsPart = relsPartOf(sourcePart);
  const xml = pkg.text(relsPart);
  if (!xml) return;
  const found = findElements(xml, 'Relationship').find((e) => attr(e.startTag, 'Id') === id);
  if (!found) return;
  pkg.setText(relsPart, xml.slice(0, found.start) + xml.slice(found.end));
}
