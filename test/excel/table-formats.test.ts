import { appliedRect, queueFormats, queueRanges, resolveFormats, ruleShape, withTableFormats, type TableFormats } from '../../src/excel/table-formats';
import { ownsConditionalFormat } from '../../src/domain/api/workbook';
import type { OwnershipMarker } from '../../src/domain/plan/types';
import type { WriteOp } from '../../src/excel/ops';
import { readOwnedCells } from '../../src/excel/owned-cells';
import { createFakeWorkbook } from '../fakes';

const MARKER: OwnershipMarker = { tool: 'par-scorer', version: 1, tableSheet: 'Bảng', tableColumns: [7, 8, 9], tableRows: { first: 5, last: 40 }, sheets: [] };

describe("the add-in's reading of conditional formats in the shared rule's terms", () => {
  it('maps Office.js types and operators to the names a workbook stores, formulas without their "="', () => {
    expect(ruleShape('CellValue', { formula1: '="Lệch"', operator: 'EqualTo' })).toEqual({ type: 'cellIs', operator: 'equal', formulas: ['"Lệch"'] });
    expect(ruleShape('CellValue', { formula1: '=0', formula2: '=10', operator: 'Between' })).toEqual({ type: 'cellIs', operator: 'between', formulas: ['0', '10'] });
    expect(ruleShape('CellValue', { formula1: '=$H$2', operator: 'GreaterThanOrEqual' })).toEqual({ type: 'cellIs', operator: 'greaterThanOrEqual', formulas: ['$H$2'] });
    expect(ruleShape('ColorScale', null)).toEqual({ type: 'colorScale', formulas: [] });
    expect(ruleShape('DataBar', null)).toEqual({ type: 'dataBar', formulas: [] });
    expect(ruleShape('PresetCriteria', null)).toEqual({ type: 'PresetCriteria', formulas: [] });
  });

  it('decides as the CLI does: the tool owns only its "equal to a text" labels inside its columns', () => {
    const owns = (type: string, rule: Parameters<typeof ruleShape>[1], first: number, last: number) => ownsConditionalFormat(MARKER, 'bảng', { first, last }, [ruleShape(type, rule)]);
    expect(owns('CellValue', { formula1: '="Vượt tối đa"', operator: 'EqualTo' }, 9, 9)).toBe(true);
    expect(owns('CellValue', { formula1: '=0', operator: 'GreaterThan' }, 7, 9)).toBe(false);
    expect(owns('CellValue', { formula1: '="OK"', operator: 'NotEqualTo' }, 9, 9)).toBe(false);
    expect(owns('ColorScale', null, 7, 7)).toBe(false);
    expect(owns('CellValue', { formula1: '="OK"', operator: 'EqualTo' }, 0, 9)).toBe(false);
  });

  it('reads the range a format applies to, whole columns included', () => {
    expect(appliedRect("'Phụ lục I'!L7:L110")).toEqual({ row: 6, col: 11, rowCount: 104, colCount: 1 });
    expect(appliedRect('Bảng!H:J')).toEqual({ row: 0, col: 7, rowCount: 1_048_576, colCount: 3 });
    expect(appliedRect('Bảng!3:3')).toBeNull();
  });

  it("deletes the tool's formats before the first clear of its columns and clears around the user's", () => {
    const format = (id: string) => ({ id }) as unknown as Excel.ConditionalFormat;
    const formats: TableFormats = {
      sheet: 'Bảng',
      known: true,
      entries: [
        { key: 'k1', format: format('1'), rect: { row: 6, col: 9, rowCount: 35, colCount: 1 }, owned: true },
        { key: 'k2', format: format('2'), rect: { row: 6, col: 7, rowCount: 10, colCount: 1 }, owned: false },
      ],
    };
    const ops: WriteOp[] = [
      { kind: 'beginMarker', text: 'm', create: false },
      { kind: 'clearRect', sheet: 'Bảng', rect: { row: 5, col: 7, rowCount: 36, colCount: 1 } },
      { kind: 'clearRect', sheet: 'Bảng', rect: { row: 5, col: 9, rowCount: 36, colCount: 1 } },
      { kind: 'clearRect', sheet: 'PAR - Tổng hợp', rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } },
    ];
    expect(withTableFormats(ops, formats)).toEqual([
      ops[0],
      { kind: 'deleteFormats', sheet: 'Bảng', keys: ['k1'] },
      { ...ops[1], keepFormats: true },
      ops[2],
      ops[3],
    ]);
    // Not read (the host refused): nothing is deleted and every clear keeps the formats.
    expect(withTableFormats(ops, { sheet: 'Bảng', known: false })).toEqual([ops[0], { ...ops[1], keepFormats: true }, { ...ops[2], keepFormats: true }, ops[3]]);
  });
});

