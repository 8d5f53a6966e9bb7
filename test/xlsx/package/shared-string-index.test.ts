import { readFileSync } from 'fs';
import { join } from 'path';
import { OpcPackage } from '../../../src/xlsx/package/package';
import { plainItems } from '../../../src/xlsx/package/shared-string-index';
import { XlsxPackage } from '../../../src/xlsx/read/package';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('the workbook’s plain shared strings', () => {
  it('are found by their text with their index, every item counted, plain or not', () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="10" uniqueCount="9">` +
      '<si><t>Kế hoạch</t></si>' +
      '<si><r><rPr><b/></rPr><t>Đậm</t></r><r><t> và thường</t></r></si>' +
      '<si/>' +
      '<si><t xml:space="preserve">  hai khoảng trắng</t></si>' +
      '<si><t xml:space="preserve">Báo cáo &amp; tổng hợp _x0009_</t></si>' +
      '<si><t>cuối dòng _x0009_</t></si>' +
      '<si><t>Nhật</t><rPh sb="0" eb="1"><t>にち</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>Kế hoạch</t></si>' +
      '<si><t>dòng\nhai</t></si>' +
      '</sst>';
    expect([...plainItems(xml)]).toEqual([
      ['Kế hoạch', 0],
      ['  hai khoảng trắng', 3],
      ['Báo cáo & tổng hợp \t', 4],
    ]);
    // The tab at the end of item 5 and the line break of item 8 need xml:space="preserve" to be kept.
  });

  it('read a prefixed part the same', () => {
    const xml = `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si><x:si><x:t>b c</x:t></x:si></x:sst>`;
    expect([...plainItems(xml)]).toEqual([
      ['a', 0],
      ['b c', 1],
    ]);
  });

  it('are not used when a CDATA section or a comment could hide where an item ends', () => {
    expect(plainItems(`<sst ${NS}><si><t><![CDATA[a</si>b]]></t></si><si><t>c</t></si></sst>`).size).toBe(0);
    expect(plainItems(`<sst ${NS}><!-- </si> --><si><t>c</t></si></sst>`).size).toBe(0);
  });
});

describe('the index keyed by the reader’s own strings', () => {
  const examples = ['daklak-2020-phu-luc-i.xlsx', 'daklak-2020-phu-luc-ii.xlsx'];

  it.each(examples)('is the same index for %s, by value, as the one made from the part alone', async (file) => {
    const bytes = readFileSync(join(__dirname, '../../../examples', file));
    const read = await XlsxPackage.open(bytes);
    expect(read.sharedStrings).toBeNull();
    await read.grid(read.worksheets()[0]!.name);
    const decoded = read.sharedStrings!;
    const xml = new OpcPackage(bytes).text('xl/sharedStrings.xml')!;
    const alone = [...plainItems(xml)];
    expect(alone.length).toBeGreaterThan(10);
    expect([...plainItems(xml, decoded)]).toEqual(alone);
  });

  it('is the same by value whatever table it is handed: a wrong, short or shifted one changes nothing', () => {
    const xml = `<sst ${NS}><si><t>a</t></si><si><t>b</t></si><si><r><t>c</t></r></si><si><t>a</t></si><si><t>d</t></si></sst>`;
    const alone = [...plainItems(xml)];
    for (const decoded of [[], ['a'], ['b', 'a', 'c', 'a', 'd'], ['a', 'b', 'c', 'a', 'd', 'e'], ['x', 'y', 'z', 'w', 'v']]) {
      expect([...plainItems(xml, decoded)]).toEqual(alone);
    }
  });
});
