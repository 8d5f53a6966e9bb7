import type { Grid } from '../../../src/domain/grid';
import { CellFactory } from '../../../src/xlsx/read/cells';
import { PackageError } from '../../../src/xlsx/read/errors';
import { DEFAULT_LIMITS, sheetScanner } from '../../../src/xlsx/read/sheet';
import { sharedStringsScanner } from '../../../src/xlsx/read/shared-strings';

/*
 * The sheet and shared string readers take plain cells and items a fast way (whole elements matched
 * in the buffer) and everything else the general way (tag by tag). Both must read the same thing:
 * each case is read as written, with every element given a prefix (which the fast way never
 * matches, so the general way reads all of it), and cut into small chunks (so elements are split
 * across the ends of the buffer at every place).
 */
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRINGS = ['STT', 'Tiêu chí', 'Sở Nội vụ'];
// Style 1: a date format, 2: two decimals.
const FORMATS = [undefined, 'dd/mm/yyyy', '0.00'];

function sheet(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** Every element named with the prefix "x:", bound to the same namespace. */
function prefixed(xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z])/g, '<$1x:$2').replace(`<x:worksheet xmlns="${NS}"`, `<x:worksheet xmlns:x="${NS}"`);
}

function read(xml: string, chunk = Infinity): Grid {
  const { scanner, finish } = sheetScanner('S', 'xl/worksheets/sheet1.xml', new CellFactory(STRINGS, FORMATS, false), DEFAULT_LIMITS);
  for (let at = 0; at < xml.length; at += chunk) scanner.feed(xml.slice(at, at + chunk));
  scanner.end();
  return finish();
}

function problem(read: () => unknown): string {
  try {
    read();
  } catch (err) {
    if (err instanceof PackageError) return err.problem;
    throw err;
  }
  return 'none';
}

const CHUNKS = [1, 2, 3, 5, 8, 13, 31];

function expectSameEveryWay(xml: string): Grid {
  const grid = read(xml);
  expect(read(prefixed(xml))).toEqual(grid);
  for (const chunk of CHUNKS) expect(read(xml, chunk)).toEqual(grid);
  return grid;
}

const texts = (grid: Grid): string[][] => grid.cells.map((row) => row.map((c) => c.text));

