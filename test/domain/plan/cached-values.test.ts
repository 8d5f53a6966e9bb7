import fc from 'fast-check';
import { buildWritePlan } from '../../../src/domain/plan/build';
import type { PlanSheet } from '../../../src/domain/plan/types';
import { cellAt, type Grid } from '../../../src/domain/grid';
import { translator } from '../../../src/i18n';
import { SHEET, analysisOf, sheetGrid } from './fixtures';
import { evaluate, type Scalar } from '../../support/formula-eval';
import { evaluateFormula, type Scalar as FakeScalar } from '../../fakes/formula';

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

describe('cached values on the summary and agency sheets', () => {
  it('are what their formulas compute over the table and the sheet itself', () => {
    const grid = sheetGrid();
    const result = buildWritePlan(analysisOf(), {
      grid,
      previous: null,
      existingSheets: [SHEET],
      t: translator('vi'),
      lang: 'vi',
      include: { tableColumns: true, summary: true, agencySheets: true },
    });
    if (!result.ok) throw new Error('conflicts');
    const sheets = new Map(result.plan.sheets.map((s) => [s.name, s] as const));
    const host = (own: PlanSheet) => ({
      cell: (sheetName: string | undefined, row: number, col: number): FakeScalar => {
        const sheet = sheetName === undefined ? own : sheets.get(sheetName);
        if (!sheet) throw new Error(`no sheet ${sheetName}`);
        const value = reader(sheet.role === 'table' ? grid : { ...grid, cells: [] }, sheet)(row, col);
        return value === null ? '' : value;
      },
    });
    let checked = 0;
    for (const sheet of result.plan.sheets.filter((s) => s.role !== 'table')) {
      for (const b of sheet.blocks) {
        for (const line of b.cells) {
          for (const cell of line) {
            if (cell?.formula === undefined) continue;
            const got = evaluateFormula(cell.formula, host(sheet));
            if (typeof got === 'number' && typeof cell.cached === 'number') expect(got).toBeCloseTo(cell.cached, 9);
            else expect({ formula: cell.formula, got }).toEqual({ formula: cell.formula, got: cell.cached });
            checked++;
          }
        }
      }
    }
    // Summary: area 1 (max, score, target, lost, recomputed), 1 kind x 3, totals 3 + 3 + 3 + 2;
    // agency sheets: 4 and 1 criteria x 5 figures, plus 5 totals each.
    expect(checked).toBe(5 + 3 + 11 + (4 * 5 + 5) + (1 * 5 + 5));
  });
});
