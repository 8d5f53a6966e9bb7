import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import type { WritePlan } from '../../src/domain/plan/types';
import { parseMarker } from '../../src/domain/plan/marker';
import { applyPlan, PlanApplyError } from '../../src/xlsx/apply';
import { readMarker } from '../../src/xlsx/read';
import { firstPlan, marker, summarySheet, tableSheet, userWorkbook } from '../support/write-plans';

async function roundTrip(wb: ExcelJS.Workbook): Promise<{ wb: ExcelJS.Workbook; zip: JSZip }> {
  const buffer = await wb.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer);
  return { wb: loaded, zip: await JSZip.loadAsync(buffer) };
}

/** Everything a user could see in a sheet's cells, for before/after comparisons. */
function cellDump(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        out[`${ws.name}!${cell.address}`] = { value: cell.value, style: JSON.stringify(cell.style) };
      });
    });
  }
  return out;
}

describe('applyPlan', () => {
  it('writes formulas with cached results, literal text, styles and sheet settings', async () => {
    const wb = userWorkbook();
    applyPlan(wb, firstPlan());
    const { wb: out, zip } = await roundTrip(wb);

    const table = out.getWorksheet('Bảng điểm')!;
    expect(table.getCell('E2').value).toEqual({ formula: 'C2-D2', result: 0.5 });
    expect(table.getCell('E2').numFmt).toBe('0.00');
    // A cached 0 is kept (exceljs's cell.value would hide it; cell.result does not).
    expect(table.getCell('E3').formula).toBe('C3-D3');
    expect(table.getCell('E3').result).toBe(0);
    expect(table.getCell('E1').font?.bold).toBe(true);
    expect(table.getCell('E1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(table.getColumn(5).width).toBe(14);
    // User cells are untouched.
    expect(table.getCell('D2').value).toBe(1);
    expect(table.getCell('B2').font?.italic).toBe(true);

    // Text that looks like a formula is stored as a string, never as <f>.
    expect(table.getCell('F2').value).toBe("=cmd|' /C calc'!A0");
    expect(table.getCell('F2').type).toBe(ExcelJS.ValueType.String);
    expect(table.getCell('F3').value).toBe('+84 912 345 678');
    const tableXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(tableXml).not.toContain('cmd');
    expect((tableXml.match(/<f>/g) ?? []).length).toBe(2);

    const summary = out.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('B1').value).toEqual({ formula: "SUM('Bảng điểm'!D2:D3)", result: 1.5 });
    expect(summary.getCell('A2').value).toEqual({ formula: 'HYPERLINK("#\'Bảng điểm\'!A1","Xem bảng")', result: 'Xem bảng' });
    expect(summary.getColumn(1).width).toBe(30);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 0 });

    const meta = out.getWorksheet(MARKER_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    expect(parseMarker(String(meta.getCell('A1').value))).toEqual(firstPlan().marker);
    expect(readMarker(out)).toEqual(firstPlan().marker);
  });

  it('joins a link text too long for one formula constant from pieces, and writes text alone past the formula limit', async () => {
    const long = `${'Tiêu chí "dài" '.repeat(20)}…`;
    const huge = 'x'.repeat(9000);
    const plan = firstPlan();
    const links: WritePlan = {
      ...plan,
      sheets: [
        plan.sheets[0]!,
        {
          ...summarySheet(),
          blocks: [
            {
              row: 0,
              col: 0,
              cells: [[{ value: long, link: { sheet: 'Bảng điểm', cell: 'B2' } }], [{ value: huge, link: { sheet: 'Bảng điểm', cell: 'B3' } }]],
            },
          ],
        },
      ],
    };
    const wb = userWorkbook();
    applyPlan(wb, links);
    const { wb: out } = await roundTrip(wb);
    const summary = out.getWorksheet('Tổng hợp')!;
    const linked = summary.getCell('A1');
    expect(linked.result).toBe(long);
    const formula = linked.formula;
    expect(formula.startsWith('HYPERLINK("#\'Bảng điểm\'!B2",')).toBe(true);
    // Every constant within Excel's 255 characters, and joined back they are the text.
    const constants = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!);
    expect(constants.every((c) => c.length <= 255)).toBe(true);
    expect(constants.slice(1).map((c) => c.replace(/""/g, '"')).join('')).toBe(long);
    expect(summary.getCell('A2').value).toBe(huge);
    expect(summary.getCell('A2').font).toMatchObject({ underline: true });
  });

  it('adds conditional formats on the table and the owned sheet', async () => {
    const wb = userWorkbook();
    applyPlan(wb, firstPlan());
    const { zip } = await roundTrip(wb);
    const tableXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(tableXml).toMatch(/<conditionalFormatting sqref="E2:E3">[\s\S]*operator="greaterThan"/);
    const summaryXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(summaryXml).toMatch(/<conditionalFormatting sqref="B1">[\s\S]*<formula>&quot;Lỗi&quot;<\/formula>/);
  });

  it('refuses a plan that would overwrite user data, before writing anything', () => {
    const wb = userWorkbook();
    wb.getWorksheet('Bảng điểm')!.getCell('F3').value = 'ghi chú của người dùng';
    wb.addWorksheet('Tổng hợp').getCell('A1').value = 'trang của người dùng';
    const before = cellDump(wb);
    const sheetsBefore = wb.worksheets.map((ws) => ws.name);

    let error: unknown;
    try {
      applyPlan(wb, firstPlan());
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PlanApplyError);
    expect((error as PlanApplyError).problems).toEqual([
      { reason: 'occupied-cell', sheet: 'Bảng điểm', cell: 'F3' },
      { reason: 'sheet-name-taken', sheet: 'Tổng hợp' },
    ]);
    expect(cellDump(wb)).toEqual(before);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(sheetsBefore);
  });

  it('refuses to write into a merged user cell and to a missing table sheet', () => {
    const wb = userWorkbook();
    wb.getWorksheet('Bảng điểm')!.mergeCells('D3:E3');
    expect(() => applyPlan(wb, firstPlan())).toThrow(PlanApplyError);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Khác');
    expect(() => applyPlan(other, firstPlan())).toThrow(/missing-sheet Bảng điểm/);
  });

  it('rewrites its own output on a second run, clearing rows a shorter table no longer has', async () => {
    const wb = userWorkbook();
    applyPlan(wb, firstPlan());
    const second: WritePlan = {
      marker: marker({ tableSheet: 'Bảng điểm', tableColumns: [4], tableRows: { first: 0, last: 1 }, sheets: ['Tổng hợp 2'] }),
      sheets: [{ ...tableSheet(2), blocks: [{ row: 0, col: 4, cells: tableSheet(2).blocks[0]!.cells.map((r) => [r[0]!]) }] }, summarySheet('Tổng hợp 2')],
      deleteSheets: ['Tổng hợp'],
      clearTableColumns: [5],
    };
    applyPlan(wb, second);
    const { wb: out } = await roundTrip(wb);
    const table = out.getWorksheet('Bảng điểm')!;
    expect(table.getCell('E2').value).toEqual({ formula: 'C2-D2', result: 0.5 });
    expect(table.getCell('E3').value).toBeNull();
    expect(table.getCell('F2').value).toBeNull();
    expect(table.getCell('F1').value).toBeNull();
    expect(out.worksheets.map((ws) => ws.name)).toEqual(['Bảng điểm', MARKER_SHEET, 'Tổng hợp 2']);
    expect(readMarker(out)).toEqual(second.marker);
    // The user's cells survived both runs.
    expect([table.getCell('A2').value, table.getCell('C3').value, table.getCell('D3').value]).toEqual(['1.1', 0.5, 0.5]);
  });

  it('keeps an owned sheet in place when it is rewritten', () => {
    const wb = userWorkbook();
    applyPlan(wb, firstPlan());
    wb.addWorksheet('Ghi chú');
    applyPlan(wb, firstPlan());
    const visible = wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => ws.name);
    expect(visible).toEqual(['Bảng điểm', 'Tổng hợp', 'Ghi chú']);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('B1').value).toEqual({ formula: "SUM('Bảng điểm'!D2:D3)", result: 1.5 });
  });

  it('removes everything it wrote when the plan owns nothing', async () => {
    const wb = userWorkbook();
    applyPlan(wb, firstPlan());
    applyPlan(wb, { marker: marker({}), sheets: [], deleteSheets: ['Tổng hợp'], clearTableColumns: [4, 5] });
    const { wb: out } = await roundTrip(wb);
    expect(out.worksheets.map((ws) => ws.name)).toEqual(['Bảng điểm']);
    expect(readMarker(out)).toBeNull();
    const table = out.getWorksheet('Bảng điểm')!;
    expect(table.getCell('E2').value).toBeNull();
    expect(table.getCell('F2').value).toBeNull();
    expect(table.getCell('D2').value).toBe(1);
  });

  it('refuses to delete a sheet it does not own', () => {
    const wb = userWorkbook();
    expect(() => applyPlan(wb, { marker: marker({}), sheets: [], deleteSheets: ['Bảng điểm'], clearTableColumns: [] })).toThrow(
      /not-owned Bảng điểm/,
    );
    expect(wb.getWorksheet('Bảng điểm')).toBeDefined();
  });
});
