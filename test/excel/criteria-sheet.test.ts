import { criteriaSetFromGrid, criteriaSheetLayout } from '../../src/domain/criteria/custom';
import { criteriaSetFromTable } from '../../src/domain/criteria/custom/from-table';
import { criteriaIndex } from '../../src/domain/criteria';
import { fixed } from '../../src/domain/fixed';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { writeCriteriaSheet } from '../../src/excel/criteria-sheet';
import { checkSheet } from '../../src/excel/flows';
import { readCriteriaGrid } from '../../src/excel/read';
import { AREA_ONE_SHEET, areaOneRows } from '../support/area-one-2022';
import { WEB, workbook } from './helpers';

const SOURCE = { kind: 'sheet', sheet: 'Bộ tiêu chí' } as const;

async function tableWorkbook(extra: { name: string; cells: (string | number | null)[][] }[] = []) {
  const fake = workbook({ sheets: [{ name: AREA_ONE_SHEET, cells: areaOneRows() as (string | number | null)[][] }, ...extra] });
  // Forced to the built-in set: a sheet named like the criteria sheet would otherwise be read as one.
  const { result } = await fake.run((ctx) => checkSheet(ctx, { capabilities: WEB, sheet: AREA_ONE_SHEET, criteria: 'par-2022' }));
  if (!result.ok) throw new Error('no table');
  const analysis = result.analysis;
  const made = criteriaSetFromTable(analysis, { source: SOURCE });
  if (!made.ok) throw new Error(made.reason);
  return { fake, layout: criteriaSheetLayout(made.set) };
}

describe('writeCriteriaSheet (the add-in’s “Bộ tiêu chí” from the table)', () => {
  it('adds the sheet, which reads back as the set and is what the next check uses; the table is untouched', async () => {
    const { fake, layout } = await tableWorkbook();
    const before = fake.snapshot().sheets.find((s) => s.name === AREA_ONE_SHEET);
    const written = await fake.run((ctx) => writeCriteriaSheet(ctx, layout, { capabilities: WEB }));
    expect(written).toEqual({ sheet: 'Bộ tiêu chí', syncs: 2 });

    const after = fake.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual([AREA_ONE_SHEET, 'Bộ tiêu chí']);
    expect(after.sheets.find((s) => s.name === AREA_ONE_SHEET)).toEqual(before);
    // The user's set, not the tool's output: no marker claims it.
    expect(after.sheets.map((s) => s.name)).not.toContain(MARKER_SHEET);
    const sheet = after.sheets.find((s) => s.name === 'Bộ tiêu chí')!;
    // Codes are text: a code typed later as 1.10 stays 1.10.
    expect(sheet.numberFormats[layout.headerRow + 1]?.[0]).toBe('@');

    const grid = await fake.run((ctx) => readCriteriaGrid(ctx));
    const { set, issues } = criteriaSetFromGrid(grid!);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(criteriaIndex(set!).byCode('1.3')?.max).toBe(fixed(1.5));

    const { result } = await fake.run((ctx) => checkSheet(ctx, { capabilities: WEB, sheet: AREA_ONE_SHEET }));
    if (!result.ok) throw new Error('no table');
    expect(result.analysis.criteria.source).toEqual({ kind: 'sheet', sheet: 'Bộ tiêu chí' });
    expect(result.analysis.findings.map((f) => f.rule)).not.toContain('maxima-from-table');
  });

  it('never writes over a sheet of that name, whatever it holds', async () => {
    const { fake, layout } = await tableWorkbook([{ name: 'bộ tiêu chí', cells: [['Ghi chú của tôi']] }]);
    const before = fake.snapshot();
    const error = await fake.run((ctx) => writeCriteriaSheet(ctx, layout, { capabilities: WEB })).catch((e: unknown) => e);
    expect(error).toMatchObject({ messageKey: 'criteria.excel.sheet-exists', params: { sheet: 'bộ tiêu chí' } });
    expect(fake.snapshot()).toEqual(before);
  });
});
