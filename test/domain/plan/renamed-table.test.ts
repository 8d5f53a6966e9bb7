import { encodeColumn, fingerprint } from '../../../src/domain/plan/fingerprint';
import { EMPTY_MARKER } from '../../../src/domain/plan/marker';
import { adoptRenamedTable, followRename, formulaBeforeRename } from '../../../src/domain/plan/renamed-table';
import type { OwnershipMarker, WritePlan } from '../../../src/domain/plan/types';
import { findUserEdits } from '../../../src/domain/plan/user-edits';
import { gridFromRows, type BuilderValue } from '../../support/grid-builder';

/*
 * A first run wrote its columns D..E over rows 2..4 of "Bảng điểm" (header row 2, 0-based 1) and a
 * summary sheet. The officer renamed the table sheet to "Điểm 2020".
 */
const HEADERS = ['Điểm tính lại', 'Kiểm tra'];
const ROWS = { first: 1, last: 3 };

/** Fingerprint columns as the tool records them: its header, a formula below, an empty cell. */
function prints(headers: readonly string[]): string[] {
  return headers.map((h, i) => encodeColumn([fingerprint(h, ROWS.first), fingerprint({ formula: `=C${3 + i}*2` }, 2), '-']));
}

const MARKER: OwnershipMarker = {
  tool: 'par-scorer',
  version: 1,
  tableSheet: 'Bảng điểm',
  tableColumns: [3, 4],
  tableRows: ROWS,
  sheets: ['PAR - Tổng hợp'],
  written: [
    { sheet: 'Bảng điểm', row: ROWS.first, col: 3, prints: prints(HEADERS) },
    { sheet: 'PAR - Tổng hợp', row: 0, col: 0, prints: ['abc'] },
  ],
};

/** The renamed table as read: the user's columns A..C, the tool's D..E (their formulas read as values). */
function table(sheet: string, headers: readonly BuilderValue[] = HEADERS): ReturnType<typeof gridFromRows> {
  return gridFromRows(
    [
      ['Bảng điểm PAR 2020'],
      ['Mã', 'Tiêu chí', 'Điểm', ...headers],
      ['1', 'Chỉ đạo', 2, 4, 'OK'],
      ['2', 'Cải cách', 3, 6, 'OK'],
    ],
    { sheet },
  );
}

const NOW = ['Điểm 2020', 'PAR - Tổng hợp', 'PAR_Scorer_meta'];

describe('the table sheet under a new name', () => {
  it('is adopted when the old name is gone and the tool\'s headers read as recorded', () => {
    const adopted = adoptRenamedTable(MARKER, NOW, 'Điểm 2020', table('Điểm 2020'));
    expect(adopted?.renamed).toEqual({ from: 'Bảng điểm', to: 'Điểm 2020' });
    expect(adopted?.marker).toEqual({
      ...MARKER,
      tableSheet: 'Điểm 2020',
      written: [{ ...MARKER.written![0]!, sheet: 'Điểm 2020' }, MARKER.written![1]],
    });
  });

  it('compares names as Excel does: the old one still there in another case is no rename', () => {
    expect(adoptRenamedTable(MARKER, [...NOW, 'BẢNG ĐIỂM'], 'Điểm 2020', table('Điểm 2020'))).toBeNull();
    // The candidate named with combining marks (NFD) is still found among the workbook's sheets.
    const nfd = 'Điểm 2020'.normalize('NFD');
    expect(adoptRenamedTable(MARKER, NOW, nfd, table(nfd))?.marker.tableSheet).toBe(nfd);
  });

  it('is not adopted while the old table sheet still exists', () => {
    expect(adoptRenamedTable(MARKER, [...NOW, 'Bảng điểm'], 'Điểm 2020', table('Điểm 2020'))).toBeNull();
  });

  it('is not adopted from a different sheet: other headers, or none, where the tool wrote its own', () => {
    expect(adoptRenamedTable(MARKER, [...NOW, 'Kế hoạch'], 'Kế hoạch', table('Kế hoạch', ['Ghi chú', 'Người phụ trách']))).toBeNull();
    expect(adoptRenamedTable(MARKER, [...NOW, 'Kế hoạch'], 'Kế hoạch', table('Kế hoạch', []))).toBeNull();
    // The same text one row lower: the header row is where the marker says.
    const lower = gridFromRows([[], [], ['Mã', 'Tiêu chí', 'Điểm', ...HEADERS]], { sheet: 'Kế hoạch' });
    expect(adoptRenamedTable(MARKER, [...NOW, 'Kế hoạch'], 'Kế hoạch', lower)).toBeNull();
  });

  it('is not adopted when the user typed over one of the tool\'s headers', () => {
    expect(adoptRenamedTable(MARKER, NOW, 'Điểm 2020', table('Điểm 2020', ['Điểm tính lại', 'Ghi chú của tôi']))).toBeNull();
    expect(adoptRenamedTable(MARKER, NOW, 'Điểm 2020', table('Điểm 2020', ['Điểm tính lại', 42]))).toBeNull();
    expect(adoptRenamedTable(MARKER, NOW, 'Điểm 2020', table('Điểm 2020', ['Điểm tính lại']))).toBeNull();
  });

  it('is not adopted without fingerprints of the old table sheet (a marker from before them)', () => {
    const { written: _written, ...older } = MARKER;
    expect(adoptRenamedTable(older, NOW, 'Điểm 2020', table('Điểm 2020'))).toBeNull();
    const otherSheetsOnly = { ...MARKER, written: [MARKER.written![1]!] };
    expect(adoptRenamedTable(otherSheetsOnly, NOW, 'Điểm 2020', table('Điểm 2020'))).toBeNull();
    // Fingerprints that recorded no header for one of the columns prove nothing there.
    const noHeader = { ...MARKER, written: [{ ...MARKER.written![0]!, prints: [prints(HEADERS)[0]!, '-fff'] }] };
    expect(adoptRenamedTable(noHeader, NOW, 'Điểm 2020', table('Điểm 2020'))).toBeNull();
  });

  it('is not adopted from a sheet the tool made, the marker sheet, or a sheet the marker names', () => {
    const summary = table('PAR - Tổng hợp');
    expect(adoptRenamedTable(MARKER, NOW, 'PAR - Tổng hợp', summary)).toBeNull();
    expect(adoptRenamedTable(MARKER, NOW, 'PAR_Scorer_meta', table('PAR_Scorer_meta'))).toBeNull();
    const namedInWritten = { ...MARKER, written: [...MARKER.written!, { sheet: 'Điểm 2020', row: 0, col: 0, prints: [] }] };
    expect(adoptRenamedTable(namedInWritten, NOW, 'Điểm 2020', table('Điểm 2020'))).toBeNull();
  });

  it('is not adopted for a sheet that is not in the workbook, nor without a table in the marker', () => {
    expect(adoptRenamedTable(MARKER, NOW, 'Chỗ khác', table('Chỗ khác'))).toBeNull();
    expect(adoptRenamedTable(null, NOW, 'Điểm 2020', table('Điểm 2020'))).toBeNull();
    expect(adoptRenamedTable({ ...MARKER, tableSheet: null, tableColumns: [], tableRows: null }, NOW, 'Điểm 2020', table('Điểm 2020'))).toBeNull();
  });
});

