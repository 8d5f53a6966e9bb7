import { existsSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { criteriaSetFromGrid } from '../../src/domain/criteria/custom';
import { criteriaIndex } from '../../src/domain/criteria';
import { fixed } from '../../src/domain/fixed';
import { openPackage } from '../../src/xlsx/read/file';
import { AREA_ONE_CRITERIA, AREA_ONE_SHEET, areaOneRows, withMax } from '../support/area-one-2022';
import type { BuilderValue } from '../support/grid-builder';
import { runCli, tempDir } from '../support/cli';

async function tableFile(dir: string, name: string, rows: BuilderValue[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(AREA_ONE_SHEET);
  rows.forEach((r, i) => {
    ws.getRow(i + 1).values = r as ExcelJS.CellValue[];
  });
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('par-scorer criteria --from-table', () => {
  const dir = tempDir('par-from-table-');

  it('writes the table’s consistent maxima as a Bộ tiêu chí workbook that check then uses', async () => {
    const table = await tableFile(dir, 'diem-2023.xlsx', areaOneRows());
    const out = join(dir, 'bo-tieu-chi.xlsx');
    const made = await runCli(['criteria', '--from-table', table, '-o', out]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toBe(
      `Đã lập bộ tiêu chí “Bộ Chỉ số cải cách hành chính cấp tỉnh giai đoạn 2022–2030 — điểm tối đa theo bảng “Điểm 2023” (diem-2023.xlsx)” trong trang “Bộ tiêu chí” của ${out}: 9 điểm tối đa lấy từ bảng, 0 mục bảng có mà bộ tiêu chí chưa có.\n` +
        `Kiểm tra theo bộ này: par-scorer check ${table} --criteria ${out}\n`,
    );
    const { set, issues } = criteriaSetFromGrid(await (await openPackage(out)).grid('Bộ tiêu chí'));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const index = criteriaIndex(set!);
    expect([index.byCode('1.3')?.max, index.byCode('1.3.2')?.max, index.byCode('1.6')?.max]).toEqual([fixed(1.5), fixed(0.75), fixed(1)]);

    const checked = await runCli(['check', table, '--criteria', out, '--json']);
    const report = JSON.parse(checked.stdout) as { findings: { rule: string }[] };
    expect(report.findings.map((f) => f.rule)).not.toContain('maxima-from-table');
    expect(report.findings.map((f) => f.rule)).not.toContain('max-sum-mismatch');
  });

  it('refuses a table whose maxima do not add up: exit 1, the findings with their cells, no file', async () => {
    const table = await tableFile(dir, 'sai.xlsx', areaOneRows(withMax(AREA_ONE_CRITERIA, '1.3.2', 0.5)));
    const out = join(dir, 'khong-ghi.xlsx');
    const result = await runCli(['criteria', '--from-table', table, '-o', out, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`No criteria set made from table “Điểm 2023” of ${table}: its maxima are not consistent (problems found: 1, listed below).`);
    expect(result.stderr).toContain('Điểm 2023!C5  [error] The maximum of criterion 1.3 (sheet “Điểm 2023”, cell C5) states 1.5');
    expect(existsSync(out)).toBe(false);
  });

  it('never writes over an existing file, and needs -o', async () => {
    const table = await tableFile(dir, 'lan-hai.xlsx', areaOneRows());
    expect((await runCli(['criteria', '--from-table', table])).code).toBe(2);
    expect((await runCli(['criteria', '--from-table', table, '-o', table])).code).toBe(2);
    const out = join(dir, 'da-co.xlsx');
    expect((await runCli(['criteria', '--from-table', table, '-o', out])).code).toBe(0);
    const again = await runCli(['criteria', '--from-table', table, '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có; công cụ không ghi đè');
  });
});
