import { strToU8, zipSync } from 'fflate';
import { OpcPackage } from '../../../src/xlsx/package/package';
import { addSheet, ensureRelationshipNamespace, readSheets, removeSheet, structureLocked, workbookPartName } from '../../../src/xlsx/package/workbook-part';

function workbook(extra = '', quote: (xml: string) => string = (xml) => xml): OpcPackage {
  const wb = quote(
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${extra}<bookViews><workbookView activeTab="2" firstSheet="1"/></bookViews><sheets>` +
    '<sheet name="Bảng" sheetId="1" r:id="rId1"/><sheet name="Cũ" sheetId="2" r:id="rId2"/><sheet name="Ghi chú" sheetId="3" r:id="rId3"/></sheets>' +
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">\'Ghi chú\'!$A$1:$B$2</definedName>' +
    '<definedName name="Rieng" localSheetId="1">Cũ!$A$1</definedName><definedName name="HeSo">0.5</definedName></definedNames></workbook>');
  const rels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    [1, 2, 3].map((n) => `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet${n}.xml"/>`).join('') +
    '</Relationships>';
  return new OpcPackage(
    zipSync({
      '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8(wb),
      'xl/_rels/workbook.xml.rels': strToU8(rels),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'),
      'xl/worksheets/sheet2.xml': strToU8('<worksheet/>'),
      'xl/worksheets/sheet3.xml': strToU8('<worksheet/>'),
    }),
  );
}

describe('the workbook part', () => {
  it('finds the sheets through absolute relationship targets, as openpyxl writes them', () => {
    const pkg = workbook();
    const part = workbookPartName(pkg);
    expect(readSheets(pkg, part).map((s) => [s.name, s.part])).toEqual([
      ['Bảng', 'xl/worksheets/sheet1.xml'],
      ['Cũ', 'xl/worksheets/sheet2.xml'],
      ['Ghi chú', 'xl/worksheets/sheet3.xml'],
    ]);
  });

  it('renumbers sheet-scoped names and the active tab when a sheet is removed', () => {
    const pkg = workbook();
    const part = workbookPartName(pkg);
    removeSheet(pkg, part, readSheets(pkg, part)[1]!);
    const xml = pkg.text(part)!;
    expect(readSheets(pkg, part).map((s) => s.name)).toEqual(['Bảng', 'Ghi chú']);
    // The print area moves with its sheet to tab 1; the removed sheet's own name goes with it.
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">');
    expect(xml).not.toContain('Rieng');
    expect(xml).toContain('<definedName name="HeSo">0.5</definedName>');
    expect(xml).toContain('<workbookView activeTab="1" firstSheet="1"/>');
    expect(pkg.text('xl/_rels/workbook.xml.rels')).not.toContain('rId2');
  });

  it('reads a structure lock', () => {
    expect(structureLocked(workbook(), 'xl/workbook.xml')).toBe(false);
    expect(structureLocked(workbook('<workbookProtection lockStructure="1"/>'), 'xl/workbook.xml')).toBe(true);
    expect(structureLocked(workbook('<workbookProtection lockStructure="true" workbookPassword="CC3D"/>'), 'xl/workbook.xml')).toBe(true);
  });

  // XML lets an attribute's value sit between single quotes (XML 1.0 §2.3); some generators write them so.
  const singleQuoted = (xml: string): string => xml.replace(/="([^"]*)"/g, "='$1'");

  it('reads sheets and adds one when the attributes are single-quoted', () => {
    const pkg = workbook('', singleQuoted);
    const part = workbookPartName(pkg);
    expect(readSheets(pkg, part).map((s) => [s.name, s.relId, s.part])).toEqual([
      ['Bảng', 'rId1', 'xl/worksheets/sheet1.xml'],
      ['Cũ', 'rId2', 'xl/worksheets/sheet2.xml'],
      ['Ghi chú', 'rId3', 'xl/worksheets/sheet3.xml'],
    ]);
    ensureRelationshipNamespace(pkg, part);
    addSheet(pkg, part, 'Tổng hợp', 'worksheets/sheet4.xml', 'visible');
    const xml = pkg.text(part)!;
    // The root's own declaration of the relationships namespace is used, not declared a second time.
    expect(xml.match(/xmlns:r=/g)).toHaveLength(1);
    expect(readSheets(pkg, part).map((s) => [s.name, s.sheetId])).toEqual([
      ['Bảng', 1],
      ['Cũ', 2],
      ['Ghi chú', 3],
      ['Tổng hợp', 4],
    ]);
  });
});

