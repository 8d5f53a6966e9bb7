import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { rowsBlock } from '../../../src/domain/plan/row-blocks';
import type { PlanCell, PlanSheet, WritePlan } from '../../../src/domain/plan/types';
import { recordWritten } from '../../../src/domain/plan/written';
import { PlanApplyError } from '../../../src/xlsx/apply';
import { applyPlanToPackage } from '../../../src/xlsx/package/apply-plan';
import { firstPlan, userWorkbook } from '../../support/write-plans';

async function packageOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The plan with its table sheet's block described by rows (as table-columns.ts makes it), `blank` cells left out. */
function described(plan: WritePlan, blank: (row: number, col: number) => boolean = () => false): WritePlan {
  const sheets = plan.sheets.map((sheet): PlanSheet => {
    if (sheet.owned) return sheet;
    const block = sheet.blocks[0]!;
    const lines = block.cells.map((line, r) => line.map((cell, c) => (blank(block.row + r, block.col + c) ? null : cell)));
    const width = Math.max(...lines.map((l) => l.length));
    const run = { length: lines.length, width, row: (i: number): (PlanCell | null)[] => [...lines[i]!] };
    return { ...sheet, blocks: [rowsBlock(block.row, block.col, [{ run }], width)] };
  });
  const { written: _, ...marker } = plan.marker;
  return { ...plan, marker: { ...marker, written: recordWritten(marker, sheets, null) }, sheets };
}

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('a table sheet described by rows, written by the package writer', () => {
  it('writes every part as the same cells given all at once, its marker included, and again over itself', async () => {
    const bytes = await packageOf(userWorkbook());
    const once = applyPlanToPackage(bytes, firstPlan()).bytes;
    const described1 = applyPlanToPackage(bytes, described(firstPlan())).bytes;
    expect(parts(described1)).toEqual(parts(once));
    // A second run over the first: the previous run's cells are read as the tool's, and replaced.
    expect(parts(applyPlanToPackage(described1, described(firstPlan())).bytes)).toEqual(parts(applyPlanToPackage(once, firstPlan()).bytes));
  });

  it('refuses the cells the user holds where it writes, and only those', async () => {
    const wb = userWorkbook();
    wb.getWorksheet('Bảng điểm')!.getCell('F3').value = 'ghi chú của người dùng';
    wb.getWorksheet('Bảng điểm')!.getCell('F2').value = 'một ghi chú khác';
    wb.getWorksheet('Bảng điểm')!.mergeCells('D2:E2');
    const bytes = await packageOf(wb);
    const problems = (plan: WritePlan): unknown => {
      try {
        applyPlanToPackage(bytes, plan);
      } catch (err) {
        return err instanceof PlanApplyError ? err.problems : err;
      }
      return [];
    };
    const all = [
      { reason: 'occupied-cell', sheet: 'Bảng điểm', cell: 'E2' },
      { reason: 'occupied-cell', sheet: 'Bảng điểm', cell: 'F2' },
      { reason: 'occupied-cell', sheet: 'Bảng điểm', cell: 'F3' },
    ];
    expect(problems(firstPlan())).toEqual(all);
    expect(problems(described(firstPlan()))).toEqual(all);
    // F2 inside the block's rectangle but left empty by the plan: the user's cell is no conflict.
    expect(problems(described(firstPlan(), (row, col) => row === 1 && col === 5))).toEqual([all[0], all[2]]);
  });
});
