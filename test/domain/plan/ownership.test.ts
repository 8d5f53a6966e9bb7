import { isToolSheet, ownedColumnsOn, ownsConditionalFormat, ownsSheet, ownsTableCell, ownsNothing } from '../../../src/domain/plan/ownership';
import { EMPTY_MARKER } from '../../../src/domain/plan/marker';
import { MARKER_SHEET, type OwnershipMarker } from '../../../src/domain/plan/types';

const MARKER: OwnershipMarker = {
  tool: 'par-scorer',
  version: 1,
  tableSheet: 'Bảng điểm',
  tableColumns: [7, 8, 9],
  tableRows: { first: 2, last: 40 },
  sheets: ['PAR - Tổng hợp', 'Sở Nội vụ'],
};

describe('what the tool owns (one rule for both adapters)', () => {
  it('owns the sheets its marker lists, compared as Excel compares names', () => {
    expect(ownsSheet(MARKER, 'par - tổng hợp')).toBe(true);
    // The same name typed with combining marks (NFD), as some keyboards and files give it.
    expect(ownsSheet(MARKER, 'Sở Nội vụ'.normalize('NFD'))).toBe(true);
    expect(ownsSheet(MARKER, 'SỞ NỘI VỤ')).toBe(true);
    expect(ownsSheet(MARKER, 'Sở Tư pháp')).toBe(false);
    expect(ownsSheet(null, 'PAR - Tổng hợp')).toBe(false);
  });

  it('owns its columns on the table sheet over the rows it wrote, nothing around them', () => {
    expect(ownsTableCell(MARKER, 'bảng điểm', 2, 7)).toBe(true);
    expect(ownsTableCell(MARKER, 'Bảng điểm', 40, 9)).toBe(true);
    expect(ownsTableCell(MARKER, 'Bảng điểm', 41, 9)).toBe(false);
    expect(ownsTableCell(MARKER, 'Bảng điểm', 1, 7)).toBe(false);
    expect(ownsTableCell(MARKER, 'Bảng điểm', 10, 6)).toBe(false);
    expect(ownsTableCell(MARKER, 'Bảng điểm', 10, 10)).toBe(false);
    expect(ownsTableCell(MARKER, 'Sheet2', 10, 8)).toBe(false);
    expect(ownsTableCell({ ...MARKER, tableRows: null }, 'Bảng điểm', 10, 8)).toBe(false);
  });

  it('names its columns only on its table sheet', () => {
    expect(ownedColumnsOn(MARKER, 'BẢNG ĐIỂM')).toEqual([7, 8, 9]);
    expect(ownedColumnsOn(MARKER, 'Sheet2')).toEqual([]);
    expect(ownedColumnsOn(null, 'Bảng điểm')).toEqual([]);
  });

  it('counts its marker sheet and its own sheets as its, never the table sheet', () => {
    expect(isToolSheet(null, MARKER_SHEET.toUpperCase())).toBe(true);
    expect(isToolSheet(MARKER, 'Sở Nội vụ')).toBe(true);
    expect(isToolSheet(MARKER, 'Bảng điểm')).toBe(false);
    expect(ownsNothing(EMPTY_MARKER)).toBe(true);
    expect(ownsNothing(MARKER)).toBe(false);
  });

  it('owns a conditional format over its columns only when it is made of the "equal to a text" rules it writes', () => {
    const label = (text: string) => ({ type: 'cellIs', operator: 'equal', formulas: [text] });
    // Column J (9) is the tool's: its check labels, in either language, escaped quotes included.
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('"Lệch"')])).toBe(true);
    expect(ownsConditionalFormat(MARKER, 'bảng điểm', { first: 9, last: 9 }, [label('"Mismatch"'), label('"Above maximum"'), label('"O""K"')])).toBe(true);
    // The user's: a colour scale, a comparison with a number or a cell, a rule with no formula.
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 7, last: 7 }, [{ type: 'colorScale', formulas: [] }])).toBe(false);
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 7, last: 9 }, [{ type: 'cellIs', operator: 'lessThan', formulas: ['0'] }])).toBe(false);
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('H7')])).toBe(false);
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('"OK"'), { type: 'dataBar', formulas: [] }])).toBe(false);
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [])).toBe(false);
    // Reaching past the tool's columns, on another sheet, or with no marker: not the tool's.
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 6, last: 9 }, [label('"OK"')])).toBe(false);
    expect(ownsConditionalFormat(MARKER, 'Sheet2', { first: 9, last: 9 }, [label('"OK"')])).toBe(false);
    expect(ownsConditionalFormat(null, 'Bảng điểm', { first: 9, last: 9 }, [label('"OK"')])).toBe(false);
  });

  it('owns a label rule only in one of the looks it writes, when the adapter read the look', () => {
    const label = (text: string, fill: string | null, fontColor: string | null) => ({ type: 'cellIs', operator: 'equal', formulas: [text], look: { fill, fontColor } });
    // The check column's red and green, in any case of hex digits.
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('"Lệch"', '#FFC7CE', '#9C0006'), label('"OK"', '#c6efce', '#006100')])).toBe(true);
    // The user's own: the same label in orange, a rule painting nothing, a theme colour, red on green.
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('"Lệch"', '#FFC000', '#C00000')])).toBe(false);
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('"OK"', null, null)])).toBe(false);
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('"OK"', null, '#006100')])).toBe(false);
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('"OK"', '#FFC7CE', '#006100')])).toBe(false);
    // One of the user's among the tool's makes the whole format the user's.
    expect(ownsConditionalFormat(MARKER, 'Bảng điểm', { first: 9, last: 9 }, [label('"Lệch"', '#FFC7CE', '#9C0006'), label('"OK"', '#FFFF00', null)])).toBe(false);
  });
});
