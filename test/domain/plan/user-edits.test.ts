import { markerCells, markerText, parseMarker, serializeMarker } from '../../../src/domain/plan/marker';
import type { CellContent } from '../../../src/domain/plan/fingerprint';
import type { OwnershipMarker, PlanCell, PlanSheet, WritePlan } from '../../../src/domain/plan/types';
import { areasToRead, findUserEdits, keepUserEdits, type AreaContent } from '../../../src/domain/plan/user-edits';
import { recordWritten } from '../../../src/domain/plan/written';

/*
 * A table sheet "Bảng" with the tool's two columns F:G over rows 3..6 (0-based 2..5): a subtotal
 * formula and a notes column; and a summary sheet "Tổng hợp" the tool made.
 */
const TABLE = 'Bảng';
const SUMMARY = 'Tổng hợp';

function tableSheet(note: string): PlanSheet {
  const cells: (PlanCell | null)[][] = [
    [{ value: 'Tổng' }, { value: 'Ghi chú kiểm tra' }],
    [{ formula: '=SUM(D4:D5)', cached: 3 }, { value: note }],
    [{ formula: '=D5', cached: 1 }, null],
    [{ formula: '=D6', cached: 2 }, null],
  ];
  return { name: TABLE, role: 'table', owned: false, blocks: [{ row: 2, col: 5, cells }], columnWidths: [], conditionalFormats: [] };
}

const SUMMARY_SHEET: PlanSheet = {
  name: SUMMARY,
  role: 'summary',
  owned: true,
  blocks: [{ row: 0, col: 0, cells: [[{ value: 'PAR - Tổng hợp' }], [{ value: 12.5 }], [{ value: 'Sở Nội vụ', link: { sheet: 'Sở Nội vụ', cell: 'A1' } }]] }],
  columnWidths: [],
  conditionalFormats: [],
};

const OWNED = { tableSheet: TABLE, tableColumns: [5, 6], tableRows: { first: 2, last: 5 }, sheets: [SUMMARY] };

function plan(note: string, previous: OwnershipMarker | null): WritePlan {
  const sheets = [tableSheet(note), SUMMARY_SHEET];
  const marker: OwnershipMarker = { tool: 'par-scorer', version: 1, ...OWNED };
  return { marker: { ...marker, written: recordWritten(marker, sheets, previous) }, sheets, deleteSheets: [], clearTableColumns: [5, 6] };
}

/** The first run's marker, with fingerprints of what it wrote. */
const FIRST = plan('D4: lệch 0,5', null).marker;

/** The table columns and the summary sheet as an adapter reads them back after the officer's edits. */
function workbookNow(edits: { table?: Record<string, CellContent>; summary?: CellContent[] } = {}): AreaContent[] {
  const table: CellContent[][] = [
    ['Tổng', 'Ghi chú kiểm tra'],
    [{ formula: '=SUM(D4:D5)' }, 'D4: lệch 0,5'],
    [{ formula: '=D5' }, null],
    [{ formula: '=D6' }, null],
  ];
  for (const [at, content] of Object.entries(edits.table ?? {})) {
    const [r, c] = at.split(',').map(Number) as [number, number];
    table[r - 2]![c - 5] = content;
  }
  const summary: CellContent[][] = [['PAR - Tổng hợp'], [12.5], [{ formula: `=HYPERLINK("#'Sở Nội vụ'!A1","Sở Nội vụ")` }], ...(edits.summary ?? []).map((c) => [c])];
  return [
    { sheet: TABLE, row: 2, col: 5, cells: table },
    { sheet: SUMMARY, row: 0, col: 0, cells: summary },
  ];
}

describe('reading what a re-run would change', () => {
  it('asks for the tool columns it clears and the sheets it rewrites or deletes', () => {
    expect(areasToRead(plan('x', FIRST), FIRST, [TABLE, SUMMARY, 'Khác'])).toEqual([
      { sheet: TABLE, rect: { row: 2, col: 5, rowCount: 4, colCount: 2 } },
      { sheet: SUMMARY, rect: 'used' },
    ]);
    expect(areasToRead(plan('x', FIRST), null, [TABLE, SUMMARY])).toEqual([]);
    // A sheet the user deleted since is not read.
    expect(areasToRead(plan('x', FIRST), FIRST, [TABLE])).toEqual([{ sheet: TABLE, rect: { row: 2, col: 5, rowCount: 4, colCount: 2 } }]);
  });
});

