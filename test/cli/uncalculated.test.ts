import { join } from 'path';
import { readWorkbook } from '../../src/xlsx/read';
import { runCli, tempDir } from '../support/cli';

/**
 * The .xlsx path on a workbook saved by a program that does not calculate
 * (test/corpus/uncalculated/vinh-phuc-2023-diem-linh-vuc.xlsx): area 8's score is "=8.32+4.5" with no
 * result in D11, the total maximum "=SUM(C4:C11)" in C12. Both commands that read a table tell the
 * officer to recalculate and save, naming the sheet and cell; the plain SUM is worked out silently.
 */
const FILE = join(__dirname, '..', 'corpus', 'uncalculated', 'vinh-phuc-2023-diem-linh-vuc.xlsx');

describe('a formula cell saved without its result, read from an .xlsx file', () => {
  it('check names the cell and asks for a recalculation, in Vietnamese and English', async () => {
    const vi = await runCli(['check', FILE]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      'Điểm theo lĩnh vực!D11  [lỗi] Ô D11 (cột “Điểm năm 2023”) có công thức =8.32+4.5 nhưng chưa có kết quả (tệp được lưu mà chưa tính). Hãy mở tệp bằng Excel, tính lại (F9) và lưu',
    );
    const en = await runCli(['check', FILE, '--lang', 'en', '--json']);
    expect(en.code).toBe(1);
    const report = JSON.parse(en.stdout) as { findings: { rule: string; cell: string; actual: string | null; message: string }[] };
    const uncalculated = report.findings.filter((f) => f.rule === 'formula-not-calculated');
    expect(uncalculated.map((f) => [f.cell, f.actual])).toEqual([['D11', '=8.32+4.5']]);
    expect(uncalculated[0]!.message).toContain('Open it in Excel, recalculate (F9) and save');
  });

  it('score writes its copy, exits 1, and its summary sheet lists the finding', async () => {
    const out = join(tempDir('par-uncalculated-'), 'scored.xlsx');
    const result = await runCli(['score', FILE, '-o', out, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Result: errors: 1, warnings: 1');
    const summary = (await readWorkbook(out)).getWorksheet('PAR - Summary')!;
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text)));
    expect(texts.some((t) => t.includes('Cell D11') && t.includes('holds the formula =8.32+4.5 but no result'))).toBe(true);
  });
});
