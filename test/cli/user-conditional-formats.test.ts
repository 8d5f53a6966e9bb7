import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { main } from '../../src/cli/main';

/*
 * An officer's own conditional formats on the tool's check column, testing the tool's labels in the
 * officer's colours (added with openpyxl, a writer that shares no code with ours), stay through every
 * re-run; the tool's own are replaced, never doubled. The tool's are told apart by their look (the
 * check column's red and green), which a re-run once ignored and so deleted the officer's too.
 */

const PHU_LUC_I = join(__dirname, '..', '..', 'examples', 'daklak-2020-phu-luc-i.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'par-user-cf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function score(input: string, output: string): Promise<number> {
  return main(['score', input, '-o', output, '--lang', 'en'], { stdout: () => undefined, stderr: () => undefined });
}

/** Every conditional format rule of the table sheet as openpyxl reads it: range, formula, fill and font colours. */
function rulesOf(file: string): string[] {
  const script = [
    'import json, sys',
    'from openpyxl import load_workbook',
    'ws = load_workbook(sys.argv[1])["Phụ lục I"]',
    'out = []',
    'for cf in ws.conditional_formatting:',
    '    for r in cf.rules:',
    '        fill = r.dxf.fill.bgColor.rgb if r.dxf and r.dxf.fill is not None and r.dxf.fill.bgColor is not None else None',
    '        font = r.dxf.font.color.rgb if r.dxf and r.dxf.font is not None and r.dxf.font.color is not None else None',
    '        out.append(f"{cf.sqref} {r.operator} {r.formula} {fill} {font}")',
    'print(json.dumps(sorted(out), ensure_ascii=False))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as string[];
}

describe('an officer’s conditional formats on the tool’s check column', () => {
  it('stay through re-runs, beside the tool’s own, which are replaced and never doubled', async () => {
    const first = join(dir, 'first.xlsx');
    expect(await score(PHU_LUC_I, first)).toBe(0);
    const tools = rulesOf(first);
    expect(tools).toHaveLength(3);
    const check = /^(\S+) /.exec(tools[0]!)![1]!;
    expect(check).toBe('L7:L110');

    const edited = join(dir, 'edited.xlsx');
    const add = [
      'import sys',
      'from openpyxl import load_workbook',
      'from openpyxl.formatting.rule import CellIsRule',
      'from openpyxl.styles import Font, PatternFill',
      'wb = load_workbook(sys.argv[1]); ws = wb["Phụ lục I"]',
      'ws.conditional_formatting.add("L7:L110", CellIsRule(operator="equal", formula=[\'"Mismatch"\'], font=Font(bold=True, color="FFC00000"), fill=PatternFill(bgColor="FFFFC000")))',
      'ws.conditional_formatting.add("L7:L20", CellIsRule(operator="equal", formula=[\'"OK"\'], fill=PatternFill(bgColor="FFD9D9D9")))',
      'wb.save(sys.argv[2])',
    ].join('\n');
    execFileSync('/usr/bin/python3', ['-c', add, first, edited]);
    const officers = ['L7:L110 equal [\'"Mismatch"\'] FFFFC000 FFC00000', 'L7:L20 equal [\'"OK"\'] FFD9D9D9 None'];
    expect(rulesOf(edited)).toEqual([...tools, ...officers].sort());

    const second = join(dir, 'second.xlsx');
    expect(await score(edited, second)).toBe(0);
    expect(rulesOf(second)).toEqual([...tools, ...officers].sort());
    const third = join(dir, 'third.xlsx');
    expect(await score(second, third)).toBe(0);
    expect(rulesOf(third)).toEqual([...tools, ...officers].sort());
    const sheet = (file: string) => Buffer.from(unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml']!).toString('utf8');
    expect(sheet(third)).toBe(sheet(second));
  }, 60_000);
});
