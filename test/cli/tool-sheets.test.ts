import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { readMarker } from '../../src/xlsx/read';
import { runCli, EXAMPLES, tempDir, loadWorkbook } from '../support/cli';

const PHU_LUC_I = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');

describe('a sheet the tool wrote is refused as input', () => {
  const dir = tempDir('par-tool-sheet-');
  const scored = join(dir, 'scored.xlsx');

  beforeAll(async () => {
    expect((await runCli(['score', PHU_LUC_I, '-o', scored])).code).toBe(0);
  });

  it('check --sheet "PAR - Tổng hợp" exits 2 naming the sheet, in Vietnamese and in English', async () => {
    const vi = await runCli(['check', scored, '--sheet', 'PAR - Tổng hợp']);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toContain(
      `Trang tính "PAR - Tổng hợp" của ${scored} do PAR Scorer ghi ra ở lần chạy trước (trang tổng hợp hoặc trang theo đơn vị), không phải bảng để kiểm tra; không có gì bị thay đổi. Hãy chọn trang tính chứa bảng: "Phụ lục I".`,
    );
    const en = await runCli(['check', scored, '--sheet', 'par - tổng hợp', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`Sheet "PAR - Tổng hợp" of ${scored} was written by PAR Scorer on an earlier run`);
  });

  it('refuses an agency sheet the same way', async () => {
    const marker = readMarker(await loadWorkbook(scored))!;
    const agency = marker.sheets.find((s) => s !== 'PAR - Tổng hợp')!;
    const result = await runCli(['check', scored, '--sheet', agency, '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${agency}"`);
  });

  it('score --sheet "PAR - Tổng hợp" writes nothing: no output, and the scored file keeps its agency sheets and columns', async () => {
    const before = readFileSync(scored);
    const markerBefore = readMarker(await loadWorkbook(scored))!;
    expect(markerBefore.sheets.length).toBeGreaterThan(1);
    expect(markerBefore.tableColumns.length).toBeGreaterThan(0);
    const out = join(dir, 'again.xlsx');
    const result = await runCli(['score', scored, '--sheet', 'PAR - Tổng hợp', '-o', out]);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(scored).equals(before)).toBe(true);
    // Scoring the table sheet itself still works and keeps the sheets the first run wrote.
    expect((await runCli(['score', scored, '--sheet', 'Phụ lục I', '-o', out])).code).toBe(0);
    const after = readMarker(await loadWorkbook(out))!;
    expect([...after.sheets].sort()).toEqual([...markerBefore.sheets].sort());
    expect(after.tableColumns).toEqual(markerBefore.tableColumns);
  });

  it('never picks one by itself, even when it comes first in tab order', async () => {
    const book = await loadWorkbook(scored);
    // Move the summary before the table, as a user dragging tabs would.
    // exceljs keeps the tab order in orderNo, which its typings leave out.
    (book.getWorksheet('PAR - Tổng hợp') as unknown as { orderNo: number }).orderNo = -1;
    const moved = join(dir, 'moved.xlsx');
    await book.xlsx.writeFile(moved);
    expect((await loadWorkbook(moved)).worksheets[0]!.name).toBe('PAR - Tổng hợp');
    const result = await runCli(['check', moved, '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { sheet: string }).sheet).toBe('Phụ lục I');
  });
});