describe('a writer following the rename its plan was built on', () => {
  const rename = { from: 'Bảng điểm', to: 'Điểm 2020' };

  it('renames the table sheet in the marker it reads back', () => {
    expect(followRename(MARKER, rename, NOW)).toEqual(adoptRenamedTable(MARKER, NOW, 'Điểm 2020', table('Điểm 2020'))!.marker);
  });

  it('leaves the marker as read when the workbook no longer matches the rename', () => {
    expect(followRename(MARKER, undefined, NOW)).toBe(MARKER);
    expect(followRename(null, rename, NOW)).toBeNull();
    // The old name came back, the new one is gone, or the marker read names another table sheet.
    expect(followRename(MARKER, rename, [...NOW, 'Bảng điểm'])).toBe(MARKER);
    expect(followRename(MARKER, rename, ['PAR - Tổng hợp'])).toBe(MARKER);
    expect(followRename(MARKER, { from: 'Khác', to: 'Điểm 2020' }, NOW)).toBe(MARKER);
    // The new name is one of the tool's own sheets.
    expect(followRename(MARKER, { from: 'Bảng điểm', to: 'PAR - Tổng hợp' }, NOW)).toBe(MARKER);
  });
});

describe("the tool's formulas the host rewrote to the new name", () => {
  const rename = { from: 'Phụ lục I', to: 'Bảng điểm 2020' };

  it('read as they were written before the rename, text constants left alone', () => {
    expect(formulaBeforeRename("=IF(ISNUMBER('Bảng điểm 2020'!D7),'BẢNG ĐIỂM 2020'!D7,\"\")", rename)).toBe("=IF(ISNUMBER('Phụ lục I'!D7),'Phụ lục I'!D7,\"\")");
    expect(formulaBeforeRename('=HYPERLINK("#\'Bảng điểm 2020\'!A7","1.1")', rename)).toBe('=HYPERLINK("#\'Bảng điểm 2020\'!A7","1.1")');
    // A name that needs no quotes is written bare by the host; another sheet ending the same is not it.
    expect(formulaBeforeRename('=Diem!D7+XDiem!D7', { from: "It's", to: 'Diem' })).toBe("='It''s'!D7+XDiem!D7");
  });

  /** A previous run that wrote one formula on its summary, and a plan that deletes that sheet ("remove results"). */
  function removal(renamedTable?: { from: string; to: string }): { plan: WritePlan; previous: OwnershipMarker } {
    const previous: OwnershipMarker = {
      ...MARKER,
      tableSheet: rename.from,
      written: [{ sheet: 'PAR - Tổng hợp', row: 0, col: 0, prints: [encodeColumn([fingerprint({ formula: "='Phụ lục I'!D7*2" }, 0)])] }],
    };
    const plan: WritePlan = { marker: EMPTY_MARKER, sheets: [], deleteSheets: ['PAR - Tổng hợp'], clearTableColumns: [], ...(renamedTable ? { renamedTable } : {}) };
    return { plan, previous };
  }
  const summary = (formula: string) => [{ sheet: 'PAR - Tổng hợp', row: 0, col: 0, cells: [[{ formula }]] }];

  it('are not the user\'s edits when the plan follows the rename', () => {
    const { plan, previous } = removal(rename);
    expect(findUserEdits(plan, previous, summary("='Bảng điểm 2020'!D7*2")).edits).toEqual([]);
  });

  it('are still edits without the rename, and a formula the user changed is one with it', () => {
    expect(findUserEdits(removal().plan, removal().previous, summary("='Bảng điểm 2020'!D7*2")).edits.map((e) => e.cell)).toEqual(['A1']);
    const { plan, previous } = removal(rename);
    expect(findUserEdits(plan, previous, summary("='Bảng điểm 2020'!D7*3")).edits.map((e) => e.cell)).toEqual(['A1']);
  });
});
