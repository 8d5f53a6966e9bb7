import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { EXAMPLES, runCli, tempDir } from '../support/cli';

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

/*
 * Officers hide the unused columns right of a table, often to the sheet's last column. openpyxl,
 * another tool than ours, hides G:XFD of Phụ lục I and then reads the scored copy: the tool's own
 * columns (H:M, where it writes on this table) are shown, the officer's G and the columns past M
 * stay hidden.
 */
describe('a table whose columns to its right the officer hid', () => {
  const hidden = join(dir, 'an-cot.xlsx');
  const scored = join(dir, 'an-cot-scored.xlsx');

  it('gets its results in columns that are shown', async () => {
    execFileSync('/usr/bin/python3', [
      '-c',
      `
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
wb["Phụ lục I"].column_dimensions.group("G", "XFD", hidden=True)
wb.save(sys.argv[2])
`,
      join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx'),
      hidden,
    ]);
    const run = await runCli(['score', hidden, '-o', scored]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Cột thêm vào trang "Phụ lục I": H, I, J, K, L, M');
    const shown = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `
import sys, warnings
warnings.simplefilter("ignore")
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
ws = load_workbook(sys.argv[1])["Phụ lục I"]
hidden = set()
for key, dim in ws.column_dimensions.items():
    if dim.hidden:
        for c in range(dim.min, min(dim.max, 20) + 1):
            hidden.add(get_column_letter(c))
print(" ".join(get_column_letter(c) + ("-" if get_column_letter(c) in hidden else "+") for c in range(7, 15)))
print(ws["H7"].value is not None)
`,
        scored,
      ],
      { encoding: 'utf8' },
    );
    expect(shown.split('\n')).toEqual(['G- H+ I+ J+ K+ L+ M+ N-', 'True', '']);
  });
});
