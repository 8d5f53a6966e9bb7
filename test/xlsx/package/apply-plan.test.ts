import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { MARKER_SHEET } from '../../../src/domain/plan/types';
import type { WritePlan } from '../../../src/domain/plan/types';
import { PlanApplyError } from '../../../src/xlsx/apply';
import { applyPlanToPackage, PackageRefusal } from '../../../src/xlsx/package/apply-plan';
import { UserEditsError } from '../../../src/xlsx/apply-errors';
import { readMarker } from '../../../src/xlsx/read';
import { firstPlan, marker, summarySheet, tableSheet, userWorkbook } from '../../support/write-plans';

async function packageOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('applyPlanToPackage', () => {
  it('writes formulas with cached results, literal text, styles and sheet settings', async () => {
    const written = applyPlanToPackage(await packageOf(userWorkbook()), firstPlan());
    expect(written.macroEnabled).toBe(false);
    const out = await load(written.bytes);
    const table = out.getWorksheet('Bảng điểm')!;
    expect(table.getCell('E2').value).toEqual({ formula: 'C2-D2', result: 0.5 });
    expect(table.getCell('E2').numFmt).toBe('0.00');
    expect(table.getCell('E3').formula).toBe('C3-D3');
    expect(table.getCell('E3').result).toBe(0);
    expect(table.getCell('E1').font?.bold).toBe(true);
    expect(table.getCell('E1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(table.getColumn(5).width).toBe(14);
    expect(table.getCell('D2').value).toBe(1);
    expect(table.getCell('B2').font?.italic).toBe(true);
    expect(table.getCell('F2').value).toBe("=cmd|' /C calc'!A0");
    expect(table.getCell('F2').type).toBe(ExcelJS.ValueType.String);
    expect(table.getCell('F3').value).toBe('+84 912 345 678');

    const summary = out.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('B1').value).toEqual({ formula: "SUM('Bảng điểm'!D2:D3)", result: 1.5 });
    expect(summary.getCell('A2').value).toEqual({ formula: 'HYPERLINK("#\'Bảng điểm\'!A1","Xem bảng")', result: 'Xem bảng' });
    expect(summary.getCell('A2').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    expect(summary.getColumn(1).width).toBe(30);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(out.getWorksheet(MARKER_SHEET)!.state).toBe('veryHidden');
    expect(readMarker(out)).toEqual(firstPlan().marker);

    const parts = unzipSync(written.bytes);
    const tableXml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(tableXml).not.toContain('<f>cmd');
    expect((tableXml.match(/<f>/g) ?? []).length).toBe(2);
    expect(tableXml).toMatch(/<conditionalFormatting sqref="E2:E3"><cfRule type="cellIs" dxfId="\d+" priority="1" operator="greaterThan"><formula>0<\/formula>/);
    const summaryPart = Object.keys(parts).find((p) => p !== 'xl/worksheets/sheet1.xml' && /worksheets\/sheet\d+\.xml$/.test(p) && strFromU8(parts[p]!).includes('Tổng điểm'))!;
    expect(strFromU8(parts[summaryPart]!)).toMatch(/<conditionalFormatting sqref="B1">[\s\S]*<formula>(&quot;|")Lỗi(&quot;|")<\/formula>/);
  });

  it('refuses a plan that would overwrite user data, naming every cell and sheet', async () => {
    const wb = userWorkbook();
    wb.getWorksheet('Bảng điểm')!.getCell('F3').value = 'ghi chú của người dùng';
    wb.getWorksheet('Bảng điểm')!.mergeCells('D2:E2');
    wb.addWorksheet('Tổng hợp').getCell('A1').value = 'trang của người dùng';
    let error: unknown;
    try {
      applyPlanToPackage(await packageOf(wb), firstPlan());
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PlanApplyError);
    expect((error as PlanApplyError).problems).toEqual([
      { reason: 'occupied-cell', sheet: 'Bảng điểm', cell: 'E2' },
      { reason: 'occupied-cell', sheet: 'Bảng điểm', cell: 'F3' },
      { reason: 'sheet-name-taken', sheet: 'Tổng hợp' },
    ]);
  });

  it('refuses a sheet named like its marker that holds something else', async () => {
    const wb = userWorkbook();
    wb.addWorksheet(MARKER_SHEET).getCell('A1').value = 'danh sách của tôi';
    expect(() => applyPlanToPackage(new Uint8Array(), firstPlan())).toThrow();
    const bytes = await packageOf(wb);
    expect(() => applyPlanToPackage(bytes, firstPlan())).toThrow(PackageRefusal);
  });

  it('rewrites its own output on a second run, clearing rows a shorter table no longer has', async () => {
    const first = applyPlanToPackage(await packageOf(userWorkbook()), firstPlan()).bytes;
    const second: WritePlan = {
      marker: marker({ tableSheet: 'Bảng điểm', tableColumns: [4], tableRows: { first: 0, last: 1 }, sheets: ['Tổng hợp 2'] }),
      sheets: [{ ...tableSheet(2), blocks: [{ row: 0, col: 4, cells: tableSheet(2).blocks[0]!.cells.map((r) => [r[0]!]) }] }, summarySheet('Tổng hợp 2')],
      deleteSheets: ['Tổng hợp'],
      clearTableColumns: [5],
    };
    const out = await load(applyPlanToPackage(first, second).bytes);
    const table = out.getWorksheet('Bảng điểm')!;
    expect(table.getCell('E2').value).toEqual({ formula: 'C2-D2', result: 0.5 });
    expect(table.getCell('E3').value).toBeNull();
    expect(table.getCell('F2').value).toBeNull();
    expect(table.getCell('F1').value).toBeNull();
    expect(out.worksheets.map((ws) => ws.name)).toEqual(['Bảng điểm', MARKER_SHEET, 'Tổng hợp 2']);
    expect(readMarker(out)).toEqual(second.marker);
    expect([table.getCell('A2').value, table.getCell('C3').value, table.getCell('D3').value]).toEqual(['1.1', 0.5, 0.5]);
  });

  it('keeps a user’s formulas filled down on its sheet whole when told to keep them, each written out for its cell', async () => {
    const parts = unzipSync(applyPlanToPackage(await packageOf(userWorkbook()), firstPlan()).bytes);
    const summaryPart = Object.keys(parts).find((name) => name.startsWith('xl/worksheets/') && strFromU8(parts[name]!).includes('Tổng điểm'))!;
    // As Excel saves a formula filled down from C5 to C6: C6 only refers to C5's shared formula.
    const typed = '<row r="5"><c r="C5"><f t="shared" ref="C5:C6" si="0">B1*2</f><v>3</v></c></row><row r="6"><c r="C6"><f t="shared" si="0"/><v>0</v></c></row>';
    parts[summaryPart] = strToU8(strFromU8(parts[summaryPart]!).replace('</sheetData>', `${typed}</sheetData>`));
    const edited = zipSync(parts);
    expect(() => applyPlanToPackage(edited, firstPlan())).toThrow(UserEditsError);
    const kept = applyPlanToPackage(edited, firstPlan(), { userEdits: 'keep' });
    expect(kept.kept.map((e) => `${e.sheet}!${e.cell}`)).toEqual(['Tổng hợp!C5', 'Tổng hợp!C6']);
    const summary = (await load(kept.bytes)).getWorksheet('Tổng hợp')!;
    expect(summary.getCell('C5').formula).toBe('B1*2');
    expect(summary.getCell('C6').formula).toBe('B2*2');
    expect(summary.getCell('A1').value).toBe('Tổng điểm');
    // Written out, so no kept cell depends on a shared formula the rewritten sheet might not hold.
    const out = unzipSync(kept.bytes);
    const xml = strFromU8(out[Object.keys(out).find((name) => name.startsWith('xl/worksheets/') && strFromU8(out[name]!).includes('Tổng điểm'))!]!);
    expect(xml).toContain('<c r="C6"><f>B2*2</f><v>0</v></c>');
    expect(xml).not.toContain('t="shared"');
  });

  it('writes out a kept shared formula whose type is single-quoted (XML 1.0 §2.3)', async () => {
    const parts = unzipSync(applyPlanToPackage(await packageOf(userWorkbook()), firstPlan()).bytes);
    const summaryPart = Object.keys(parts).find((name) => name.startsWith('xl/worksheets/') && strFromU8(parts[name]!).includes('Tổng điểm'))!;
    const typed = "<row r='5'><c r='C5'><f t='shared' ref='C5:C6' si='0'>B1*2</f><v>3</v></c></row><row r='6'><c r='C6'><f t='shared' si='0'/><v>0</v></c></row>";
    parts[summaryPart] = strToU8(strFromU8(parts[summaryPart]!).replace('</sheetData>', `${typed}</sheetData>`));
    const kept = applyPlanToPackage(zipSync(parts), firstPlan(), { userEdits: 'keep' });
    const summary = (await load(kept.bytes)).getWorksheet('Tổng hợp')!;
    expect([summary.getCell('C5').formula, summary.getCell('C6').formula]).toEqual(['B1*2', 'B2*2']);
    const out = unzipSync(kept.bytes);
    const xml = strFromU8(out[Object.keys(out).find((name) => name.startsWith('xl/worksheets/') && strFromU8(out[name]!).includes('Tổng điểm'))!]!);
    expect(xml).toContain("<c r='C6'><f>B2*2</f><v>0</v></c>");
    expect(xml).not.toContain("t='shared'");
  });

  it('removes everything it wrote when the plan owns nothing', async () => {
    const first = applyPlanToPackage(await packageOf(userWorkbook()), firstPlan()).bytes;
    const removed = applyPlanToPackage(first, { marker: marker({}), sheets: [], deleteSheets: ['Tổng hợp'], clearTableColumns: [4, 5] }).bytes;
    const out = await load(removed);
    expect(out.worksheets.map((ws) => ws.name)).toEqual(['Bảng điểm']);
    expect(readMarker(out)).toBeNull();
    expect(out.getWorksheet('Bảng điểm')!.getCell('E2').value).toBeNull();
    expect(out.getWorksheet('Bảng điểm')!.getCell('D2').value).toBe(1);
    expect(Object.keys(unzipSync(removed)).filter((p) => p.startsWith('xl/worksheets/') && !p.endsWith('/'))).toEqual(['xl/worksheets/sheet1.xml']);
  });

  it('refuses to delete a sheet it does not own', async () => {
    const bytes = await packageOf(userWorkbook());
    expect(() => applyPlanToPackage(bytes, { marker: marker({}), sheets: [], deleteSheets: ['Bảng điểm'], clearTableColumns: [] })).toThrow(/not-owned Bảng điểm/);
  });

  it('writes beside a stray cell at XFD1048576 and a note at XFA1 without a crash, keeping both', () => {
    const input = readFileSync(join(__dirname, '..', '..', 'corpus', 'openpyxl-far-cells.xlsx'));
    const plan: WritePlan = {
      marker: marker({ tableSheet: 'Phụ lục I', tableColumns: [7], tableRows: { first: 5, last: 6 }, sheets: [] }),
      sheets: [{ name: 'Phụ lục I', role: 'table', owned: false, blocks: [{ row: 5, col: 7, cells: [[{ value: 'Điểm tính lại' }], [{ formula: '=SUM(D8:D13)', cached: 6.5 }]] }], columnWidths: [{ col: 7, width: 12 }], conditionalFormats: [] }],
      deleteSheets: [],
      clearTableColumns: [],
    };
    const parts = unzipSync(applyPlanToPackage(input, plan).bytes);
    const original = unzipSync(input);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="XFD1048576"');
    expect(sheet).toContain('<c r="H7"><f>SUM(D8:D13)</f><v>6.5</v></c>');
    for (const part of Object.keys(original).filter((p) => /comments|vml/i.test(p))) {
      expect(Buffer.from(parts[part]!).equals(Buffer.from(original[part]!))).toBe(true);
    }
    expect(Object.keys(original).some((p) => /comments/i.test(p))).toBe(true);
  });
  it('writes its cells and conditional formats into a table sheet whose elements are prefixed in the prefix the sheet uses', async () => {
    const parts = unzipSync(await packageOf(userWorkbook()));
    const plain = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    const root = plain.indexOf('<worksheet');
    const prefixed =
      plain.slice(0, root) +
      plain
        .slice(root)
        .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2');
    parts['xl/worksheets/sheet1.xml'] = strToU8(prefixed);
    const written = unzipSync(applyPlanToPackage(zipSync(parts), firstPlan()).bytes);
    const table = strFromU8(written['xl/worksheets/sheet1.xml']!);
    const data = table.slice(table.indexOf('<x:sheetData'));
    expect(data).toMatch(/<x:c r="E2"[^>]*><x:f>C2-D2<\/x:f><x:v>0.5<\/x:v><\/x:c>/);
    expect(data).toContain('<x:conditionalFormatting sqref="E2:E3"><x:cfRule');
    expect(data).not.toMatch(/<(c|f|v|is|t|conditionalFormatting|cfRule|formula)[\s>]/);
  });
});
