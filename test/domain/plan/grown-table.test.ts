import { followGrowth } from '../../../src/domain/plan/grown-table';
import type { OwnershipMarker } from '../../../src/domain/plan/types';

const MARKER: OwnershipMarker = {
  tool: 'par-scorer',
  version: 1,
  tableSheet: 'Phụ lục I',
  tableColumns: [7, 8, 9],
  tableRows: { first: 5, last: 109 },
  sheets: ['PAR - Tổng hợp'],
};

describe('followGrowth: the tool’s rows on the table sheet reach as far as the table does now', () => {
  it('extends the rows the marker records to the table’s new last row, on the table sheet (as Excel compares names)', () => {
    expect(followGrowth(MARKER, { sheet: 'PHỤ LỤC I', from: 109, last: 110 })).toEqual({ ...MARKER, tableRows: { first: 5, last: 110 } });
  });

  it('leaves the marker as it is for another sheet, a table no longer than recorded, or nothing to follow', () => {
    expect(followGrowth(MARKER, { sheet: 'Sheet2', from: 109, last: 120 })).toBe(MARKER);
    expect(followGrowth(MARKER, { sheet: 'Phụ lục I', from: 109, last: 109 })).toBe(MARKER);
    expect(followGrowth(MARKER, { sheet: 'Phụ lục I', from: 109, last: 90 })).toBe(MARKER);
    expect(followGrowth(MARKER, undefined)).toBe(MARKER);
    expect(followGrowth(null, { sheet: 'Phụ lục I', from: 109, last: 120 })).toBeNull();
    expect(followGrowth({ ...MARKER, tableRows: null }, { sheet: 'Phụ lục I', from: 109, last: 120 })).toEqual({ ...MARKER, tableRows: null });
  });
});
