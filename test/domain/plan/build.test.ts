import { translator } from '../../../src/i18n';
import { buildRemovalPlan, buildWritePlan, type BuildOptions } from '../../../src/domain/plan/build';
import { EMPTY_MARKER } from '../../../src/domain/plan/marker';
import { MARKER_SHEET, type OwnershipMarker, type WritePlan } from '../../../src/domain/plan/types';
import type { Analysis } from '../../../src/domain/analysis';
import { fixed } from '../../../src/domain/fixed';
import { parseA1 } from '../../../src/domain/address';
import { SHEET, agency, analysisOf, gridOf, sheetGrid, task, withCell } from './fixtures';
import { allCells, planCell, sheetNamed } from './helpers';

const ALL = { tableColumns: true, summary: true, agencySheets: true } as const;
const vi = translator('vi');
const en = translator('en');

function options(over: Partial<BuildOptions> = {}): BuildOptions {
  return { grid: sheetGrid(), previous: null, existingSheets: [SHEET], t: vi, lang: 'vi', include: ALL, ...over };
}

function plan(analysis: Analysis = analysisOf(), over: Partial<BuildOptions> = {}): WritePlan {
  const result = buildWritePlan(analysis, options(over));
  if (!result.ok) throw new Error(`unexpected conflicts: ${JSON.stringify(result.conflicts)}`);
  return result.plan;
}

/** The table sheet as it looks after a plan was applied: its cells written back into the grid. */
function gridAfter(written: WritePlan, grid = sheetGrid()) {
  const table = written.sheets.find((s) => s.role === 'table');
  let out = grid;
  for (const block of table?.blocks ?? []) {
    block.cells.forEach((line, dr) =>
      line.forEach((cell, dc) => {
        if (!cell) return;
        const shown = cell.formula !== undefined ? cell.cached : cell.value;
        out = withCell(out, block.row + dr, block.col + dc, typeof shown === 'boolean' || shown === undefined ? null : shown);
      }),
    );
  }
  return out;
}

function sheetsAfter(written: WritePlan, before: readonly string[] = [SHEET]): string[] {
  const gone = new Set(written.deleteSheets);
  return [...before.filter((s) => !gone.has(s)), ...written.marker.sheets.filter((s) => !before.includes(s)), MARKER_SHEET];
}

