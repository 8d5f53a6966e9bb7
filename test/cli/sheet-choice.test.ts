import { execFileSync } from 'child_process';
import { join } from 'path';
import { runCli, tempDir } from '../support/cli';

/*
 * Which sheet `check` reads when none is named. A plan's workbook often opens on a summary of the
 * eight areas ("Tổng hợp") and holds the detailed table on the next sheet: the detailed table is
 * the one to check. A workbook with nothing but the summary still has it checked. Workbooks made by
 * openpyxl (Debian's python3, installed by .ci/run), not by this tool.
 */
const dir = tempDir('par-sheet-choice-');

const SUMMARY = `
def summary(ws):
    ws.append(["BẢNG TỔNG HỢP"])
    ws.append(["STT", "Lĩnh vực", "Điểm tối đa", "Điểm đạt được"])
    ws.append(["1", "Công tác chỉ đạo, điều hành cải cách hành chính", 9.5, 8.0])
    ws.append(["2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", 7.5, 7.0])
    ws.append(["", "Tổng cộng", 17.0, 15.0])

def detailed(ws):
    ws.append(["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt được"])
    ws.append(["1", "Công tác chỉ đạo, điều hành cải cách hành chính", 4.0, 3.5])
    ws.append(["1.1", "Kế hoạch cải cách hành chính", 2.5, 2.0])
    ws.append(["1.2", "Báo cáo cải cách hành chính", 1.5, 1.5])
`;

function workbook(name: string, sheets: readonly [string, 'summary' | 'detailed'][]): string {
  const file = join(dir, name);
  const body = sheets
    .map(([title, kind], i) => `${i === 0 ? 'ws = wb.active' : 'ws = wb.create_sheet()'}\nws.title = ${JSON.stringify(title)}\n${kind}(ws)`)
    .join('\n');
  const script = `import sys\nfrom openpyxl import Workbook\n${SUMMARY}\nwb = Workbook()\n${body}\nwb.save(sys.argv[1])\n`;
  execFileSync('/usr/bin/python3', ['-c', script, file]);
  return file;
}

async function checkedSheet(file: string): Promise<string> {
  const { code, stdout, stderr } = await runCli(['check', file, '--json']);
  expect(stderr).toBe('');
  expect(code).not.toBe(2);
  return (JSON.parse(stdout) as { sheet: string }).sheet;
}

describe('the sheet check reads when none is named', () => {
  it('passes over a summary of areas when a detailed table follows', async () => {
    const file = workbook('summary-first.xlsx', [
      ['Tổng hợp', 'summary'],
      ['Chi tiết', 'detailed'],
    ]);
    expect(await checkedSheet(file)).toBe('Chi tiết');
  });

  it('checks the summary when it is the only table', async () => {
    const file = workbook('summary-only.xlsx', [['Tổng hợp', 'summary']]);
    expect(await checkedSheet(file)).toBe('Tổng hợp');
  });

  it('keeps the first of two detailed tables, in tab order', async () => {
    const file = workbook('two-detailed.xlsx', [
      ['Năm 2022', 'detailed'],
      ['Năm 2023', 'detailed'],
    ]);
    expect(await checkedSheet(file)).toBe('Năm 2022');
  });

  it('still reads a named summary sheet when asked for it', async () => {
    const file = workbook('summary-named.xlsx', [
      ['Tổng hợp', 'summary'],
      ['Chi tiết', 'detailed'],
    ]);
    const { stdout } = await runCli(['check', file, '--sheet', 'Tổng hợp', '--json']);
    expect((JSON.parse(stdout) as { sheet: string }).sheet).toBe('Tổng hợp');
  });
});
