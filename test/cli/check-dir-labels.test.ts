import { copyFileSync, rmSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { AREA_ONE_CRITERIA, AREA_ONE_HEADER, AREA_ONE_SHEET } from '../support/area-one-2022';
import { runCli, EXAMPLES, tempDir, loadWorkbook } from '../support/cli';

const WITH_SET = join(EXAMPLES, 'daklak-2020-with-criteria-sheet.xlsx');
const SET_TITLE = 'Bộ Chỉ số cải cách hành chính cấp tỉnh giai đoạn 2017–2020';

describe('check-dir names sets by title and says what the recomputed total adds up', () => {
  const dir = tempDir('par-dir-labels-');
  beforeAll(async () => {
    copyFileSync(WITH_SET, join(dir, 'a-bo-rieng.xlsx'));
    // Criteria of area 1 only, no area row: the recomputed total adds up the criteria.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(AREA_ONE_SHEET);
    [AREA_ONE_HEADER, ...AREA_ONE_CRITERIA].forEach((r, i) => {
      ws.getRow(i + 1).values = r as ExcelJS.CellValue[];
    });
    await wb.xlsx.writeFile(join(dir, 'b-chi-tieu-chi.xlsx'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the custom set’s title, not its id, and “from the criteria” for a table without area rows', async () => {
    const { stdout } = await runCli(['check-dir', dir]);
    const [custom, criteriaOnly] = stdout.split('\n');
    expect(custom).toContain(`a-bo-rieng.xlsx: trang "Phụ lục I", “${SET_TITLE}” — tổng ghi`);
    expect(custom).toContain('/ tính lại từ các lĩnh vực');
    expect(custom).not.toContain('custom:');
    // 1.5 + 1 + 1.25 + 1.5 + 1 + 1 + 1.5 (the sub-criteria are inside 1.3) = 8.75; no total row.
    expect(criteriaOnly).toContain(`b-chi-tieu-chi.xlsx: trang "${AREA_ONE_SHEET}", par-2022 — tổng ghi — / tính lại từ các tiêu chí 8,75;`);
  });

  it('gives the title in the JSON and in the consolidated workbook', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    const { stdout } = await runCli(['check-dir', dir, '--json', '-o', out, '--lang', 'en']);
    const files = (JSON.parse(stdout) as { files: { file: string; criteriaTitle?: string }[] }).files;
    expect(files.find((f) => f.file === 'a-bo-rieng.xlsx')?.criteriaTitle).toBe(SET_TITLE);
    const book = await loadWorkbook(out);
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(SET_TITLE);
    expect(cells.some((v) => typeof v === 'string' && v.startsWith('custom:'))).toBe(false);
  });

  it('check and the summary sheet say the same of one table', async () => {
    const file = join(dir, 'b-chi-tieu-chi.xlsx');
    const { stdout } = await runCli(['check', file]);
    // Maxima 1.5 + 1 + 1.5 + 1.5 + 1.5 + 1 + 1.5 = 9.5, scores 8.75, no target column: 0.75 lost.
    expect(stdout).toContain('Tính lại từ các tiêu chí (bảng không có dòng lĩnh vực): tối đa 9,5 · đạt 8,75 · mục tiêu — · bị mất 0,75');
    const out = join(dir, 'scored', 'b.xlsx');
    await runCli(['score', file, '-o', out]);
    const book = await loadWorkbook(out);
    const summary = book.getWorksheet('PAR - Tổng hợp')!;
    const labels: unknown[] = [];
    summary.eachRow((row) => labels.push(row.getCell(1).value));
    expect(labels).toContain('Tính lại (tổng các tiêu chí)');
  });
});
