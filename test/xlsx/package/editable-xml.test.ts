import { editableXml } from '../../../src/xlsx/package/editable-xml';

describe('editableXml: a part in the plain form the editors read, with the same meaning', () => {
  it('leaves a part Excel wrote as the same string', () => {
    const sheet = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="m"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';
    expect(editableXml(sheet, 'xl/worksheets/sheet1.xml')).toBe(sheet);
  });

  it('drops comments, even around markup, and closes up end tags (XML 1.0 §2.5, §3.1)', () => {
    const sheet = '<worksheet xmlns="m"><!-- a <row r="7"><c r="C7"><v>99</v></c></row> --><sheetData><row r="7"><c r="A7"><v>1</v></c\n><c r="B7"><v>2</v></c >\n</row\t></sheetData ></worksheet>';
    expect(editableXml(sheet, 'xl/worksheets/sheet1.xml')).toBe('<worksheet xmlns="m"><sheetData><row r="7"><c r="A7"><v>1</v></c><c r="B7"><v>2</v></c>\n</row></sheetData></worksheet>');
  });

  it('writes a CDATA section as escaped text; a comment inside one stays text, a CDATA marker inside a comment goes with it', () => {
    const strings = '<sst xmlns="m"><si><t><![CDATA[Điểm <tối đa> & <!-- không phải chú thích -->]]></t></si><!-- <![CDATA[ x ]]> --><si><t>b</t></si></sst>';
    expect(editableXml(strings, 'xl/sharedStrings.xml')).toBe('<sst xmlns="m"><si><t>Điểm &lt;tối đa&gt; &amp; &lt;!-- không phải chú thích --&gt;</t></si><si><t>b</t></si></sst>');
  });

  it('binds a relationships or content types part’s prefixed namespace as the default (OPC names only the namespace)', () => {
    const rels = '<pr:Relationships xmlns:pr="http://schemas.openxmlformats.org/package/2006/relationships"><pr:Relationship Id="rId1" Type="t" Target="a.xml"/></pr:Relationships>';
    expect(editableXml(rels, 'xl/_rels/workbook.xml.rels')).toBe(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="a.xml"/></Relationships>',
    );
    const types = '<?xml version="1.0"?><ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types"><ct:Default Extension="xml" ContentType="application/xml"/></ct:Types>';
    expect(editableXml(types, '[Content_Types].xml')).toBe(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    );
    // A sheet's prefix is the editors' to keep: they write their elements in it.
    const sheet = '<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>';
    expect(editableXml(sheet, 'xl/worksheets/sheet1.xml')).toBe(sheet);
  });
});
