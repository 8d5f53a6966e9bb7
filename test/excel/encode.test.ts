import { chunkOps } from '../../src/excel/chunk';
import { columnRects, encodeSheet, formulaInput, interimMarker, linkFormula, rectsExcept, widthToPoints } from '../../src/excel/encode';
import { ExcelAdapterError, toAdapterError } from '../../src/excel/errors';
import { opBytes, type WriteOp } from '../../src/excel/ops';
import type { PlanSheet } from '../../src/domain/plan/types';
import { translator } from '../../src/i18n';

describe('formulaInput', () => {
  it('marks every string as text and passes formulas, numbers and booleans through', () => {
    expect(formulaInput({ value: '=1+1' })).toBe("'=1+1");
    expect(formulaInput({ value: 'Đạt' })).toBe("'Đạt");
    expect(formulaInput({ value: 8.5 })).toBe(8.5);
    expect(formulaInput({ value: true })).toBe(true);
    expect(formulaInput({ value: null })).toBe('');
    expect(formulaInput({ formula: 'SUM(A1:A2)', cached: 3 })).toBe('=SUM(A1:A2)');
    expect(formulaInput({ numberFormat: '0.00' })).toBeNull();
  });
});

describe('encodeSheet', () => {
  const style = { bold: true, fill: '#DDEBF7' };
  const sheet: PlanSheet = {
    name: 'T',
    role: 'summary',
    owned: true,
    blocks: [
      {
        row: 2,
        col: 1,
        cells: [
          [{ value: 'a', style }, { value: 'b', style }],
          [{ value: 1, numberFormat: '0.00' }, null],
          [null, null],
          [{ value: 'x', link: { sheet: 'S', cell: 'B7' } }, { value: 2, style }],
        ],
      },
    ],
    columnWidths: [{ col: 1, width: 10 }],
    conditionalFormats: [],
    freeze: { rows: 3, cols: 0 },
  };

  it('writes rectangles: rows of content per band, equal styles merged into one rectangle', () => {
    const ops = encodeSheet(sheet, 'add', 1_000_000);
    const kinds = ops.map((o) => o.kind);
    expect(kinds[0]).toBe('addSheet');
    const formulas = ops.filter((o): o is Extract<WriteOp, { kind: 'formulas' }> => o.kind === 'formulas');
    // The empty row splits the block in two bands.
    expect(formulas.map((f) => [f.row, f.cells.length])).toEqual([[2, 2], [5, 1]]);
    const styles = ops.filter((o): o is Extract<WriteOp, { kind: 'style' }> => o.kind === 'style');
    expect(styles.find((s) => s.rect.row === 2)?.rect).toEqual({ row: 2, col: 1, rowCount: 1, colCount: 2 });
    // The link is a HYPERLINK formula inside the band that writes its row, not an op of its own.
    expect(formulas[1]?.cells).toEqual([[`=HYPERLINK("#'S'!B7","x")`, 2]]);
    expect(ops.some((o) => o.kind === 'link')).toBe(false);
    expect(ops.find((o) => o.kind === 'columnWidth')).toMatchObject({ col: 1, points: widthToPoints(10) });
    expect(ops[ops.length - 1]).toMatchObject({ kind: 'freeze', rows: 3, cols: 0 });
  });

  it('splits a long block into bands under the given size', () => {
    const long: PlanSheet = { ...sheet, blocks: [{ row: 0, col: 0, cells: Array.from({ length: 1000 }, (_, i) => [{ value: `dòng ${i}` }]) }] };
    const bands = encodeSheet(long, 'inPlace', 2_000).filter((o) => o.kind === 'formulas');
    expect(bands.length).toBeGreaterThan(5);
    for (const band of bands) expect(opBytes(band)).toBeLessThan(2_500);
  });
});

