import fc from 'fast-check';
import { buildWritePlan } from '../../../src/domain/plan/build';
import type { PlanSheet } from '../../../src/domain/plan/types';
import { cellAt, type Grid } from '../../../src/domain/grid';
import { translator } from '../../../src/i18n';
import { SHEET, analysisOf, sheetGrid } from './fixtures';
import { evaluate, type Scalar } from './formula-eval';

/** Reads the user's cells from the grid and the tool's from the plan's cached values. */
function reader(grid: Grid, sheet: PlanSheet) {
  return (row: number, col: number): Scalar => {
    for (const b of sheet.blocks) {
      const cell = b.cells[row - b.row]?.[col - b.col];
      if (cell) return cell.formula !== undefined ? (cell.cached ?? null) : (cell.value ?? null);
    }
    const g = cellAt(grid, row, col);
    return g.kind === 'empty' ? null : (g.value as Scalar);
  };
}

function checkCached(areaScore: number): number {
  const analysis = analysisOf({}, areaScore);
  const grid: Grid = { ...sheetGrid(), cells: sheetGrid().cells.map((r, i) => r.map((c, j) => (i === 3 && j === 3 ? { value: areaScore, text: String(areaScore), kind: 'number' } : c))) };
  const result = buildWritePlan(analysis, {
    grid,
    previous: null,
    existingSheets: [SHEET],
    t: translator('vi'),
    lang: 'vi',
    include: { tableColumns: true, summary: false, agencySheets: false },
  });
  if (!result.ok) throw new Error('conflicts');
  const table = result.plan.sheets[0]!;
  const read = reader(grid, table);
  let checked = 0;
  for (const b of table.blocks) {
    for (const line of b.cells) {
      for (const cell of line) {
        if (cell?.formula === undefined) continue;
        const got = evaluate(cell.formula, read);
        if (typeof got === 'number' && typeof cell.cached === 'number') expect(got).toBeCloseTo(cell.cached, 9);
        else expect(got).toEqual(cell.cached);
        checked++;
      }
    }
  }
  return checked;
}

describe('cached values', () => {
  it('are what each formula computes from the sheet', () => {
    expect(checkCached(8.67)).toBeGreaterThan(20);
  });

  it('agree with the formulas for any stated area score, including exact rounding drift (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 950 }), (hundredths) => {
        checkCached(hundredths / 100);
      }),
      { numRuns: 200 },
    );
  });
});
