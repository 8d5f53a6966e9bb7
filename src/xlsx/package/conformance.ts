import { strictType } from './rels';
import { findElement, rootPrefix } from './xml';

/**
 * The namespaces the parts the tool adds are written in. ISO/IEC 29500-1 defines two conformance
 * classes: Transitional, what Excel saves by default, spells them under schemas.openxmlformats.org;
 * Strict ("Strict Open XML Spreadsheet" in Excel's Save As) under purl.oclc.org, and a Strict
 * document is not to use the Transitional ones. A new part is written in the workbook's own class.
 */
export interface Namespaces {
  /** SpreadsheetML's main namespace (worksheet, styleSheet). */
  readonly main: string;
  /** The namespace of r:id attributes. */
  readonly relationships: string;
  /** A relationship type, given in its Transitional spelling, in this class's spelling. */
  readonly relationshipType: (transitional: string) => string;
}

const TRANSITIONAL_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_RELATIONSHIPS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

export const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: TRANSITIONAL_RELATIONSHIPS,
  relationshipType: (type) => type,
};

export const STRICT: Namespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: STRICT_RELATIONSHIPS,
  relationshipType: (type) => (type.startsWith(`${TRANSITIONAL_RELATIONSHIPS}/`) ? strictType(type) : type),
};

/** The class of a workbook part: Strict when its root element is in Strict's main namespace. */
export function namespacesOf(workbookXml: string): Namespaces {
  const prefix = rootPrefix(workbookXml);
  const root = findElement(workbookXml, `${prefix}workbook`);
  if (!root) return TRANSITIONAL;
  const name = prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns';
  const declared = new RegExp(`\\s${name.replace(/[.-]/g, '\\$&')}\\s*=\\s*(["'])([^"']*)\\1`).exec(root.startTag)?.[2];
  return declared === STRICT.main ? STRICT : TRANSITIONAL;
}
