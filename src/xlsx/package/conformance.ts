import { attr, findElement, rootPrefix } from './xml';

/**
 * The namespaces a workbook's parts are spelled in. ISO/IEC 29500 Strict (Part 1, Annex A) spells
 * SpreadsheetML's and the relationships' namespaces under purl.oclc.org, Transitional (and ECMA-376)
 * under schemas.openxmlformats.org; the parts the tool adds to a workbook are spelled as its own are,
 * so a Strict package stays Strict.
 */
export interface Namespaces {
  readonly main: string;
  readonly relationships: string;
}

export const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

const STRICT: Namespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/** Strict when the workbook part's root element is in Strict's SpreadsheetML namespace. */
export function namespacesOf(workbookXml: string): Namespaces {
  const p = rootPrefix(workbookXml);
  const root = findElement(workbookXml, `${p}workbook`);
  const declared = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns';
  return root && attr(root.startTag, declared) === STRICT.main ? STRICT : TRANSITIONAL;
}