describe('table columns', () => {
  const table = sheetNamed(plan(), SHEET);

  it('go right of the table with one blank column, headed in the header row', () => {
    expect(table.owned).toBe(false);
    expect(table.role).toBe('table');
    expect(planCell(table, 'G3')).toBeNull();
    expect(['H3', 'I3', 'J3', 'K3', 'L3', 'M3'].map((a) => planCell(table, a)?.value)).toEqual([
      vi('sheet.col.subtotal'),
      vi('sheet.col.lost'),
      vi('sheet.col.gap'),
      vi('sheet.col.percent'),
      vi('sheet.col.check'),
      vi('sheet.col.notes'),
    ]);
  });

  it('recompute subtotals with SUM over the child cells, grouping contiguous rows', () => {
    expect(planCell(table, 'H4')).toMatchObject({ formula: '=SUM(D5,D8)', cached: 8.65, numberFormat: '0.00' });
    expect(planCell(table, 'H5')).toMatchObject({ formula: '=SUM(D6:D7)', cached: 1.5 });
    // Leaves have no subtotal.
    expect(planCell(table, 'H6')).toBeNull();
  });

  it('sum the area rows on the total row', () => {
    expect(planCell(table, 'H9')).toMatchObject({ formula: '=SUM(D4)', cached: 8.67 });
    expect(planCell(table, 'I9')).toMatchObject({ formula: '=IF(OR(C9="",D9=""),"",C9-D9)', cached: 0.83 });
  });

  it('write points lost, gap to target and percent as live formulas with the engine values cached', () => {
    expect(planCell(table, 'I4')).toMatchObject({ formula: '=IF(OR(C4="",D4=""),"",C4-D4)', cached: 0.83 });
    expect(planCell(table, 'J4')).toMatchObject({ formula: '=IF(OR(E4="",D4=""),"",E4-D4)', cached: 0.33 });
    expect(planCell(table, 'K4')).toMatchObject({
      formula: '=IF(OR(C4="",D4="",C4=0),"",ROUND(D4/C4*100,2))',
      cached: 91.26,
    });
    // 1.1.1 has no target: the formula stays, showing blank.
    expect(planCell(table, 'J6')).toMatchObject({ cached: '' });
  });

  it('check subtotals within the tolerance (rounding drift is OK) and leaves against their maximum', () => {
    expect(planCell(table, 'L4')).toMatchObject({
      formula: '=IF(D4="","",IF(ABS(ROUND(D4-H4,4))<=0.02,"OK","Lệch"))',
      cached: 'OK',
    });
    expect(planCell(table, 'L6')).toMatchObject({ formula: '=IF(OR(C6="",D6=""),"",IF(D6<=C6,"OK","Vượt tối đa"))', cached: 'OK' });
    const strict = sheetNamed(plan(analysisOf(), { tolerance: fixed(0.01) }), SHEET);
    expect(planCell(strict, 'L4')).toMatchObject({ formula: expect.stringContaining('<=0.01'), cached: 'Lệch' });
    const off = sheetNamed(plan(analysisOf({}, 9.2)), SHEET);
    expect(planCell(off, 'L4')?.cached).toBe('Lệch');
  });

  it('put the findings of a row in the notes column, as text', () => {
    expect(planCell(table, 'M4')?.value).toBe(`D4: ${vi('finding.subtotal-mismatch.rounding', { code: '1', stated: '8.67', sum: '8.65' })}`);
    expect(planCell(table, 'M4')?.formula).toBeUndefined();
  });

  it('colour the check column with conditional formats', () => {
    expect(table.conditionalFormats.map((c) => [c.range, c.rule])).toEqual([
      ['L4:L9', { type: 'textEquals', text: 'Lệch' }],
      ['L4:L9', { type: 'textEquals', text: 'Vượt tối đa' }],
      ['L4:L9', { type: 'textEquals', text: 'OK' }],
    ]);
  });

  it('are written in the user language', () => {
    const english = sheetNamed(plan(analysisOf(), { t: en, lang: 'en' }), SHEET);
    expect(planCell(english, 'H3')?.value).toBe('Sum of sub-items (recomputed)');
    expect(planCell(english, 'L4')?.formula).toContain('"OK","Mismatch"');
  });

  it('leave out the columns the table cannot support', () => {
    const layout = { ...analysisOf().table.layout, columns: analysisOf().table.layout.columns.filter((c) => c.role !== 'target') };
    const noTarget = plan(analysisOf({ table: { layout, rows: [] } }));
    const sheet = sheetNamed(noTarget, SHEET);
    expect(['H3', 'I3', 'J3', 'K3', 'L3'].map((a) => planCell(sheet, a)?.value)).toEqual([
      vi('sheet.col.subtotal'),
      vi('sheet.col.lost'),
      vi('sheet.col.percent'),
      vi('sheet.col.check'),
      vi('sheet.col.notes'),
    ]);
    const taskLayout = { ...layout, shape: 'task' as const };
    const taskPlan = plan(analysisOf({ table: { layout: taskLayout, rows: [] }, lines: [] }));
    expect(taskPlan.marker.tableColumns).toEqual([7]);
    expect(planCell(sheetNamed(taskPlan, SHEET), 'H3')?.value).toBe(vi('sheet.col.notes'));
  });

  it('are recorded in the marker', () => {
    const p = plan();
    expect(p.marker).toMatchObject({ tool: 'par-scorer', version: 1, tableSheet: SHEET, tableColumns: [7, 8, 9, 10, 11, 12], tableRows: { first: 2, last: 8 } });
    expect(p.clearTableColumns).toEqual([]);
    expect(p.deleteSheets).toEqual([]);
  });
});

