import { cellAt, gridColCount, type Grid } from '../grid';
import { cellRaw } from '../parse/cell';
import { fold } from '../text';
import { findHeader, HEADER_SEARCH_ROWS } from './headers';

const MIN_YEAR = 2017;
const MAX_YEAR = 2035;

/**
 * How strongly a year in a title names the plan's year: "Kế hoạch CCHC năm 2021" and "Mục tiêu năm
 * 2020" do, "năm 2023" in a title likely does, "Điểm năm 2019" (last year's score) does not.
 */
function yearsIn(text: string): { year: number; weight: number }[] {
  const f = fold(text);
  const out: { year: number; weight: number }[] = [];
  for (const m of f.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
    const year = Number(m[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    const before = f.slice(Math.max(0, m.index - 40), m.index);
    let weight = 1;
    if (/(?:diem|ket qua|chi so)(?: cchc)?(?: nam)? $/.test(before)) weight = 0;
    else if (/(?:ke hoach|muc tieu|phan dau|target|plan)\b.*$/.test(before)) weight = 3;
    else if (/nam $/.test(before)) weight = 2;
    out.push({ year, weight });
  }
  return out;
}

/** The plan year named in the rows from the top of the grid down to `lastRow` (absolute), if any. */
export function planYearAbove(grid: Grid, lastRow: number): number | undefined {
  let best: { year: number; weight: number } | null = null;
  const rows = Math.min(grid.cells.length, lastRow - grid.originRow + 1);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < gridColCount(grid); j++) {
      const cell = cellAt(grid, grid.originRow + i, grid.originCol + j);
      if (cell.kind !== 'string') continue;
      for (const y of yearsIn(cellRaw(cell))) {
        if (y.weight > 0 && (!best || y.weight > best.weight)) best = y;
      }
    }
  }
  return best?.year;
}

/**
 * The plan year (2017..2035) named in the title rows or the header ("Kế hoạch CCHC năm 2021",
 * "Mục tiêu năm 2020"). Data rows are not read: a deadline "Trong năm 2020" says nothing of the plan.
 */
export function detectPlanYear(grid: Grid): number | undefined {
  const header = findHeader(grid).found;
  return planYearAbove(grid, header ? header.headerRow : grid.originRow + HEADER_SEARCH_ROWS - 1);
}
