import { zipSync, strToU8, type Zippable } from 'fflate';

/**
 * Minimal packages written by hand, part by part, so a test states exactly the XML a writer other
 * than exceljs produces (absolute targets, inline strings, 1904 dates, prefixed elements...).
 */
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  readonly name: string;
  /** The worksheet part's XML (the whole document). */
  readonly xml: string;
  readonly state?: 'hidden' | 'veryHidden';
}

export interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[];
  /** cellXfs as numFmtId per style index, and custom formats by id. */
  readonly styles?: { readonly xfs: readonly number[]; readonly numFmts?: Readonly<Record<number, string>> };
  readonly date1904?: boolean;
  /** Write relationship targets as absolute part names ("/xl/worksheets/sheet1.xml"), as openpyxl does. */
  readonly absoluteTargets?: boolean;
  /** Parts added or replaced verbatim. */
  readonly extra?: Readonly<Record<string, string>>;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function sheetXml(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

export function buildPackage(spec: PackageSpec): Uint8Array {
  const target = (path: string): string => (spec.absoluteTargets ? `/xl/${path}` : path);
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${spec.absoluteTargets ? '/xl/workbook.xml' : 'xl/workbook.xml'}"/></Relationships>`,
  };
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rIdS${i + 1}"/>`)
    .join('');
  files['xl/workbook.xml'] =
    `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${R}">${spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets}</sheets></workbook>`;
  const rels = spec.sheets.map((_, i) => `<Relationship Id="rIdS${i + 1}" Type="${R}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`);
  if (spec.sharedStrings) {
    rels.push(`<Relationship Id="rIdT" Type="${R}/sharedStrings" Target="${target('sharedStrings.xml')}"/>`);
    const items = spec.sharedStrings.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t xml:space="preserve">${esc(s)}</t></si>`)).join('');
    files['xl/sharedStrings.xml'] = `<?xml version="1.0"?><sst xmlns="${NS}" count="${spec.sharedStrings.length}">${items}</sst>`;
  }
  if (spec.styles) {
    rels.push(`<Relationship Id="rIdY" Type="${R}/styles" Target="${target('styles.xml')}"/>`);
    const fmts = Object.entries(spec.styles.numFmts ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`)
      .join('');
    const xfs = spec.styles.xfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
    files['xl/styles.xml'] =
      `<?xml version="1.0"?><styleSheet xmlns="${NS}"><numFmts count="1">${fmts}</numFmts><cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs><cellXfs count="${spec.styles.xfs.length}">${xfs}</cellXfs></styleSheet>`;
  }
  files['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0"?><Relationships xmlns="${PR}">${rels.join('')}</Relationships>`;
  spec.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = s.xml));
  Object.assign(files, spec.extra ?? {});
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(files)) zippable[name] = strToU8(text);
  return zipSync(zippable);
}