describe('link cells', () => {
  const link = (value: string, sheet = 'Bảng điểm', cell = 'A5') => ({ value, link: { sheet, cell }, style: { fontColor: '#0563C1' } });
  const single = (cell: ReturnType<typeof link>): PlanSheet => ({
    name: 'T',
    role: 'summary',
    owned: true,
    blocks: [{ row: 3, col: 2, cells: [[cell]] }],
    columnWidths: [],
    conditionalFormats: [],
  });

  it('become a HYPERLINK formula with the quoted sheet, the cell and the text', () => {
    expect(formulaInput(link('Sở Nội vụ'))).toBe(`=HYPERLINK("#'Bảng điểm'!A5","Sở Nội vụ")`);
    // A code stays text, trailing zero included: the display text is a string constant.
    expect(formulaInput(link('1.10'))).toBe(`=HYPERLINK("#'Bảng điểm'!A5","1.10")`);
    const ops = encodeSheet(single(link('Sở Nội vụ')), 'add', 1_000_000);
    expect(ops.filter((o) => o.kind === 'formulas')).toEqual([
      { kind: 'formulas', sheet: 'T', row: 3, col: 2, cells: [[`=HYPERLINK("#'Bảng điểm'!A5","Sở Nội vụ")`]] },
    ]);
    expect(ops.some((o) => o.kind === 'link')).toBe(false);
  });

  it('double the quotes inside the text and the apostrophes of the sheet name', () => {
    expect(formulaInput(link('Báo cáo "quý 3"'))).toBe(`=HYPERLINK("#'Bảng điểm'!A5","Báo cáo ""quý 3""")`);
    expect(formulaInput(link('x', "Bảng của Sở's 2", 'C12'))).toBe(`=HYPERLINK("#'Bảng của Sở''s 2'!C12","x")`);
  });

  it('fall back to plain text and a hyperlink op when the formula would be refused or the text needs guarding', () => {
    const long = 'Đ'.repeat(300);
    // 200 characters with 60 quotes: 260 once the quotes are doubled.
    const quoted = `${'a'.repeat(140)}${'"'.repeat(60)}`;
    for (const text of [long, quoted, '=SUM(A1:A3)', '+84 262', '-', '@Sở', 'dòng 1\ndòng 2', '']) {
      expect(linkFormula(link(text))).toBeNull();
      expect(formulaInput(link(text))).toBe(text === '' ? '' : `'${text}`);
      const ops = encodeSheet(single(link(text)), 'add', 1_000_000);
      expect(ops.filter((o) => o.kind === 'link')).toEqual([{ kind: 'link', sheet: 'T', row: 3, col: 2, target: "'Bảng điểm'!A5", text }]);
    }
    const atLimit = 'b'.repeat(255);
    expect(linkFormula(link(atLimit))).toBe(`=HYPERLINK("#'Bảng điểm'!A5","${atLimit}")`);
    expect(linkFormula({ value: 3, link: { sheet: 'S', cell: 'A1' } })).toBeNull();
    expect(linkFormula({ value: 'x' })).toBeNull();
  });

  it('keep the link style: the plan colour and an underline, with or without the formula', () => {
    for (const text of ['Sở Nội vụ', 'Đ'.repeat(300)]) {
      const styles = encodeSheet(single(link(text)), 'add', 1_000_000).filter((o) => o.kind === 'style');
      expect(styles).toEqual([{ kind: 'style', sheet: 'T', rect: { row: 3, col: 2, rowCount: 1, colCount: 1 }, style: { fontColor: '#0563C1' }, underline: true }]);
    }
  });
});

describe('chunkOps', () => {
  it('packs ops in order up to the budget and reports an op too big for any sync', () => {
    const op = (n: number): WriteOp => ({ kind: 'formulas', sheet: 'S', row: n, col: 0, cells: [['x'.repeat(300)]] });
    const ops = Array.from({ length: 10 }, (_, i) => op(i));
    const { chunks, oversized } = chunkOps(ops, opBytes(op(0)) * 3 + 10);
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 3, 1]);
    expect(chunks.flat()).toEqual(ops);
    expect(oversized).toEqual([]);
    expect(chunkOps(ops, 100).oversized.length).toBe(10);
  });

  it('cuts a band by rows to fill what is left of a sync, never over the budget, rows kept in order', () => {
    type Formulas = Extract<WriteOp, { kind: 'formulas' }>;
    const band = (row: number, rows: number): Formulas => ({
      kind: 'formulas',
      sheet: 'S',
      row,
      col: 2,
      cells: Array.from({ length: rows }, (_, i) => [`'dòng ${row + i}`, row + i]),
    });
    const small: WriteOp = { kind: 'columnWidth', sheet: 'S', col: 0, points: 40 };
    const budget = 20_000;
    // Bands of 45% of a sync, as encodePlan makes them: in order, three fill two syncs at most.
    const perRow = opBytes(band(0, 2)) - opBytes(band(0, 1));
    const rowsPerBand = Math.floor((budget * 0.45) / perRow);
    const ops: WriteOp[] = [small, band(0, rowsPerBand), band(rowsPerBand, rowsPerBand), band(2 * rowsPerBand, rowsPerBand), small];
    const total = ops.reduce((sum, op) => sum + opBytes(op), 0);
    const { chunks, oversized } = chunkOps(ops, budget);
    expect(oversized).toEqual([]);
    const sizes = chunks.map((c) => c.reduce((sum, op) => sum + opBytes(op), 0));
    for (const size of sizes) expect(size).toBeLessThanOrEqual(budget);
    expect(chunks.length).toBe(Math.ceil(total / budget));
    // Every sync but the last is filled to within a row of the budget.
    for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThan(budget - perRow - 100);
    // The cut bands write exactly the rows the whole bands did, in the same order.
    const written = chunks.flat().flatMap((op) => (op.kind === 'formulas' ? op.cells.map((line, i) => [op.row + i, ...line]) : [op.kind]));
    const expected = ops.flatMap((op) => (op.kind === 'formulas' ? op.cells.map((line, i) => [op.row + i, ...line]) : [op.kind]));
    expect(written).toEqual(expected);
  });

  it('still reports an oversized band instead of cutting it', () => {
    const huge: WriteOp = { kind: 'formulas', sheet: 'S', row: 0, col: 0, cells: Array.from({ length: 50 }, () => ['x'.repeat(100)]) };
    const { oversized } = chunkOps([{ kind: 'columnWidth', sheet: 'S', col: 0, points: 40 }, huge], 1_000);
    expect(oversized).toEqual([huge]);
  });
});

