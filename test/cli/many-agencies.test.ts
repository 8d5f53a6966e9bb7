import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli, tempDir } from '../support/cli';

/*
 * A plan whose lead column names hundreds of different units (a district plan listing its communes'
 * people's committees, or a column of free text): one agency sheet each. Each new sheet made the
 * writer read the whole sheet list again, which took a minute for a thousand sheets and seven for two
 * thousand; the sheets are now kept in an index while written. What is checked here is that the
 * index keeps the package right: every sheet has its own id and relationship, in the tool's order,
 * openpyxl (Debian's python3) reads them all, and a second run gives the same package.
 */
const UNITS = 400;
const dir = tempDir('par-many-agencies-');
const file = join(dir, 'ke-hoach-huyen.xlsx');

beforeAll(() => {
  const script = `
import sys
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = "Phụ lục II"
ws.append(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"])
ws.append(["Mã tiêu chí", "Tiêu chí", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan chủ trì"])
for i in range(${UNITS}):
    ws.append(["1.1", "Kế hoạch CCHC", "Rà soát thủ tục hành chính, đợt %d" % i, "Báo cáo", "Quý I/2024", "Phòng Quản lý đô thị số %d" % i])
wb.save(sys.argv[1])
`;
  execFileSync('/usr/bin/python3', ['-c', script, file]);
}, 60_000);

function parts(path: string): Record<string, string> {
  const zip = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('a plan led by hundreds of units', () => {
  const first = join(dir, 'lan-1.xlsx');
  const second = join(dir, 'lan-2.xlsx');

  it('gets one sheet per unit, each with its own id and relationship, in Vietnamese order', async () => {
    const run = await runCli(['score', file, '-o', first]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pkg = parts(first);
    const sheets = [...pkg['xl/workbook.xml']!.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]);
    const ids = sheets.map((s) => /sheetId="(\d+)"/.exec(s)![1]);
    const relIds = sheets.map((s) => /r:id="([^"]+)"/.exec(s)![1]);
    expect(new Set(ids).size).toBe(sheets.length);
    expect(new Set(relIds).size).toBe(sheets.length);
    const rels = pkg['xl/_rels/workbook.xml.rels']!;
    for (const id of relIds) expect(rels).toContain(`Id="${id}"`);

    const names = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', 'import sys, json\nfrom openpyxl import load_workbook\nprint(json.dumps(load_workbook(sys.argv[1]).sheetnames))', first]).toString(),
    ) as string[];
    const units = Array.from({ length: UNITS }, (_, i) => `Phòng Quản lý đô thị số ${i}`);
    expect(names).toEqual(['Phụ lục II', 'PAR - Tổng hợp', ...units, 'PAR_Scorer_meta']);
  }, 120_000);

  it('is scored again to the same package', async () => {
    const run = await runCli(['score', first, '-o', second]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(parts(second)).toEqual(parts(first));
  }, 120_000);
});
