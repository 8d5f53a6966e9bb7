import { execFileSync } from 'child_process';
import { join } from 'path';
import { runCli, tempDir } from '../support/cli';

/*
 * A table with more findings than a function call takes arguments (V8 spreads an array into a call's
 * arguments on the stack): the human report listed them with push(...lines) and ended in "Maximum call
 * stack size exceeded", a stack trace instead of the report (issue 12: never an abort or a stack
 * trace). Made by openpyxl (Debian's python3, .ci/run installs it): 60,000 copies of one criterion row,
 * each with a negative score. Per row, by construction: code 1.1.1 again (an error on every row but the
 * first), a negative score (an error) and a code the 2022 criteria tree does not have (a warning).
 */
const ROWS = 60_000;
const dir = tempDir('par-many-findings-');
const file = join(dir, 'bang-diem-lon.xlsx');

beforeAll(() => {
  const script = `
import sys
from openpyxl import Workbook
wb = Workbook(write_only=True)
ws = wb.create_sheet("Phụ lục I")
ws.append(["BẢNG ĐIỂM CẢI CÁCH HÀNH CHÍNH"])
ws.append(["Mã", "Nội dung", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Chủ trì"])
for i in range(${ROWS}):
    ws.append(["1.1.1", "Ban hành kế hoạch cải cách hành chính", 1, -1, None, "Sở Nội vụ"])
wb.save(sys.argv[1])
`;
  execFileSync('/usr/bin/python3', ['-c', script, file]);
}, 120_000);

describe('a table with hundreds of thousands of findings', () => {
  it('is reported line by line, every finding, with no stack trace', async () => {
    const { code, stdout, stderr } = await runCli(['check', file]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    const errors = ROWS - 1 + ROWS;
    const warnings = ROWS;
    expect(lines.find((l) => l.startsWith('Kết quả: '))).toMatch(new RegExp(`^Kết quả: ${errors} lỗi, ${warnings} cảnh báo, \\d+ thông tin\\.$`));
    expect(lines.filter((l) => l.includes('[lỗi]'))).toHaveLength(errors);
    expect(lines.filter((l) => l.includes('[cảnh báo]'))).toHaveLength(warnings);
    expect(lines[lines.length - 1]).toBe(`Phụ lục I!D${ROWS + 2}  [lỗi] Ô D${ROWS + 2} (cột “Điểm đạt”) có giá trị âm -1.`);
  }, 120_000);
});