describe('columnRects and interimMarker', () => {
  it('groups adjacent columns', () => {
    expect(columnRects([7, 5, 6, 9], { first: 3, last: 10 })).toEqual([
      { row: 3, col: 5, rowCount: 8, colCount: 3 },
      { row: 3, col: 9, rowCount: 8, colCount: 1 },
    ]);
  });

  it('claims both the old and the new output while a write is under way', () => {
    const previous = { tool: 'par-scorer', version: 1, tableSheet: 'S', tableColumns: [7, 8], tableRows: { first: 3, last: 40 }, sheets: ['A'] } as const;
    const next = { tool: 'par-scorer', version: 1, tableSheet: 'S', tableColumns: [8, 9], tableRows: { first: 3, last: 30 }, sheets: ['B'] } as const;
    expect(interimMarker(previous, next)).toEqual({ ...next, tableColumns: [7, 8, 9], tableRows: { first: 3, last: 40 }, sheets: ['B', 'A'] });
  });
});

describe('errors', () => {
  it('maps Office error codes to messages in both languages and keeps the detail', () => {
    const office = { code: 'AccessDenied', message: 'protected', debugInfo: { errorLocation: 'Range.values' } };
    const mapped = toAdapterError(office) as ExcelAdapterError;
    expect(mapped).toBeInstanceOf(ExcelAdapterError);
    expect(mapped.messageKey).toBe('excel.error.accessDenied');
    expect(mapped.message).toContain('Range.values');
    expect(translator('vi')(mapped.messageKey)).not.toBe(mapped.messageKey);
    expect(translator('en')(mapped.messageKey)).not.toBe(mapped.messageKey);
    for (const code of ['InvalidArgument', 'ItemAlreadyExists', 'RequestPayloadSizeLimitExceeded', 'SomethingNew']) {
      const key = (toAdapterError({ code }) as ExcelAdapterError).messageKey;
      expect(translator('vi')(key, { code })).not.toBe(key);
    }
  });

  it('never swallows a programming error', () => {
    const bug = new TypeError('x is undefined');
    expect(toAdapterError(bug)).toBe(bug);
  });
});

describe('rectsExcept', () => {
  it('covers a rectangle but for the kept cells, in bands of rows', () => {
    const rect = { row: 2, col: 5, rowCount: 4, colCount: 3 };
    expect(rectsExcept(rect, [])).toEqual([rect]);
    expect(rectsExcept(rect, [{ row: 3, col: 6 }, { row: 9, col: 6 }])).toEqual([
      { row: 2, col: 5, rowCount: 1, colCount: 3 },
      { row: 3, col: 5, rowCount: 1, colCount: 1 },
      { row: 3, col: 7, rowCount: 1, colCount: 1 },
      { row: 4, col: 5, rowCount: 2, colCount: 3 },
    ]);
    // A kept cell at a corner leaves no empty pieces.
    expect(rectsExcept(rect, [{ row: 2, col: 5 }])).toEqual([
      { row: 2, col: 6, rowCount: 1, colCount: 2 },
      { row: 3, col: 5, rowCount: 3, colCount: 3 },
    ]);
  });
});
