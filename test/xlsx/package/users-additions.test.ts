import { hasUsersAdditions, hasUsersWork, withUsersAdditions } from '../../../src/xlsx/package/users-additions';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A part as the tool writes its sheets (new-sheet.ts). */
const made = (cells: string, extra = '') =>
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
  `<sheetFormatPr defaultRowHeight="15"/><sheetData>${cells}</sheetData>${extra}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

describe('what the officer added to a sheet of the tool’s, taken into its new part', () => {
  it('finds nothing to take in a part the tool wrote', () => {
    expect(hasUsersAdditions(made('<row r="1"><c r="A1"><v>1</v></c></row>'))).toBe(false);
    const fresh = made('<row r="1"><c r="A1"><v>2</v></c></row>');
    expect(withUsersAdditions(made(''), fresh)).toBe(fresh);
  });

  it('takes every child but the layout, in the schema’s order, with the namespaces they use', () => {
    const old =
      `${DECL}<x:worksheet xmlns:x="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="urn:x14ac">` +
      '<x:sheetPr><x:tabColor rgb="FF00B050"/></x:sheetPr><x:dimension ref="A1:C9"/><x:sheetViews><x:sheetView workbookViewId="0" zoomScale="80"/></x:sheetViews>' +
      '<x:cols><x:col min="2" max="2" width="80" customWidth="1"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1"><x:v>9</x:v></x:c></x:row></x:sheetData>' +
      '<x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>' +
      '<x:conditionalFormatting sqref="C2:C9"><x:cfRule type="cellIs" dxfId="4" priority="1" operator="greaterThan"><x:formula>1</x:formula></x:cfRule></x:conditionalFormatting>' +
      '<x:dataValidations count="1"><x:dataValidation type="list" sqref="D2:D9"><x:formula1>"Đạt,Chưa đạt"</x:formula1></x:dataValidation></x:dataValidations>' +
      '<x:pageMargins left="0.3" right="0.3" top="0.5" bottom="0.5" header="0.2" footer="0.2"/><x:pageSetup orientation="landscape" r:id="rId2"/>' +
      '<x:drawing r:id="rId1"/><x:legacyDrawing r:id="rId3"/></x:worksheet>';
    expect(hasUsersAdditions(old)).toBe(true);
    const fresh = made('<row r="1"><c r="A1"><v>2</v></c></row>', '<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="1" priority="1" operator="equal"><formula>"Lỗi"</formula></cfRule></conditionalFormatting>');
    const out = withUsersAdditions(old, fresh);
    expect(out).toBe(
      `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:x="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="urn:x14ac">` +
        '<x:sheetPr><x:tabColor rgb="FF00B050"/></x:sheetPr><dimension ref="A1:B2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
        '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' +
        '<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="1" priority="1" operator="equal"><formula>"Lỗi"</formula></cfRule></conditionalFormatting>' +
        '<x:conditionalFormatting sqref="C2:C9"><x:cfRule type="cellIs" dxfId="4" priority="2" operator="greaterThan"><x:formula>1</x:formula></x:cfRule></x:conditionalFormatting>' +
        '<x:dataValidations count="1"><x:dataValidation type="list" sqref="D2:D9"><x:formula1>"Đạt,Chưa đạt"</x:formula1></x:dataValidation></x:dataValidations>' +
        '<x:pageMargins left="0.3" right="0.3" top="0.5" bottom="0.5" header="0.2" footer="0.2"/><x:pageSetup orientation="landscape" r:id="rId2"/>' +
        '<x:drawing r:id="rId1"/><x:legacyDrawing r:id="rId3"/></worksheet>',
    );
  });

  it('does not double a conditional format the new part writes again, whatever its priority', () => {
    const rule = (p: number) => `<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="1" priority="${p}" operator="equal"><formula>"Lỗi"</formula></cfRule></conditionalFormatting>`;
    const old = made('', `${rule(3)}`).replace('<pageMargins', '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><pageMargins');
    const out = withUsersAdditions(old, made('', rule(1)));
    expect(out.match(/<conditionalFormatting/g)).toHaveLength(1);
    expect(out).toContain('<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><pageMargins');
  });

  it('tells a person’s work from the settings every program writes when it saves a sheet again', () => {
    // As LibreOffice saves a sheet: its sheet properties and print settings, nothing of a person's.
    const resaved = made('', '').replace('<dimension', '<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension')
      .replace('</worksheet>', '').concat('<pageSetup paperSize="9" orientation="portrait"/><headerFooter differentFirst="false"><oddHeader>&amp;C&amp;A</oddHeader></headerFooter></worksheet>');
    expect(hasUsersAdditions(resaved)).toBe(true);
    expect(hasUsersWork(resaved)).toBe(false);
    expect(hasUsersWork(made('', '<legacyDrawing r:id="rId1"/>').replace(/(<legacyDrawing r:id="rId1"\/>)(<pageMargins[^>]*>)/, '$2$1'))).toBe(true);
    const x14 = '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="urn:x14"><x14:sparklineGroups><x14:sparklineGroup/></x14:sparklineGroups></ext></extLst>';
    expect(hasUsersWork(made('').replace('</worksheet>', `${x14}</worksheet>`))).toBe(true);
    // A conditional format: the tool writes some on its own sheets.
    expect(hasUsersWork(made('', '<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="1" priority="1" operator="equal"><formula>"Lỗi"</formula></cfRule></conditionalFormatting>'))).toBe(false);
  });
});
