import { appliedRect, ruleShape, withTableFormats, type TableFormats } from '../../src/excel/table-formats';
import { ownsConditionalFormat } from '../../src/domain/api/workbook';
import type { OwnershipMarker } from '../../src/domain/plan/types';
import type { WriteOp } from '../../src/excel/ops';

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
