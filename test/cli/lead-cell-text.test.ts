import { join } from 'path';
import { readMarker, readWorkbook } from '../../src/xlsx/read';
import { runCli, tempDir } from '../support/cli';

/**
 * A lead cell that goes on past its agency ("Sở Nội vụ chủ trì, tham mưu UBND tỉnh ban hành Kế
 * hoạch tổ chức Hội thi" and a line on the contest): the JSON report and the lead's agency sheet
 * show those words with the task (test/corpus/phan-cong-2024-don-vi-thuc-hien.xlsx, row 7).
 */
const TABLE = join(__dirname, '..', 'corpus', 'phan-cong-2024-don-vi-thuc-hien.xlsx');
const TASK = 'Tổ chức Hội thi tìm hiểu về cải cách hành chính năm 2024';
const REST = 'Sở Nội vụ chủ trì, tham mưu UBND tỉnh ban hành Kế hoạch tổ chức Hội thi\nHội thi cấp tỉnh dành cho cán bộ, công chức, viên chức và người dân';

describe('the rest of a lead cell stays with the task', () => {
  it('in the JSON report', async () => {
    const result = await runCli(['check', TABLE, '--json', '--lang', 'en']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { tasks: { row: number; task: string }[]; agencies: { name: string; tasks: number[] }[] };
    expect(report.tasks.find((t) => t.row === 7)?.task).toBe(`${TASK}\n${REST}`);
    expect(report.agencies.find((a) => a.name === 'Sở Nội vụ')?.tasks).toEqual([6, 7]);
    expect(report.agencies.map((a) => a.name)).not.toContain('Hội thi cấp tỉnh dành cho cán bộ, công chức, viên chức và người dân');
  });

  it('on the lead agency\'s sheet', async () => {
    const out = join(tempDir('par-lead-rest-'), 'scored.xlsx');
    expect((await runCli(['score', TABLE, '-o', out])).code).toBe(0);
    const wb = await readWorkbook(out);
    const sheets = readMarker(wb)!.sheets.map((name) => wb.getWorksheet(name)!);
    const texts = (name: string): string[] => {
      const out: string[] = [];
      sheets.find((ws) => ws.getCell('A1').text.includes(name) || ws.name.includes(name))?.eachRow((row) => row.eachCell((cell) => void out.push(cell.text)));
      return out;
    };
    expect(texts('Nội vụ')).toContain(`${TASK}\n${REST}`);
  });
});
