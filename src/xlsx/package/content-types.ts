import { OpcPackage, partKey } from './package';
import { attr, escapeAttr, findElement, findElements } from './xml';

/** The package's content types part (ECMA-376 Part 2 §10.1.2). */
const CONTENT_TYPES_PART = '[Content_Types].xml';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
} as const;

/** The content type of a part: its Override, else the Default for its extension. */
export function contentTypeOf(pkg: OpcPackage, part: string): string | undefined {
  const xml = pkg.text(CONTENT_TYPES_PART) ?? '';
  const key = partKey(part);
  const override = findElements(xml, 'Override').find((e) => partKey(attr(e.startTag, 'PartName') ?? '') === key);
  if (override) return attr(override.startTag, 'ContentType');
  const ext = key.slice(key.lastIndexOf('.') + 1);
  const byExtension = findElements(xml, 'Default').find((e) => (attr(e.startTag, 'Extension') ?? '').toLowerCase() === ext);
  return byExtension ? attr(byExtension.startTag, 'ContentType') : undefined;
}

export function addOverride(pkg: OpcPackage, part: string, contentType: string): void {
  const xml = pkg.text(CONTENT_TYPES_PART)!;
  removeOverrideIn(pkg, xml, part);
  const current = pkg.text(CONTENT_TYPES_PART)!;
  const root = findElement(current, 'Types')!;
  const element = `<Override PartName="/${escapeAttr(part.replace(/^\//, ''))}" ContentType="${escapeAttr(contentType)}"/>`;
  pkg.setText(CONTENT_TYPES_PART, `${current.slice(0, root.innerEnd)}${element}${current.slice(root.innerEnd)}`);
}

export function removeOverride(pkg: OpcPackage, part: string): void {
  const xml = pkg.text(CONTENT_TYPES_PART);
  if (xml) removeOverrideIn(pkg, xml, part);
}

function removeOverrideIn(pkg: OpcPackage, xml: string, part: string): void {
  const key = partKey(part);
  const found = findElements(xml, 'Override').find((e) => partKey(attr(e.startTag, 'PartName') ?? '') === key);
  if (found) pkg.setText(CONTENT_TYPES_PART, xml.slice(0, found.start) + xml.slice(found.end));
}
