import { StyleBook } from '../../../src/xlsx/package/styles';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.000"/></numFmts>' +
  '<fonts count="2"><font><sz val="13"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="13"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

describe('the tool’s styles', () => {
  it('are appended after the workbook’s own, which keep their indexes', () => {
    const book = new StyleBook(STYLES);
    const bold = book.cellFormat({ style: { bold: true, fill: '#DDEBF7' }, numberFormat: '0.00' });
    const custom = book.cellFormat({ numberFormat: '#,##0.0 "điểm"' });
    expect([bold, custom]).toEqual([2, 3]);
    const xml = book.toXml();
    expect(xml.startsWith(STYLES.slice(0, STYLES.indexOf('<numFmts')))).toBe(true);
    expect(xml).toContain('<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="1"');
    // The new font keeps the workbook's face and size; 0.00 is built-in format 2; the custom one follows 170.
    expect(xml).toContain('<font><b/><sz val="13"/><name val="Times New Roman"/><family val="1"/></font></fonts>');
    expect(xml).toContain('<xf numFmtId="2" fontId="2" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>');
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.000"/><numFmt numFmtId="171" formatCode="#,##0.0 &quot;điểm&quot;"/></numFmts>');
    expect(xml).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills>');
  });

  it('reuse what the part already holds, so a second run adds nothing', () => {
    const first = new StyleBook(STYLES);
    first.cellFormat({ style: { bold: true }, numberFormat: '0.000' });
    first.differentialFormat({ fill: '#FCE4D6' });
    const again = new StyleBook(first.toXml());
    again.cellFormat({ style: { bold: true }, numberFormat: '0.000' });
    again.differentialFormat({ fill: '#FCE4D6' });
    expect(again.toXml()).toBe(first.toXml());
  });

  it('put conditional fills in the background colour and add the dxfs list where the schema wants it', () => {
    const book = new StyleBook(STYLES);
    expect(book.differentialFormat({ fill: '#FCE4D6', fontColor: '#C00000' })).toBe(0);
    const xml = book.toXml();
    expect(xml).toContain('</cellStyles><dxfs count="1"><dxf><font><color rgb="FFC00000"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFCE4D6"/></patternFill></fill></dxf></dxfs></styleSheet>');
  });

  it('leave a plain cell on the default format', () => {
    const book = new StyleBook(STYLES);
    expect(book.cellFormat({})).toBe(0);
    expect(book.toXml()).toBe(STYLES);
  });
});