describe('summary and agency sheets', () => {
  const p = plan();

  it('create a summary sheet with areas, totals and linked findings', () => {
    const summary = sheetNamed(p, 'PAR - Tổng hợp');
    expect(summary).toMatchObject({ role: 'summary', owned: true });
    const cells = allCells({ ...p, sheets: [summary] });
    // Area 1 as the table states it (D4, 8.67) and recomputed from 1.1 (D5) and 1.2 (D8): 1.5 + 7.15.
    const sheetD = (cell: string) => `'${SHEET}'!${cell}`;
    expect(cells).toContainEqual(expect.objectContaining({ formula: `=IF(ISNUMBER(${sheetD('D4')}),${sheetD('D4')},"")`, cached: 8.67, numberFormat: '0.00' }));
    expect(cells).toContainEqual(expect.objectContaining({ formula: `=SUM(${sheetD('D5')},${sheetD('D8')})`, cached: 8.65, numberFormat: '0.00' }));
    // The recomputed total adds the engine's top rows only: here area 1 (D4).
    expect(cells).toContainEqual(expect.objectContaining({ formula: `=SUM(${sheetD('D4')})`, cached: 8.67 }));
    expect(cells.find((c) => c.link?.cell === 'D4')).toMatchObject({ value: 'D4', link: { sheet: SHEET, cell: 'D4' } });
    expect(cells.find((c) => c.value === '1')).toMatchObject({ link: { sheet: SHEET, cell: 'A4' } });
    expect(planCell(summary, 'A1')?.value).toBe(`Tổng hợp kiểm tra bảng điểm Chỉ số CCHC — sheet “${SHEET}”`);
    expect(planCell(sheetNamed(plan(analysisOf(), { t: en, lang: 'en' }), 'PAR - Summary'), 'A1')?.value).toBe(
      `PAR INDEX score table check — sheet “${SHEET}”`,
    );
  });

  it('create one sheet per leading agency or group, abbreviated, with the full name in A1', () => {
    expect(p.marker.sheets).toEqual(['PAR - Tổng hợp', 'Sở Nội vụ', 'Sở NN&PTNT', 'UBND cấp huyện']);
    const nn = sheetNamed(p, 'Sở NN&PTNT');
    expect(nn).toMatchObject({ role: 'agency', owned: true });
    expect(planCell(nn, 'A1')?.value).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    // The agency that only coordinates gets no sheet but shows on the leads' sheets.
    expect(p.sheets.map((s) => s.name)).not.toContain('Văn phòng UBND tỉnh');
    const snv = allCells({ ...p, sheets: [sheetNamed(p, 'Sở Nội vụ')] });
    expect(snv.some((c) => c.value === 'Văn phòng UBND tỉnh')).toBe(true);
    expect(snv.some((c) => c.value === 'Quý I/2024')).toBe(true);
  });

  it('avoid the names of the user sheets', () => {
    const p2 = plan(analysisOf(), { existingSheets: [SHEET, 'sở nội vụ'] });
    expect(p2.marker.sheets).toContain('Sở Nội vụ (2)');
  });

  it('write text that looks like a formula as text', () => {
    const evil = '=HYPERLINK("http://x.invalid","bấm")';
    const analysis = analysisOf({
      agencies: [agency(evil, { tasks: [task(5, '+1+1'), task(6, '@SUM(A1)'), task(7, '-2')] })],
    });
    const p2 = plan(analysis);
    const sheet = p2.sheets.find((s) => s.role === 'agency')!;
    expect(planCell(sheet, 'A1')).toEqual({ value: evil, style: { bold: true } });
    const cells = allCells(p2);
    for (const text of [evil, '+1+1', '@SUM(A1)', '-2']) expect(cells.some((c) => c.value === text && c.formula === undefined)).toBe(true);
    for (const c of cells) if (c.formula !== undefined) expect(c.formula).toMatch(/^=(SUM|IF)\(/);
  });
});

describe('conflicts', () => {
  it("name the summary beside a user sheet already bearing its name, whatever the case, as agency sheets are", () => {
    const result = buildWritePlan(analysisOf(), options({ existingSheets: [SHEET, 'par - tổng hợp', 'PAR - Tổng hợp (2)'] }));
    if (!result.ok) throw new Error('refused');
    const summary = result.plan.sheets.find((s) => s.role === 'summary')!;
    expect(summary.name).toBe('PAR - Tổng hợp (3)');
    expect(result.plan.marker.sheets[0]).toBe('PAR - Tổng hợp (3)');
    expect(result.plan.deleteSheets).toEqual([]);
  });

  it('know a summary named beside a user sheet for the summary on a re-run, written or left as it is', () => {
    const previous = { tool: 'par-scorer' as const, version: 1 as const, tableSheet: SHEET, tableColumns: [], tableRows: null, sheets: ['PAR - Tổng hợp (2)', 'Sở Nội vụ'] };
    const existingSheets = [SHEET, 'PAR - Tổng hợp', 'PAR - Tổng hợp (2)', 'Sở Nội vụ'];
    const rerun = buildWritePlan(analysisOf(), options({ existingSheets, previous }));
    if (!rerun.ok) throw new Error('refused');
    expect(rerun.plan.sheets.find((s) => s.role === 'summary')!.name).toBe('PAR - Tổng hợp (2)');
    expect(rerun.plan.deleteSheets).not.toContain('PAR - Tổng hợp (2)');
    // Agency sheets only: the summary is kept, not taken for an agency sheet the run no longer makes.
    const agenciesOnly = buildWritePlan(analysisOf(), options({ existingSheets, previous, include: { tableColumns: false, summary: false, agencySheets: true } }));
    if (!agenciesOnly.ok) throw new Error('refused');
    expect(agenciesOnly.plan.deleteSheets).not.toContain('PAR - Tổng hợp (2)');
    expect(agenciesOnly.plan.marker.sheets).toContain('PAR - Tổng hợp (2)');
    expect(agenciesOnly.plan.marker.sheets[0]).toBe('PAR - Tổng hợp (2)');
  });

  it('refuse to write over a cell of the user in the output area', () => {
    const grid = withCell(sheetGrid(), 5, 8, 'ghi chú');
    const result = buildWritePlan(analysisOf(), options({ grid }));
    expect(result).toEqual({ ok: false, conflicts: [{ reason: 'occupied-cell', sheet: SHEET, cell: 'I6' }] });
  });

  it('refuse merged cells in the output area', () => {
    const grid = gridOf(SHEET, sheetGrid().cells.map((r) => r.map((c) => c.value as string | number | null)), [
      { row: 6, col: 10, rowCount: 2, colCount: 3 },
    ]);
    const result = buildWritePlan(analysisOf(), options({ grid }));
    expect(result).toEqual({ ok: false, conflicts: [{ reason: 'occupied-cell', sheet: SHEET, cell: 'K7' }] });
  });

  it('ignore the table area when the table columns are not written', () => {
    const grid = withCell(sheetGrid(), 5, 8, 'ghi chú');
    const result = buildWritePlan(analysisOf(), options({ grid, include: { tableColumns: false, summary: true, agencySheets: true } }));
    expect(result.ok).toBe(true);
  });
});

describe('re-running', () => {
  const first = plan();
  const existing = sheetsAfter(first);
  const second = plan(analysisOf(), { grid: gridAfter(first), previous: first.marker, existingSheets: existing });

  it('targets the same columns and sheets, deletes nothing and writes the same content', () => {
    expect(second.marker).toEqual(first.marker);
    expect(second.deleteSheets).toEqual([]);
    // Its columns are the first run's: they keep the widths (and hidden state) the officer gave them since.
    expect(second.sheets[0]!.role).toBe('table');
    expect(second.sheets).toEqual([{ ...first.sheets[0]!, columnWidths: [] }, ...first.sheets.slice(1)]);
    expect(second.clearTableColumns).toEqual(first.marker.tableColumns);
  });

  it('is stable over a third run', () => {
    const third = plan(analysisOf(), { grid: gridAfter(second), previous: second.marker, existingSheets: sheetsAfter(second, existing) });
    expect(third).toEqual(second);
  });

  it('keeps a renamed agency sheet name when the user sheet that forced it is still there', () => {
    const before = [SHEET, 'Sở Nội vụ'];
    const a = plan(analysisOf(), { existingSheets: before });
    const b = plan(analysisOf(), { grid: gridAfter(a), previous: a.marker, existingSheets: sheetsAfter(a, before) });
    expect(a.marker.sheets).toContain('Sở Nội vụ (2)');
    expect(b.marker).toEqual(a.marker);
    expect(b.deleteSheets).toEqual([]);
  });

  it('deletes the sheet of an agency that no longer leads anything, and the summary of the other language', () => {
    const fewer = analysisOf();
    const changed = plan({ ...fewer, agencies: fewer.agencies.filter((a) => a.name !== 'UBND cấp huyện') }, {
      t: en,
      lang: 'en',
      grid: gridAfter(first),
      previous: first.marker,
      existingSheets: existing,
    });
    expect(changed.deleteSheets).toEqual(['PAR - Tổng hợp', 'UBND cấp huyện']);
    expect(changed.marker.sheets).toEqual(['PAR - Summary', 'Sở Nội vụ', 'Sở NN&PTNT']);
  });

  it('keeps what the previous run made for the parts left out', () => {
    const onlyTable = plan(analysisOf(), {
      grid: gridAfter(first),
      previous: first.marker,
      existingSheets: existing,
      include: { tableColumns: true, summary: false, agencySheets: false },
    });
    expect(onlyTable.sheets.map((s) => s.role)).toEqual(['table']);
    expect(onlyTable.deleteSheets).toEqual([]);
    expect(onlyTable.marker.sheets).toEqual(first.marker.sheets);

    const onlySheets = plan(analysisOf(), {
      grid: gridAfter(first),
      previous: first.marker,
      existingSheets: existing,
      include: { tableColumns: false, summary: true, agencySheets: true },
    });
    expect(onlySheets.clearTableColumns).toEqual([]);
    expect(onlySheets.marker).toEqual(first.marker);
  });

  it('moves the columns to a newly checked sheet and clears the old ones', () => {
    const other = { ...analysisOf(), sheet: 'Năm 2025' };
    const moved = plan(other, { grid: { ...sheetGrid(), sheet: 'Năm 2025' }, previous: first.marker, existingSheets: [...existing, 'Năm 2025'] });
    expect(moved.marker.tableSheet).toBe('Năm 2025');
    expect(moved.clearTableColumns).toEqual(first.marker.tableColumns);
  });

  it('reuses its columns even when its own previous output fills them', () => {
    const grid = gridAfter(first);
    expect(parseA1('H4')).toEqual({ row: 3, col: 7 });
    expect(grid.cells[3]?.[7]?.value).toBe(8.65);
    const again = buildWritePlan(analysisOf(), options({ grid, previous: first.marker, existingSheets: existing }));
    expect(again.ok).toBe(true);
    const foreign = buildWritePlan(analysisOf(), options({ grid, previous: null, existingSheets: existing }));
    expect(foreign.ok).toBe(false);
  });
});

describe('buildRemovalPlan', () => {
  it('deletes every owned sheet, clears the owned columns and owns nothing after', () => {
    const previous: OwnershipMarker = plan().marker;
    const removal = buildRemovalPlan(previous);
    expect(removal).toEqual({
      marker: EMPTY_MARKER,
      sheets: [],
      deleteSheets: previous.sheets,
      clearTableColumns: previous.tableColumns,
    });
  });

  it('does nothing without a previous run', () => {
    expect(buildRemovalPlan(null)).toEqual({ marker: EMPTY_MARKER, sheets: [], deleteSheets: [], clearTableColumns: [] });
  });
});

describe('a marker gone stale', () => {
  it('does not own a column whose header is no longer the tool\'s (a user column was inserted)', () => {
    const first = plan();
    const existing = sheetsAfter(first);
    // The user's new column now sits under the recorded column numbers, header and all.
    let grid = gridAfter(first);
    grid = withCell(grid, 2, 7, 'Ghi chú của tôi');
    grid = withCell(grid, 3, 7, 'xem lại');
    const result = buildWritePlan(analysisOf(), options({ grid, previous: first.marker, existingSheets: existing }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.conflicts).toEqual(expect.arrayContaining([{ reason: 'occupied-cell', sheet: SHEET, cell: 'H4' }]));
  });
});