describe('the fast way of reading a sheet reads what the general way reads', () => {
  it('reads shared strings, numbers in their styles, booleans, errors, dates and formula results', () => {
    const grid = expectSameEveryWay(
      sheet(
        '<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>8.5</v></c><c r="C1" s="1"><v>43466</v></c>' +
          '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" s="1" t="d"><v>2023-01-02T00:00:00</v></c></row>' +
          '<row r="2"><c r="A2"><f>B2*2</f><v>4</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">C2+1</f><v>2</v></c>' +
          '<c r="C2" t="str"><f>"x"&amp;A1</f><v>x&amp;y</v></c><c r="D2"><f>A1+1</f></c><c r="E2" t="s"><f>A1</f><v>2</v></c></row>' +
          '<row r="3"><c r="A3"><v>1.5</v></c><c r="B3"><f t="shared" si="0"/><v>3</v></c><c r="C3" t="inlineStr"><f>A1</f></c></row>',
      ),
    );
    expect(texts(grid)).toEqual([
      ['STT', '8.50', '01/01/2019', 'TRUE', '#N/A', '02/01/2023'],
      ['4', '2', 'x&y', '', 'Sở Nội vụ', ''],
      ['1.5', '3', '', '', '', ''],
    ]);
    // A formula saved without its result is kept as such, for the domain to report.
    expect(grid.cells[1]![3]).toMatchObject({ kind: 'empty', formula: 'A1+1' });
  });

  it('gives a date cell (t="d") Excel’s serial, the phantom 29 February 1900 counted', () => {
    // ECMA-376 Part 1, 18.17.4.1: 1900-01-01 is 1, 1900-02-28 is 59, 1900-03-01 is 61, 2020-01-01 is 43831.
    const grid = expectSameEveryWay(
      sheet(
        '<row r="1"><c r="A1" t="d"><v>1900-01-01</v></c><c r="B1" t="d"><v>1900-02-28T12:00:00</v></c>' +
          '<c r="C1" t="d"><v>1900-03-01</v></c><c r="D1" t="d"><v>2020-01-01T00:00:00</v></c></row>',
      ),
    );
    expect(grid.cells[0]!.map((c) => c.value)).toEqual([1, 59.5, 61, 43831]);
  });

  it('reads cells and rows without references, empty and styled-only cells, and other attributes', () => {
    const grid = expectSameEveryWay(
      sheet(
        '<row><c t="s"><v>1</v></c><c/><c s="2"/><c><v>7</v></c></row>' +
          '<row r="3" s="2" customFormat="1" ht="30" customHeight="1"><c r="B3" s="2" t="s" cm="1"><v>2</v></c><c r="C3" vm="1"><v>5</v></c><c r="D3"></c><c r="E3"><v></v></c></row>' +
          '<row r="4"/><row r="5" spans="1:2"><c r="A5" t="s" s="2"><v>0</v></c><c s="2" r="B5"><v>9</v></c></row>',
      ),
    );
    expect(texts(grid)).toEqual([
      ['Tiêu chí', '', '', '7'],
      ['', '', '', ''],
      ['', 'Sở Nội vụ', '5', ''],
      ['', '', '', ''],
      ['STT', '9.00', '', ''],
    ]);
  });

  it('reads inline strings, CDATA, comments, single quotes and whitespace between and inside tags', () => {
    const grid = expectSameEveryWay(
      sheet(
        '\n  <row r="1">\n    <c r="A1" t="inlineStr"><is><t>Kế hoạch &amp; báo cáo</t></is></c>\n    <c r="B1"><v><![CDATA[12]]></v></c>\n' +
          '    <!-- a note --><c r=\'C1\' t=\'s\'><v>0</v></c><c r="D1" ><v>3</v></c><c r = "E1"><v> 4 </v></c><c r="F1">\n<v>5</v>\n</c>\n  </row>\n',
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      ),
    );
    expect(texts(grid)).toEqual([['Kế hoạch & báo cáo', '', 'STT', '3', '4', '5']]);
    expect(grid.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 2 }]);
  });

  it('keeps rows in order across row boundaries read the fast way, whatever the row attributes', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i * 2 + 1}" spans="1:2" x14ac:dyDescent="0.25"><c r="A${i * 2 + 1}"><v>${i}</v></c><c r="B${i * 2 + 1}" t="s"><v>${i % 3}</v></c></row>`);
    const grid = expectSameEveryWay(sheet(rows.join('')));
    expect(grid.cells).toHaveLength(79);
    expect(grid.cells[78]!.map((c) => c.text)).toEqual(['39', 'STT']);
  });

  it('says a sheet is damaged the same way: a column past XFD, row 0, an element left open in a row', () => {
    for (const rows of [
      '<row r="1"><c r="XFE1"><v>1</v></c></row>',
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="0"><c r="A1"><v>1</v></c></row>',
      '<row r="1"><x><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></x></row>',
      '<row r="1"><c r="A1"><v>1</v></row>',
    ]) {
      const xml = sheet(rows);
      expect(problem(() => read(xml))).toBe('bad-xml');
      expect(problem(() => read(prefixed(xml)))).toBe('bad-xml');
      for (const chunk of CHUNKS) expect(problem(() => read(xml, chunk))).toBe('bad-xml');
    }
  });
});

describe('the fast way of reading shared strings reads what the general way reads', () => {
  function strings(xml: string, chunk = Infinity): string[] {
    const out: string[] = [];
    const scanner = sharedStringsScanner('xl/sharedStrings.xml', out);
    for (let at = 0; at < xml.length; at += chunk) scanner.feed(xml.slice(at, at + chunk));
    scanner.end();
    return out;
  }

  it('reads plain items, preserved spaces, rich text, phonetic guides, escapes and empty items', () => {
    const items = [
      '<si><t>STT</t></si>',
      '<si><t xml:space="preserve"> Sở  Nội vụ </t></si>',
      '<si><r><t>Kế </t></r><r><rPr><b/></rPr><t>hoạch</t></r><rPh sb="0" eb="1"><t>ケ</t></rPh></si>',
      '<si><t>A &amp; B &lt; C_x000D_</t></si>',
      '<si/>',
      '<si><t></t></si>',
      '<si>\n  <t>indented</t>\n</si>',
      '<si><t><![CDATA[a < b & c]]></t></si>',
    ];
    const xml = `<?xml version="1.0"?>\n<sst xmlns="${NS}" count="${items.length}">${items.join('\n')}</sst>`;
    const expected = ['STT', ' Sở  Nội vụ ', 'Kế hoạch', 'A & B < C\r', '', '', 'indented', 'a < b & c'];
    expect(strings(xml)).toEqual(expected);
    expect(strings(prefixed(xml).replace(`<x:sst xmlns="${NS}"`, `<x:sst xmlns:x="${NS}"`))).toEqual(expected);
    for (const chunk of CHUNKS) expect(strings(xml, chunk)).toEqual(expected);
  });
});
