import { occupiedCells, patchSheet, sheetFacts, type SheetEdit } from '../../../src/xlsx/package/sheet-xml';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function edit(partial: Partial<SheetEdit>): SheetEdit {
  return { cells: new Map(), clear: null, widths: [], dropConditional: () => false, conditionalFormats: () => [], ...partial };
}

describe('patching a worksheet', () => {
  const sheet =
    `<worksheet ${NS}><dimension ref="A1:B3"/><cols><col min="1" max="4" width="12" style="3" customWidth="1"/></cols>` +
    '<sheetData><row r="1" spans="1:2" ht="30" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>1.5</v></c></row>' +
    '<row r="3"><c r="A3"><f>SUM(B1:B2)</f><v>1.5</v></c></row></sheetData>' +
    '<mergeCells count="1"><mergeCell ref="A5:D5"/></mergeCells>' +
    '<conditionalFormatting sqref="B1:B3"><cfRule type="cellIs" dxfId="0" priority="4" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

  it('puts cells in column order in existing rows and new rows in row order, leaving the rest as written', () => {
    const out = patchSheet(
      sheet,
      edit({
        cells: new Map([
          [0, new Map([[3, '<c r="D1"><v>7</v></c>']])],
          [1, new Map([[2, '<c r="C2"><v>8</v></c>']])],
        ]),
      }),
    );
    expect(out).toContain('<row r="1" spans="1:4" ht="30" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>1.5</v></c><c r="D1"><v>7</v></c></row>');
    expect(out).toContain('</row><row r="2"><c r="C2"><v>8</v></c></row><row r="3">');
    expect(out).toContain('<dimension ref="A1:D3"/>');
    expect(out).toContain('<mergeCells count="1"><mergeCell ref="A5:D5"/></mergeCells>');
  });

  it('shows the tool\'s own column when the officer had hidden the columns right of the table, leaving the rest hidden', () => {
    const hidden = sheet.replace('<col min="1" max="4" width="12" style="3" customWidth="1"/>', '<col min="1" max="1" width="12" customWidth="1"/><col min="2" max="16384" width="9" hidden="1" customWidth="1"/>');
    const out = patchSheet(hidden, edit({ widths: [{ col: 2, width: 14 }] }));
    expect(out).toContain(
      '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="9" hidden="1" customWidth="1"/><col min="3" max="3" width="14" customWidth="1"/><col min="4" max="16384" width="9" hidden="1" customWidth="1"/></cols>',
    );
  });

  it('gives the tool its own column widths by splitting a shared <col>, keeping the others', () => {
    const out = patchSheet(sheet, edit({ widths: [{ col: 2, width: 14 }] }));
    expect(out).toContain(
      '<cols><col min="1" max="2" width="12" style="3" customWidth="1"/><col min="3" max="3" width="14" style="3" customWidth="1"/><col min="4" max="4" width="12" style="3" customWidth="1"/></cols>',
    );
  });

  it('removes the previous run’s cells and conditional formats, and numbers its new rules after the highest priority', () => {
    const out = patchSheet(
      sheet,
      edit({
        clear: { first: 0, last: 2, columns: new Set([1]) },
        dropConditional: (sqref) => sqref === 'B1:B3',
        conditionalFormats: (first) => [`<conditionalFormatting sqref="E1"><cfRule type="cellIs" dxfId="1" priority="${first}" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>`],
      }),
    );
    expect(out).not.toContain('r="B1"');
    expect(out).not.toContain('sqref="B1:B3"');
    expect(out).toContain('<c r="A1" t="s"><v>0</v></c></row>');
    // The dropped rule's priority no longer counts: the new one is the first.
    expect(out).toContain('priority="1"');
    expect(out.indexOf('<conditionalFormatting sqref="E1"')).toBeLessThan(out.indexOf('<pageMargins'));
    expect(out.indexOf('<conditionalFormatting sqref="E1"')).toBeGreaterThan(out.indexOf('</mergeCells>'));
  });

  it('reads a rule’s priority and an empty shared string’s type between single quotes too (XML 1.0 §2.3)', () => {
    const quoted = sheet.replace('priority="4"', "priority='4'").replace('<c r="A1" t="s">', "<c r='A1' t='s'>");
    const out = patchSheet(quoted, edit({ conditionalFormats: (first) => [`<conditionalFormatting sqref="E1"><cfRule type="cellIs" dxfId="1" priority="${first}" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>`] }));
    expect(out).toContain('priority="5"');
    expect(occupiedCells(quoted, new Map([[0, new Set([0, 1])]]), ['', 'x'])).toEqual([{ row: 0, col: 1 }]);
  });

  it('spells out the reference of a cell written without one before inserting a cell ahead of it', () => {
    const bare = `<worksheet ${NS}><sheetData><row><c><v>1</v></c><c><v>2</v></c></row></sheetData></worksheet>`;
    const out = patchSheet(bare, edit({ cells: new Map([[0, new Map([[0, '<c r="A1"><v>9</v></c>']])]]) }));
    expect(out).toBe(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>9</v></c><c r="B1"><v>2</v></c></row></sheetData></worksheet>`);
  });

  it('reports values, merges and protection the plan must respect', () => {
    const wanted = new Map([[0, new Set([0, 1, 2])], [2, new Set([0])]]);
    expect(occupiedCells(sheet, wanted)).toEqual([{ row: 0, col: 0 }, { row: 0, col: 1 }, { row: 2, col: 0 }]);
    // A1 points at an empty shared string: it shows nothing, so it is free.
    expect(occupiedCells(sheet, wanted, ['', 'x'])).toEqual([{ row: 0, col: 1 }, { row: 2, col: 0 }]);
    expect(sheetFacts(sheet)).toEqual({ protected: false, merges: [{ row: 4, col: 0, rowCount: 1, colCount: 4 }] });
    expect(sheetFacts(sheet.replace('<mergeCells', '<sheetProtection password="CF7A" sheet="1"/><mergeCells')).protected).toBe(true);
  });

  it('handles a stray cell at XFD1048576 without walking the empty grid', () => {
    const far = `<worksheet ${NS}><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`;
    const out = patchSheet(far, edit({ cells: new Map([[1, new Map([[7, '<c r="H2"><v>3</v></c>']])]]) }));
    expect(out).toContain('<row r="2"><c r="H2"><v>3</v></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>');
    expect(out).toContain('<dimension ref="A1:XFD1048576"/>');
  });
});

describe('patching a long sheet near its top', () => {
  // Rows 1-300 but for row 50, each with one value in A (rows without r follow the one before).
  const rows = Array.from({ length: 300 }, (_, i) => i + 1)
    .filter((n) => n !== 50)
    .map((n) => (n % 7 === 0 ? `<row><c><v>${n}</v></c></row>` : `<row r="${n}"><c r="A${n}"><v>${n}</v></c></row>`));
  const long = `<worksheet ${NS}><sheetData>${rows.join('')}</sheetData></worksheet>`;

  it('finds values before and after the rows an earlier question needed', () => {
    expect(occupiedCells(long, new Map([[2, new Set([0])]]))).toEqual([{ row: 2, col: 0 }]);
    // Read on from where the first question stopped.
    expect(occupiedCells(long, new Map([[1, new Set([0])], [48, new Set([0])], [49, new Set([0])], [250, new Set([0])]]))).toEqual([
      { row: 1, col: 0 },
      { row: 48, col: 0 },
      { row: 250, col: 0 },
    ]);
  });

  it('writes a row it lacks in its place and leaves the rows past the edit as they were', () => {
    const out = patchSheet(
      long,
      edit({
        cells: new Map([
          [2, new Map([[1, '<c r="B3"><v>x</v></c>']])],
          [49, new Map([[1, '<c r="B50"><v>y</v></c>']])],
          [120, new Map([[1, '<c r="B121"><v>z</v></c>']])],
        ]),
      }),
    );
    const expected = rows
      .map((row, i) => {
        const n = i < 49 ? i + 1 : i + 2;
        if (n === 3) return row.replace('</row>', '<c r="B3"><v>x</v></c></row>');
        if (n === 51) return `<row r="50"><c r="B50"><v>y</v></c></row>${row}`;
        if (n === 121) return row.replace('</row>', '<c r="B121"><v>z</v></c></row>');
        return row;
      })
      .join('');
    expect(out).toBe(`<worksheet ${NS}><sheetData>${expected}</sheetData></worksheet>`);
  });
});

describe('reading where a cell sits', () => {
  it('takes a leading reference in any spelling writers use, and any other placing by its attribute', () => {
    // Columns: b (lower case), C after another attribute, $D$ absolute, E with an entity in it
    // (&#69; is "E"), then a reference that is no reference and a cell without one: both follow
    // the cell before, the second at G.
    const row =
      '<row r="2"><c r="b2"><v>1</v></c><c s="1" r="C2"><v>2</v></c><c r="$D$2"><v>3</v></c>' +
      '<c r="&#69;2"><v>4</v></c><c r="E2x"><v>5</v></c><c><v>6</v></c></row>';
    const sheet = `<worksheet ${NS}><sheetData>${row}</sheetData></worksheet>`;
    const wanted = new Map([[1, new Set([0, 1, 2, 3, 4, 5, 6, 7])]]);
    expect(occupiedCells(sheet, wanted).map((c) => c.col)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('patching a worksheet with rows made as it goes', () => {
  const rows = Array.from({ length: 6 }, (_, i) => `<row r="${2 * i + 1}" spans="1:1"><c r="A${2 * i + 1}"><v>${i}</v></c></row>`).join('');
  const sheet = `<worksheet ${NS}><dimension ref="A1:A11"/><sheetData>${rows}</sheetData></worksheet>`;
  // Rows 0-based: 0 and 4 exist, 1 and 3 do not, 20 is past the last; 6 to 8 are cleared.
  const written: [number, Map<number, string>][] = [
    [0, new Map([[2, '<c r="C1"><v>1</v></c>']])],
    [1, new Map([[2, '<c r="C2"><v>2</v></c>'], [3, '<c r="D2"><v>3</v></c>']])],
    [3, new Map([[2, '<c r="C4"><v>4</v></c>']])],
    [4, new Map([[4, '<c r="E5"><v>5</v></c>']])],
    [20, new Map([[2, '<c r="C21"><v>6</v></c>']])],
  ];

  function given(list: [number, Map<number, string>][]): SheetEdit['cells'] {
    let i = 0;
    return { next: () => (i < list.length ? { row: list[i]![0], cells: list[i++]![1] } : undefined) };
  }

  it('writes what the same cells given all at once write, the dimension included', () => {
    const clear = { first: 6, last: 8, columns: new Set([0]) };
    const all = patchSheet(sheet, edit({ cells: new Map(written), clear }));
    expect(patchSheet(sheet, edit({ cells: given(written), clear }))).toBe(all);
    expect(all).toContain('<dimension ref="A1:E21"/>');
    expect(all).toContain('<row r="1" spans="1:3"><c r="A1"><v>0</v></c><c r="C1"><v>1</v></c></row><row r="2">');
    expect(all).toContain('<row r="7"></row>');
    expect(all).toMatch(/<row r="11" spans="1:1"><c r="A11"><v>5<\/v><\/c><\/row><row r="21"><c r="C21"><v>6<\/v><\/c><\/row><\/sheetData>/);
  });

  it('leaves the sheet as it was when no row is given', () => {
    expect(patchSheet(sheet, edit({ cells: given([]) }))).toBe(sheet);
  });
});
