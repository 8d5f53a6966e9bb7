import { asFakeSheet, generateScoreSheet, generateTaskSheet } from '../support/generate-plan';
import { r1c1ToA1 } from '../fakes/r1c1';
import { toR1C1 } from '../../src/excel/r1c1';
import { encodeSheet, formulaInput } from '../../src/excel/encode';
import { readSheet } from '../../src/excel/read';
import { writeOutput } from '../../src/excel/flows';
import { buildWritePlan } from '../../src/domain/plan/build';
import type { PlanSheet } from '../../src/domain/plan/types';
import { translator } from '../../src/i18n';
import { analysisOf, TABLE, WEB, workbook, writeOptions } from './helpers';

describe('toR1C1', () => {
  it('writes references relative to the cell, leaving strings, sheet names and functions alone', () => {
    expect(toR1C1('=IF(OR(C5="",D5=""),"",C5-D5)', 4, 8)).toBe('=IF(OR(RC[-6]="",RC[-5]=""),"",RC[-6]-RC[-5])');
    expect(toR1C1('=SUM(D6:D11,D13)', 4, 7)).toBe('=SUM(R[1]C[-4]:R[6]C[-4],R[8]C[-4])');
    expect(toR1C1('=$A$1+A$2+$B3', 0, 0)).toBe('=R1C1+R2C+R[2]C2');
    expect(toR1C1('="C5 ""D6"" "&C5', 4, 2)).toBe('="C5 ""D6"" "&RC');
    expect(toR1C1("='Sở A1'!B2+LOG10(B2)", 1, 1)).toBe("='Sở A1'!RC+LOG10(RC)");
    expect(toR1C1('=ROUND(H5*1E5,2)', 4, 7)).toBe('=ROUND(RC*1E5,2)');
  });

  it('refuses what it cannot convert for certain', () => {
    expect(toR1C1('=SUM(A:A)', 0, 1)).toBeNull();
    expect(toR1C1('=SUM(3:3)', 0, 1)).toBeNull();
    expect(toR1C1('=AB1!C2', 0, 1)).toBeNull();
    expect(toR1C1('="open', 0, 0)).toBeNull();
    expect(toR1C1('plain text', 0, 0)).toBeNull();
  });

  it("round-trips through the fake's own R1C1 reading, cell by cell", () => {
    const formulas = ['=IF(OR(C5="",D5=""),"",C5-D5)', '=SUM(D6:D11,D13)', '=IF(D5="","",IF(ABS(ROUND(D5-H5,4))<=0.02,"Khớp","Lệch"))', "='Tổng hợp'!$B$2*A1"];
    for (const f of formulas) {
      for (const [row, col] of [[4, 8], [4000, 12], [19999, 9]] as const) {
        const r1c1 = toR1C1(f, row, col);
        expect(r1c1).not.toBeNull();
        expect(r1c1ToA1(r1c1!, row, col)).toBe(f);
      }
    }
  });
});

describe('scalar fills', () => {
  it('write a repeated relative formula once for the run and the exceptions over it', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      i % 7 === 0 ? { formula: `=SUM(B${i + 2}:B${i + 7})`, numberFormat: '0.00' } : { formula: `=B${i + 1}-C${i + 1}`, numberFormat: '0.00' },
    ]);
    const sheet: PlanSheet = { name: 'S', role: 'table', owned: false, blocks: [{ row: 0, col: 3, cells: rows }], columnWidths: [], conditionalFormats: [] };
    const ops = encodeSheet(sheet, 'inPlace', 1_000_000);
    expect(ops.filter((o) => o.kind === 'fillFormula')).toEqual([
      { kind: 'fillFormula', sheet: 'S', rect: { row: 0, col: 3, rowCount: 200, colCount: 1 }, input: '=RC[-2]-RC[-1]' },
    ]);
    expect(ops.filter((o) => o.kind === 'fillNumberFormat')).toEqual([
      { kind: 'fillNumberFormat', sheet: 'S', rect: { row: 0, col: 3, rowCount: 200, colCount: 1 }, format: '0.00' },
    ]);
    // Only the SUM rows are left to write one by one, in one array.
    const arrays = ops.filter((o) => o.kind === 'formulas');
    const written = arrays.flatMap((o) => (o.kind === 'formulas' ? o.cells.flat() : [])).filter((v) => v !== null);
    expect(written).toEqual(rows.filter((_, i) => i % 7 === 0).map((r) => r[0]!.formula));
    expect(ops.some((o) => o.kind === 'numberFormat')).toBe(false);
  });

  it('never fill a cell the plan leaves as it is', () => {
    const cells = Array.from({ length: 200 }, (_, i) => [i === 100 ? null : { formula: `=A${i + 1}*2` }]);
    const sheet: PlanSheet = { name: 'S', role: 'table', owned: false, blocks: [{ row: 0, col: 1, cells }], columnWidths: [], conditionalFormats: [] };
    const fills = encodeSheet(sheet, 'inPlace', 1_000_000).filter((o) => o.kind === 'fillFormula');
    expect(fills.map((o) => (o.kind === 'fillFormula' ? o.rect : null))).toEqual([
      { row: 0, col: 1, rowCount: 100, colCount: 1 },
      { row: 101, col: 1, rowCount: 99, colCount: 1 },
    ]);
  });

  it.each([
    ['score', () => generateScoreSheet(400), 400],
    ['task', () => generateTaskSheet(400), 0],
  ])('leave every cell of a %s table exactly as the plan says', async (_, make, atLeast) => {
    const fake = workbook({ sheets: [asFakeSheet(make())] });
    const read = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: WEB }));
    const analysis = await analysisOf(fake);
    const built = buildWritePlan(analysis, { grid: read.grid, previous: null, existingSheets: read.sheets, t: translator('vi'), lang: 'vi', include: TABLE });
    if (!built.ok) throw new Error('plan refused');
    await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE)));
    const after = fake.snapshot().sheets.find((s) => s.name === analysis.sheet)!;
    let checked = 0;
    for (const block of built.plan.sheets[0]!.blocks) {
      block.cells.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (!cell) return;
          const row = block.row + r;
          const col = block.col + c;
          const input = formulaInput(cell);
          if (typeof input === 'string' && input.startsWith('=')) expect(after.formulas[row]?.[col]).toBe(input);
          else expect(after.values[row]?.[col] ?? '').toBe(typeof input === 'string' ? input.replace(/^'/, '') : input);
          expect(after.numberFormats[row]?.[col] ?? null).toBe(cell.numberFormat ?? null);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(atLeast);
  });
});
