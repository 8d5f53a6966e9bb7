import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli, tempDir } from '../support/cli';

/*
 * A workbook written by openpyxl, as a script or another tool would: absolute relationship targets
 * ("/xl/worksheets/sheet1.xml") and its own styles. Issue 12: such workbooks were
 * refused as "not a readable .xlsx". Uses Debian's python3, where openpyxl is installed (.ci/run).
 */
const dir = tempDir('par-openpyxl-');
const file = join(dir, 'bang-diem.xlsx');

beforeAll(() => {
  const script = `
import sys
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = "Bảng điểm"
ws.append(["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"])
ws.append(["1", "Công tác chỉ đạo, điều hành cải cách hành chính", 9.5, 8.0])
ws.append(["1.1", "Kế hoạch cải cách hành chính", 2.5, 2.0])
ws.append(["1.2", "Báo cáo cải cách hành chính", 1.5, 1.5])
ws["D4"].number_format = "0.00"
wb.save(sys.argv[1])
`;
  execFileSync('/usr/bin/python3', ['-c', script, file]);
});

describe('a workbook written by openpyxl', () => {
  it('uses absolute part names, which the reader follows', () => {
    const rels = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['xl/_rels/workbook.xml.rels']!);
    expect(rels).toContain('Target="/xl/worksheets/sheet1.xml"');
  });

  it('is checked like any other workbook', async () => {
    const { code, stdout, stderr } = await runCli(['check', file, '--json']);
    expect(stderr).toBe('');
    expect(code).not.toBe(2);
    const report = JSON.parse(stdout);
    expect(report.sheet).toBe('Bảng điểm');
    expect(report.table.headerRow).toBe(1);
    expect(report.table.lastDataRow).toBe(4);
  });
});
