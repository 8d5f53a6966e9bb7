import { EMPTY_MARKER, parseMarker, serializeMarker } from '../../../src/domain/plan/marker';
import type { OwnershipMarker } from '../../../src/domain/plan/types';

const MARKER: OwnershipMarker = {
  tool: 'par-scorer',
  version: 1,
  tableSheet: 'Bảng điểm',
  tableColumns: [7, 8, 9],
  tableRows: { first: 2, last: 40 },
  sheets: ['PAR - Tổng hợp', 'Sở Nội vụ'],
};

describe('ownership marker', () => {
  it('round-trips through its text form', () => {
    expect(parseMarker(serializeMarker(MARKER))).toEqual(MARKER);
    expect(parseMarker(serializeMarker(EMPTY_MARKER))).toEqual(EMPTY_MARKER);
  });

  it('serialises the same marker to the same text whatever its key order', () => {
    const shuffled = { sheets: MARKER.sheets, tableRows: MARKER.tableRows, tableColumns: MARKER.tableColumns, tableSheet: MARKER.tableSheet, version: 1, tool: 'par-scorer' } as const;
    expect(serializeMarker(shuffled)).toBe(serializeMarker(MARKER));
  });

  it.each([
    ['not JSON', 'hello'],
    ['another tool', JSON.stringify({ ...MARKER, tool: 'other' })],
    ['another version', JSON.stringify({ ...MARKER, version: 2 })],
    ['negative column', JSON.stringify({ ...MARKER, tableColumns: [-1] })],
    ['fractional row', JSON.stringify({ ...MARKER, tableRows: { first: 1.5, last: 3 } })],
    ['reversed rows', JSON.stringify({ ...MARKER, tableRows: { first: 9, last: 3 } })],
    ['columns without a sheet', JSON.stringify({ ...MARKER, tableSheet: null })],
    ['missing sheets', JSON.stringify({ ...MARKER, sheets: undefined })],
  ])('rejects %s', (_label, text) => {
    expect(parseMarker(text)).toBeNull();
  });
});