describe("loads that ride on the first read of the tool's cells", () => {
  const spec = { sheets: [{ name: 'Bảng', cells: [['a', 1], ['b', 2]] }, { name: 'PAR - Tổng hợp', cells: [['x']] }] };
  const failing = (ctx: Excel.RequestContext) => () => {
    ctx.workbook.worksheets.getItem('Không có').getRange('A1').load('values');
  };

  it.each([
    ['a rectangle', [{ sheet: 'Bảng', rect: { row: 0, col: 0, rowCount: 2, colCount: 2 } }]],
    ['a used range first', [{ sheet: 'PAR - Tổng hợp', rect: 'used' as const }, { sheet: 'Bảng', rect: { row: 0, col: 0, rowCount: 2, colCount: 2 } }]],
  ])('never stop it: a request failing with them is sent again without them (%s)', async (_, areas) => {
    const fake = createFakeWorkbook(spec);
    const read = await fake.run((ctx) => readOwnedCells(ctx, areas, undefined, failing(ctx)));
    const plain = await createFakeWorkbook(spec).run((ctx) => readOwnedCells(ctx, areas));
    expect(read.contents).toEqual(plain.contents);
    expect(read.syncs).toBe(plain.syncs + 1);
    expect(fake.stats.failedSyncs).toBe(1);
  });

  it('ride on the first request and cost none of their own when they succeed', async () => {
    const fake = createFakeWorkbook(spec);
    let range: Excel.Range | null = null;
    const read = await fake.run((ctx) =>
      readOwnedCells(ctx, [{ sheet: 'Bảng', rect: { row: 0, col: 0, rowCount: 2, colCount: 2 } }], undefined, () => {
        range = ctx.workbook.worksheets.getItem('PAR - Tổng hợp').getRange('A1').load('values');
      }),
    );
    expect(read.syncs).toBe(1);
    expect(range!.values).toEqual([['x']]);
  });
});

describe('formats read over columns in two groups', () => {
  it('lists a format over both groups once, and owns only what lies inside the columns', async () => {
    const marker: OwnershipMarker = { ...MARKER, tableColumns: [7, 8, 10] };
    const fake = createFakeWorkbook({ sheets: [{ name: 'Bảng', cells: [['a']] }] });
    const entries = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Bảng');
      // In the tool's look (the check column's red), or in the user's own.
      const label = (address: string, fill = '#FFC7CE', font = '#9C0006') => {
        const cf = ws.getRange(address).conditionalFormats.add('CellValue');
        cf.cellValue.rule = { formula1: '="Lệch"', operator: 'EqualTo' };
        cf.cellValue.format.fill.color = fill;
        cf.cellValue.format.font.color = font;
      };
      label('K6:K40');
      label('H6:I40');
      // The user's, over J too (not the tool's): listed by H:I and by K:K.
      label('H6:K40');
      // The user's: the tool's label inside its columns, in the user's orange and bold dark red.
      label('K6:K12', '#FFC000', '#C00000');
      ws.getRange('I6:I40').conditionalFormats.add('DataBar');
      await ctx.sync();
      const read = queueFormats(ctx, 'Bảng', [7, 8, 10]);
      await ctx.sync();
      queueRanges(read);
      await ctx.sync();
      const formats = resolveFormats(read, marker);
      if (!formats.known) throw new Error('not read');
      return formats.entries.map((e) => [e.format.type, e.rect && `${e.rect.col}:${e.rect.colCount}`, e.owned]);
    });
    expect(entries.sort()).toEqual(
      [
        ['CellValue', '10:1', true],
        ['CellValue', '7:2', true],
        ['CellValue', '7:4', false],
        ['CellValue', '10:1', false],
        ['DataBar', '8:1', false],
      ].sort(),
    );
  });
});
