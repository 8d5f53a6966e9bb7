import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { main } from '../../src/cli/main';

/*
 * What an officer adds to the tool's own sheets beside the cells (a note, a chart, a dropdown, a
 * conditional format, print settings), here with openpyxl, a writer that shares no code with ours,
 * stays through a re-run, which rewrites those sheets' cells. A re-run once dropped the sheet's
 * relationships and every such element: the notes and the chart were gone, exit 0.
 */

const PHU_LUC_I = join(__dirname, '..', '..', 'examples', 'daklak-2020-phu-luc-i.xlsx');
const PYTHON = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'par-tool-sheet-additions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function score(input: string, output: string): Promise<{ code: number; err: string }> {
  return (await scoreWithOutput(input, output)).result;
}

async function scoreWithOutput(input: string, output: string): Promise<{ result: { code: number; err: string }; out: string }> {
  let err = '';
  let out = '';
  const code = await main(['score', input, '-o', output, '--lang', 'en'], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { result: { code, err }, out };
}

const ADD = `
import sys
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
wb = load_workbook(sys.argv[1])
summary, agency = wb["PAR - Summary"], wb["Sở Nội vụ"]
summary["B9"].comment = Comment("Tổ thẩm định: xem lại lĩnh vực 1", "Trần Thị Lan")
agency["B6"].comment = Comment("Đã nhắc Sở Nội vụ ngày 5/12", "Trần Thị Lan")
chart = BarChart()
chart.add_data(Reference(summary, min_col=4, min_row=8, max_row=16), titles_from_data=True)
summary.add_chart(chart, "J3")
dv = DataValidation(type="list", formula1='"Đạt,Chưa đạt"')
summary.add_data_validation(dv)
dv.add("H9:H16")
summary.conditional_formatting.add("F9:F16", CellIsRule(operator="greaterThan", formula=["1"], fill=PatternFill(bgColor="FFFFEB9C")))
summary.page_setup.orientation = "landscape"
wb.save(sys.argv[2])
`;

const SEE = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
summary, agency = wb["PAR - Summary"], wb["Sở Nội vụ"]
print(json.dumps({
  "notes": [[c.coordinate, c.comment.text, c.comment.author] for ws in (summary, agency) for row in ws.iter_rows() for c in row if c.comment],
  "validations": [[str(v.sqref), v.formula1] for v in summary.data_validations.dataValidation],
  "formats": [[str(cf.sqref), r.operator, r.formula] for cf in summary.conditional_formatting for r in cf.rules],
  "orientation": summary.page_setup.orientation,
}, ensure_ascii=False))
`;

/** The summary sheet's part and the parts its relationships name, by their kind. */
function summaryLinks(file: string): { drawing: boolean; chart: boolean; comments: boolean } {
  const parts = unzipSync(readFileSync(file));
  const text = (name: string) => Buffer.from(parts[name]!).toString('utf8');
  const book = text('xl/workbook.xml');
  const rid = /<sheet [^>]*name="PAR - Summary"[^>]*r:id="(\w+)"/.exec(book)![1]!;
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(text('xl/_rels/workbook.xml.rels'))!;
  const part = `xl/${(target[1] ?? target[2]!).replace(/^\/?(xl\/)?/, '')}`;
  const rels = parts[part.replace('worksheets/', 'worksheets/_rels/') + '.rels'];
  const relText = rels ? Buffer.from(rels).toString('utf8') : '';
  const drawing = /<drawing\b[^>]*r:id="/.test(text(part)) && /\/relationships\/drawing"/.test(relText);
  // openpyxl names the targets absolutely ("/xl/drawings/drawing1.xml"), Excel relatively.
  const drawingPart = /Type="[^"]*\/drawing"[^>]*Target="[^"]*drawings\/([^"]+)"|Target="[^"]*drawings\/([^"]+)"[^>]*Type="[^"]*\/drawing"/.exec(relText);
  const drawingName = drawingPart ? `xl/drawings/${drawingPart[1] ?? drawingPart[2]}` : '';
  const drawingRels = parts[drawingName.replace('drawings/', 'drawings/_rels/') + '.rels'];
  const chart = drawingRels !== undefined && /\/relationships\/chart"/.test(Buffer.from(drawingRels).toString('utf8'));
  return { drawing, chart, comments: /\/relationships\/comments"/.test(relText) && /<legacyDrawing\b/.test(text(part)) };
}

describe('what an officer adds to the tool’s sheets beside the cells', () => {
  it('stays through re-runs: notes, a chart, a dropdown, a conditional format, print settings', async () => {
    const first = join(dir, 'first.xlsx');
    expect((await score(PHU_LUC_I, first)).code).toBe(0);
    const edited = join(dir, 'edited.xlsx');
    execFileSync(PYTHON, ['-c', ADD, first, edited]);
    const seen = (file: string) => JSON.parse(execFileSync(PYTHON, ['-c', SEE, file], { encoding: 'utf8' })) as unknown;
    const expected = {
      notes: [
        ['B9', 'Tổ thẩm định: xem lại lĩnh vực 1', 'Trần Thị Lan'],
        ['B6', 'Đã nhắc Sở Nội vụ ngày 5/12', 'Trần Thị Lan'],
      ],
      validations: [['H9:H16', '"Đạt,Chưa đạt"']],
      formats: [['F9:F16', 'greaterThan', ['1']]],
      orientation: 'landscape',
    };
    expect(seen(edited)).toEqual(expected);
    expect(summaryLinks(edited)).toEqual({ drawing: true, chart: true, comments: true });

    const second = join(dir, 'second.xlsx');
    expect(await score(edited, second)).toEqual({ code: 0, err: '' });
    expect(seen(second)).toEqual(expected);
    expect(summaryLinks(second)).toEqual({ drawing: true, chart: true, comments: true });
    // Every part of the officer's copy is still there, and a third run writes the same parts again.
    const names = (file: string) => Object.keys(unzipSync(readFileSync(file))).sort();
    expect(names(edited).filter((n) => !names(second).includes(n))).toEqual([]);
    const third = join(dir, 'third.xlsx');
    expect((await score(second, third)).code).toBe(0);
    const [b, c] = [unzipSync(readFileSync(second)), unzipSync(readFileSync(third))];
    expect(Object.keys(c).sort()).toEqual(Object.keys(b).sort());
    expect(Object.keys(b).filter((n) => Buffer.compare(Buffer.from(b[n]!), Buffer.from(c[n]!)) !== 0)).toEqual([]);
  }, 60_000);
});

describe('a sheet of the tool’s no longer wanted, that the officer added to', () => {
  it('is kept as the officer’s, with the note, while one the officer left alone is removed', async () => {
    const first = join(dir, 'agencies-first.xlsx');
    expect((await score(PHU_LUC_I, first)).code).toBe(0);
    // The criteria Sở Tư pháp and Sở Khoa học và Công nghệ led go to Sở Nội vụ; the officer had
    // written a note on Sở Tư pháp's sheet.
    const edited = join(dir, 'agencies-edited.xlsx');
    const edit = [
      'import sys',
      'from openpyxl import load_workbook',
      'from openpyxl.comments import Comment',
      'wb = load_workbook(sys.argv[1]); ws = wb["Phụ lục I"]',
      'for r in range(7, 111):',
      '    if ws.cell(row=r, column=6).value in ("Sở Tư pháp", "Sở Khoa học và Công nghệ"): ws.cell(row=r, column=6).value = "Sở Nội vụ"',
      'wb["Sở Tư pháp"]["B6"].comment = Comment("Sở Tư pháp đã gửi báo cáo ngày 1/12", "Trần Thị Lan")',
      'wb.save(sys.argv[2])',
    ].join('\n');
    execFileSync(PYTHON, ['-c', edit, first, edited]);
    const second = join(dir, 'agencies-second.xlsx');
    const run = await scoreWithOutput(edited, second);
    expect(run.result).toEqual({ code: 0, err: '' });
    expect(run.out).toContain('Old sheets removed: Sở Khoa học và Công nghệ\n');
    expect(run.out).toContain('they are the user’s sheets from now on): Sở Tư pháp\n');
    const sheets = JSON.parse(
      execFileSync(PYTHON, ['-c', 'import json, sys\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\nprint(json.dumps({ws.title: [c.comment.text for row in ws.iter_rows() for c in row if c.comment] for ws in wb.worksheets}, ensure_ascii=False))', second], { encoding: 'utf8' }),
    ) as Record<string, string[]>;
    expect(sheets['Sở Tư pháp']).toEqual(['Sở Tư pháp đã gửi báo cáo ngày 1/12']);
    expect(Object.keys(sheets)).not.toContain('Sở Khoa học và Công nghệ');
    // The officer's now: a further run leaves it alone and does not list it as the tool's.
    const third = join(dir, 'agencies-third.xlsx');
    const again = await scoreWithOutput(second, third);
    expect(again.result.code).toBe(0);
    expect(again.out).not.toContain('Sở Tư pháp');
    const part = (file: string) => {
      const parts = unzipSync(readFileSync(file));
      return Object.keys(parts).filter((n) => /comments/.test(n)).map((n) => Buffer.from(parts[n]!).toString('utf8'));
    };
    expect(part(third)).toEqual(part(second));
  }, 60_000);
});

describe('the look an officer gave the tool’s columns on the table sheet', () => {
  it('stays through a re-run: a column widened, one hidden', async () => {
    const first = join(dir, 'columns-first.xlsx');
    expect((await score(PHU_LUC_I, first)).code).toBe(0);
    const edited = join(dir, 'columns-edited.xlsx');
    const look = [
      'import json, sys',
      'from openpyxl import load_workbook',
      'wb = load_workbook(sys.argv[1]); ws = wb["Phụ lục I"]',
      'if len(sys.argv) > 2:',
      '    ws.column_dimensions["M"].width = 90',
      '    ws.column_dimensions["K"].hidden = True',
      '    wb.save(sys.argv[2])',
      'print(json.dumps([[c, ws.column_dimensions[c].width, bool(ws.column_dimensions[c].hidden)] for c in "HIJKLM"]))',
    ].join('\n');
    const before = JSON.parse(execFileSync(PYTHON, ['-c', look, first, edited], { encoding: 'utf8' })) as unknown[];
    const second = join(dir, 'columns-second.xlsx');
    expect(await score(edited, second)).toEqual({ code: 0, err: '' });
    const after = JSON.parse(execFileSync(PYTHON, ['-c', look, second], { encoding: 'utf8' })) as [string, number, boolean][];
    expect(after.find(([c]) => c === 'M')).toEqual(['M', 90, false]);
    expect(after.find(([c]) => c === 'K')).toEqual(['K', 12, true]);
    // The others as the first run left them.
    expect(after.filter(([c]) => c !== 'M' && c !== 'K')).toEqual((before as [string, number, boolean][]).filter(([c]) => c !== 'M' && c !== 'K'));
  }, 60_000);
});

describe('an Excel table the officer made over the table and the tool’s columns', () => {
  it('has the tool’s header cells as its column names after a re-run in the other language', async () => {
    const first = join(dir, 'table-first.xlsx');
    expect((await score(PHU_LUC_I, first)).code).toBe(0);
    const edited = join(dir, 'table-edited.xlsx');
    const make = [
      'import sys',
      'from openpyxl import load_workbook',
      'from openpyxl.worksheet.table import Table',
      'wb = load_workbook(sys.argv[1]); ws = wb["Phụ lục I"]',
      'ws.add_table(Table(displayName="BangDiem", ref="A6:M110"))',
      'wb.save(sys.argv[2])',
    ].join('\n');
    execFileSync(PYTHON, ['-c', make, first, edited]);
    const second = join(dir, 'table-second.xlsx');
    let err = '';
    expect(await main(['score', edited, '-o', second, '--lang', 'vi'], { stdout: () => undefined, stderr: (s) => (err += s) })).toBe(0);
    expect(err).toBe('');
    const see = [
      'import json, sys',
      'from openpyxl import load_workbook',
      'ws = load_workbook(sys.argv[1])["Phụ lục I"]',
      'table = ws.tables["BangDiem"]',
      'print(json.dumps([[c.name, ws.cell(row=6, column=i + 1).value] for i, c in enumerate(table.tableColumns)], ensure_ascii=False))',
    ].join('\n');
    const columns = JSON.parse(execFileSync(PYTHON, ['-c', see, second], { encoding: 'utf8' })) as [string, string][];
    expect(columns).toHaveLength(13);
    // Every name is its header cell's text, the tool's Vietnamese headers included (openpyxl named
    // the blank column G "None" itself).
    for (const [name, header] of columns.filter(([, h]) => h !== null)) expect(name).toBe(String(header));
    expect(columns[12]).toEqual(['Ghi chú kiểm tra', 'Ghi chú kiểm tra']);
  }, 60_000);
});