describe('telling the officer’s edits from the tool’s output', () => {
  it('finds nothing when the workbook holds what the tool wrote, even where the new run writes other notes', () => {
    expect(findUserEdits(plan('D4: lệch 1', FIRST), FIRST, workbookNow())).toEqual({ edits: [], certain: true });
  });

  it('names a note typed into an empty cell of the notes column and a line added to the summary sheet', () => {
    const now = workbookNow({ table: { '4,6': 'Đã hỏi lại Sở Nội vụ' }, summary: [null, 'Ý kiến tổ thẩm định'] });
    const found = findUserEdits(plan('D4: lệch 1', FIRST), FIRST, now);
    expect(found.certain).toBe(true);
    expect(found.edits.map((e) => `${e.sheet}!${e.cell}`)).toEqual(['Bảng!G5', 'Tổng hợp!A5']);
  });

  it('takes a formula stored without "=", as a package stores it, for the one the plan writes, fingerprints or not', () => {
    const now = workbookNow({ table: { '3,5': { formula: 'SUM(D4:D5)' }, '4,5': { formula: 'D5' } } });
    expect(findUserEdits(plan('D4: lệch 0,5', FIRST), FIRST, now)).toEqual({ edits: [], certain: true });
    const older: OwnershipMarker = { ...FIRST, written: undefined };
    expect(findUserEdits(plan('D4: lệch 0,5', older), older, now)).toEqual({ edits: [], certain: true });
    const changed = workbookNow({ table: { '3,5': { formula: 'SUM(D4:D6)' } } });
    expect(findUserEdits(plan('D4: lệch 0,5', FIRST), FIRST, changed).edits.map((e) => e.cell)).toEqual(['F4']);
  });

  it('names a figure typed over the tool’s formula, not a formula the host tidied', () => {
    const now = workbookNow({ table: { '3,5': 2.5, '4,5': { formula: '=d5' } } });
    expect(findUserEdits(plan('D4: lệch 0,5', FIRST), FIRST, now).edits.map((e) => e.cell)).toEqual(['F4']);
  });

  it('does not count an edit the new run would write anyway', () => {
    const now = workbookNow({ table: { '3,6': 'D4: lệch 1' } });
    expect(findUserEdits(plan('D4: lệch 1', FIRST), FIRST, now).edits).toEqual([]);
  });

  it('without fingerprints (an older marker) counts every cell whose content would change, and says it cannot tell', () => {
    const { written: _none, ...older } = FIRST;
    const now = workbookNow({ table: { '4,6': 'Đã hỏi lại Sở Nội vụ' } });
    const found = findUserEdits(plan('D4: lệch 1', older), older, now);
    expect(found.certain).toBe(false);
    expect(found.edits.map((e) => e.cell)).toEqual(['G4', 'G5']);
    // Cells the new run writes the same are never at risk.
    expect(findUserEdits(plan('D4: lệch 0,5', older), older, workbookNow()).edits).toEqual([]);
  });

  it('asks before a removal deletes them', () => {
    const removal: WritePlan = { marker: { tool: 'par-scorer', version: 1, tableSheet: null, tableColumns: [], tableRows: null, sheets: [] }, sheets: [], deleteSheets: [SUMMARY], clearTableColumns: [5, 6] };
    const now = workbookNow({ summary: ['Ý kiến tổ thẩm định'] });
    expect(findUserEdits(removal, FIRST, now).edits.map((e) => `${e.sheet}!${e.cell}`)).toEqual(['Tổng hợp!A4']);
  });
});

describe('keeping them', () => {
  it('leaves the kept cells out of the plan and out of what is cleared', () => {
    const next = plan('D4: lệch 1', FIRST);
    const edits = findUserEdits(next, FIRST, workbookNow({ table: { '3,5': 2.5 } })).edits;
    const kept = keepUserEdits(next, edits, FIRST);
    expect(kept.keep).toEqual([{ sheet: TABLE, row: 3, col: 5 }]);
    expect(kept.sheets[0]!.blocks[0]!.cells[1]![0]).toBeNull();
    expect(kept.sheets[0]!.blocks[0]!.cells[1]![1]).toEqual({ value: 'D4: lệch 1' });
    // Kept, not adopted: the marker still records the tool's formula there, so the next run asks again.
    expect(findUserEdits(plan('D4: lệch 1', kept.marker), kept.marker, workbookNow({ table: { '3,5': 2.5, '3,6': 'D4: lệch 1' } })).edits.map((e) => e.cell)).toEqual(['F4']);
  });

  it('does not delete a sheet holding a kept cell, and still owns it', () => {
    const removal: WritePlan = { marker: { tool: 'par-scorer', version: 1, tableSheet: null, tableColumns: [], tableRows: null, sheets: [] }, sheets: [], deleteSheets: [SUMMARY], clearTableColumns: [5, 6] };
    const edits = findUserEdits(removal, FIRST, workbookNow({ summary: ['Ý kiến tổ thẩm định'] })).edits;
    const kept = keepUserEdits(removal, edits, FIRST);
    expect(kept.deleteSheets).toEqual([]);
    expect(kept.marker.sheets).toEqual([SUMMARY]);
  });
});

describe('the marker with fingerprints', () => {
  it('round-trips through its text, also when stored in pieces down a column', () => {
    const text = serializeMarker(FIRST);
    expect(parseMarker(text)).toEqual(FIRST);
    const long = 'x'.repeat(70_000);
    const cells = markerCells(long);
    expect(cells.map((c) => c.length)).toEqual([32_000, 32_000, 6_000]);
    expect(markerText([...cells, '', 'stray'])).toBe(long);
    expect(markerText([42])).toBeNull();
  });

  it('is refused whole when a fingerprint column is damaged', () => {
    const damaged = JSON.parse(serializeMarker(FIRST)) as { written: { prints: string[] }[] };
    damaged.written[0]!.prints[0] = 'not a column';
    expect(parseMarker(JSON.stringify(damaged))).toBeNull();
  });
});
