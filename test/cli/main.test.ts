import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { checkJson as buildCheckJson } from '../../src/cli/json';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { translator } from '../../src/i18n';
import { readMarker } from '../../src/xlsx/read';
import { runCli, sha256Of, loadWorkbook, tempDir, EXAMPLES } from '../support/cli';

const PHU_LUC_I = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');
const PHU_LUC_II = join(EXAMPLES, 'daklak-2020-phu-luc-ii.xlsx');
const MESSY = join(EXAMPLES, 'messy-score-table.xlsx');

/** One finding of `check --json`, as the CLI builds it. */
type JsonFinding = ReturnType<typeof buildCheckJson>['findings'][number];

async function checkJson(file: string, ...more: string[]) {
  const result = await runCli(['check', file, '--json', ...more]);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as { findings: JsonFinding[] } & Record<string, any> };
}

/** Every non-empty cell of a sheet as "A1" -> value (formulas with their cached results). */
function cells(ws: ExcelJS.Worksheet, skipCols: readonly number[] = []): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (skipCols.includes(col - 1)) return;
      // cell.value hides falsy cached results; record formulas with cell.result instead.
      const formula = cell.formula as string | undefined;
      out.set(cell.address, formula ? { formula, result: cell.result } : cell.value);
    });
  });
  return out;
}

describe('par-scorer check', () => {
  it('finds exactly the five real subtotal mismatches of Phụ lục I, all rounding warnings', async () => {
    const { code, report } = await checkJson(PHU_LUC_I);
    expect(code).toBe(0);
    expect(report.file).toBe(PHU_LUC_I);
    expect(report.sheet).toBe('Phụ lục I');
    expect(report.criteriaSet).toBe('par-2017');
    expect(report.table.headerRow).toBe(6);
    expect(report.table.columns.map((c: { role: string; column: string }) => `${c.role}:${c.column}`)).toEqual(
      expect.arrayContaining(['code:A', 'name:B', 'max:C', 'score:D', 'target:E', 'lead:F']),
    );

    const subtotals = report.findings.filter((f) => f.rule === 'subtotal-mismatch');
    expect(subtotals.map((f) => [f.severity, f.code, f.cell, f.actual, f.expected])).toEqual([
      ['warning', '2', 'D14', '8.67', '8.66'],
      ['warning', '3', 'E23', '13.7', '13.68'],
      ['warning', '4', 'D29', '7.74', '7.73'],
      ['warning', '5', 'D46', '11.47', '11.48'],
      ['warning', '6', 'D62', '8.41', '8.42'],
    ]);
    for (const f of subtotals) {
      expect(f.sheet).toBe('Phụ lục I');
      expect(f.row).toBe(Number(f.cell.slice(1)));
      expect(f.message).toContain(f.actual!.replace('.', ','));
    }

    // Besides those, only what the sheet really holds: the points typed as text (read from the
    // file itself) and 8.3, the one leaf the published table gives no lead agency.
    const sheet = (await loadWorkbook(PHU_LUC_I)).getWorksheet('Phụ lục I')!;
    const textPoints: string[] = [];
    sheet.eachRow((row, r) => {
      for (const col of ['C', 'D', 'E']) if (r > 6 && typeof row.getCell(col).value === 'string') textPoints.push(`${col}${r}`);
    });
    expect(textPoints.length).toBeGreaterThan(0);
    const others = report.findings.filter((f) => f.severity !== 'info' && f.rule !== 'subtotal-mismatch');
    expect(others.filter((f) => f.rule === 'number-as-text').map((f) => f.cell).sort()).toEqual(textPoints.sort());
    expect(others.filter((f) => f.rule !== 'number-as-text').map((f) => [f.rule, f.code, f.cell])).toEqual([
      ['missing-lead', '8.3', 'F106'],
    ]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);

    expect(report.totals.stated).toMatchObject({ max: 100, score: 79.53, target: 92.81, row: 110 });
    expect(report.totals.recomputed).toMatchObject({ max: 100, score: 79.53, target: 92.81 });
    expect(report.totals.byArea).toHaveLength(8);
    const noiVu = report.agencies.find((a: { name: string }) => a.name === 'Sở Nội vụ');
    expect(noiVu.kind).toBe('agency');
    expect(noiVu.criteria.length).toBeGreaterThan(10);
  });

  it('prints one header line, the totals and one line per finding, in Vietnamese by default', async () => {
    const result = await runCli(['check', PHU_LUC_I]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain(PHU_LUC_I);
    expect(lines[0]).toContain('"Phụ lục I"');
    expect(result.stdout).toContain('79,53');
    expect(result.stdout).toMatch(/^Kết quả: không có lỗi \(\d+ cảnh báo/m);
    const d14 = lines.find((l) => l.startsWith('Phụ lục I!D14  [cảnh báo] '));
    // Amounts inside messages use the Vietnamese decimal comma; the code "2" and cell stay as they are.
    expect(d14).toContain('ghi 8,67');
    expect(d14).toContain('là 8,66 (lệch 0,01');
    expect(d14).not.toMatch(/\d\.\d/);

    const english = await runCli(['check', PHU_LUC_I, '--lang', 'en']);
    expect(english.stdout).toContain('79.53');
    expect(english.stdout).toMatch(/^Phụ lục I!E23 {2}\[warning\] .*states 13\.7 .* 13\.68 \(off by 0\.02/m);
  });

  it('reports the deliberate mistakes of the messy table as errors (exit 1)', async () => {
    const { code, report } = await checkJson(MESSY);
    expect(code).toBe(1);
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const rule of ['unknown-code', 'duplicate-code', 'max-mismatch', 'score-exceeds-max', 'number-as-text', 'missing-lead', 'subtotal-mismatch']) {
      expect(rules).toContain(rule);
    }
    const byRule = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => f.code);
    // Area 1's criteria already fill its 8.5 points: a 1.8 is no node our copy merely lacks.
    expect(byRule('unknown-code')).toEqual(['1.8', '9.1']);
    expect(byRule('code-not-in-copy')).toEqual([]);
    expect(byRule('missing-lead')).toEqual(['2.3']);
    expect(byRule('duplicate-code')).toContain('2.2');
    expect(byRule('max-mismatch')).toContain('1.3');
    expect(byRule('score-exceeds-max')).toContain('1.4');
    expect(report.findings.some((f) => f.severity === 'error')).toBe(true);
    // 9.1 belongs to no area of the set: reported once, as unknown, and not counted into the totals,
    // which add up areas 1 and 2 exactly as the sheet's total row does.
    expect(byRule('total-mismatch')).toEqual([]);
    expect(report.totals.recomputed).toEqual({ max: 18.5, score: 15.16, target: 17.4 });
    expect(report.totals.byArea.map((a: { code: string }) => a.code)).toEqual(['1', '2']);
  });

  it('titles the summary of a task table as a task table', async () => {
    const out = join(tempDir('par-cli-'), 'pl2.xlsx');
    expect((await runCli(['score', PHU_LUC_II, '-o', out])).code).toBe(0);
    const summary = (await loadWorkbook(out)).getWorksheet('PAR - Tổng hợp')!;
    expect(summary.getCell('A1').value).toBe('Tổng hợp kiểm tra bảng nhiệm vụ Chỉ số CCHC — sheet “Phụ lục II”');
  });

  it('reads the Phụ lục II task table and its lead agencies', async () => {
    const { code, report } = await checkJson(PHU_LUC_II);
    expect(code).not.toBe(2);
    expect(report.table.shape).toBe('task');
    const names = report.agencies.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Sở Nội vụ', 'Sở Tài chính', 'Văn phòng UBND tỉnh']));
    const taiChinh = report.agencies.find((a: { name: string }) => a.name === 'Sở Tài chính');
    expect(taiChinh.tasks.length).toBeGreaterThan(3);
    // The annex's own headings (4.2, 8.1 worded differently from Phụ lục I) are known wordings; only
    // 6.2.1 and 6.2.2, which Phụ lục II reuses for other tasks, are worth a note.
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'name-mismatch').map((f) => f.code)).toEqual(['6.2.1', '6.2.2']);
  });

  it('lists each task row once, and each agency refers to its rows', async () => {
    const { report } = await checkJson(PHU_LUC_II);
    const rows = report.tasks.map((t: { row: number }) => t.row);
    expect(rows).toEqual([...new Set<number>(rows)].sort((a: number, b: number) => a - b));
    for (const agency of report.agencies) {
      for (const row of [...agency.tasks, ...agency.coordinates]) {
        const task = report.tasks.find((t: { row: number }) => t.row === row);
        expect(task.agencies).toContain(agency.name);
      }
    }
    // Phụ lục II, 1.1 "Kế hoạch CCHC năm": led by Sở Nội vụ with "Các sở, ban, ngành, UBND cấp huyện".
    const plan = report.tasks.find((t: { codes: string[] }) => t.codes.includes('1.1'));
    expect(plan.product).toBe('Kế hoạch CCHC');
    expect(plan.deadline.raw).toBe('Quý IV');
    expect(plan.agencies[0]).toBe('Sở Nội vụ');
    expect(report.agencies.find((a: { name: string }) => a.name === 'Sở Nội vụ').tasks).toContain(plan.row);
    expect(report.agencies.find((a: { name: string }) => a.name === 'UBND cấp huyện').coordinates).toContain(plan.row);
  });

  it('uses --sheet and --criteria when given', async () => {
    const { report } = await checkJson(PHU_LUC_I, '--sheet', 'phụ lục i', '--criteria', 'par-2022');
    expect(report.sheet).toBe('Phụ lục I');
    expect(report.criteriaSet).toBe('par-2022');
    expect(report.criteriaChosenBy).toBe('forced');
  });
});

describe('par-scorer score', () => {
  it('writes a scored copy with cached formulas and leaves the input and the user cells unchanged', async () => {
    const dir = tempDir('par-cli-');
    const out = join(dir, 'nested', 'scored.xlsx');
    const before = sha256Of(PHU_LUC_I);
    const result = await runCli(['score', PHU_LUC_I, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    expect(sha256Of(PHU_LUC_I)).toBe(before);

    const original = await loadWorkbook(PHU_LUC_I);
    const scored = await loadWorkbook(out);
    const marker = readMarker(scored)!;
    expect(marker.tableSheet).toBe('Phụ lục I');
    expect(marker.tableColumns.length).toBeGreaterThan(0);
    expect(marker.sheets.length).toBeGreaterThan(1);
    expect(scored.getWorksheet(MARKER_SHEET)!.state).toBe('veryHidden');

    const sheet = scored.getWorksheet('Phụ lục I')!;
    expect(cells(sheet, marker.tableColumns)).toEqual(cells(original.getWorksheet('Phụ lục I')!));
    const formulas = [...cells(sheet).values()].filter(
      (v): v is ExcelJS.CellFormulaValue => typeof v === 'object' && v !== null && 'formula' in v,
    );
    expect(formulas.length).toBeGreaterThan(50);
    expect(formulas.every((f) => f.result !== undefined)).toBe(true);
    for (const name of marker.sheets) expect(scored.getWorksheet(name)).toBeDefined();
  });

  it('changes nothing when run again on its own output', async () => {
    const dir = tempDir('par-cli-');
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    expect((await runCli(['score', PHU_LUC_I, '-o', first])).code).toBe(0);
    expect((await runCli(['score', first, '-o', second])).code).toBe(0);
    const a = await loadWorkbook(first);
    const b = await loadWorkbook(second);
    expect(b.worksheets.map((ws) => [ws.name, ws.state])).toEqual(a.worksheets.map((ws) => [ws.name, ws.state]));
    for (const ws of a.worksheets) expect(cells(b.getWorksheet(ws.name)!)).toEqual(cells(ws));

    // The tool's own columns are not read back as data: the scored copy checks like the original.
    const strip = (findings: JsonFinding[]) => findings.map(({ message, ...rest }) => rest);
    const original = await checkJson(PHU_LUC_I);
    const scored = await checkJson(first);
    expect(strip(scored.report.findings)).toEqual(strip(original.report.findings));
    expect(scored.report.totals).toEqual(original.report.totals);
  });

  it('keeps a note that looks like a formula as text', async () => {
    const out = join(tempDir('par-cli-'), 'messy.xlsx');
    const result = await runCli(['score', MESSY, '-o', out]);
    expect(result.code).toBe(1);
    const sheet = (await loadWorkbook(out)).worksheets[0]!;
    const note = [...cells(sheet).values()].find((v) => typeof v === 'string' && v.startsWith('=cmd'));
    expect(note).toBe("=cmd|' /C calc'!A0");
  });

  it("leaves a user's sheet bearing the summary's name as it is and names the summary beside it", async () => {
    const dir = tempDir('par-cli-');
    const input = join(dir, 'bang.xlsx');
    const wb = await loadWorkbook(PHU_LUC_I);
    const taken = translator('vi')('sheet.summary.name');
    wb.addWorksheet(taken).getCell('A1').value = 'Trang của người dùng';
    await wb.xlsx.writeFile(input);
    const output = join(dir, 'kq.xlsx');
    const result = await runCli(['score', input, '-o', output]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const scored = await loadWorkbook(output);
    const mine = scored.getWorksheet(taken)!;
    expect(mine.getCell('A1').value).toBe('Trang của người dùng');
    expect(mine.actualRowCount).toBe(1);
    expect(scored.getWorksheet(`${taken} (2)`)).toBeDefined();
  });

  it('refuses to write over its input, however the path is spelled', async () => {
    const dir = tempDir('par-cli-');
    const input = join(dir, 'bang.xlsx');
    copyFileSync(PHU_LUC_I, input);
    const before = sha256Of(input);
    // A hard link and a symbolic link are other names of the same file: only the file system can tell.
    const hardLink = join(dir, 'bang-lien-ket.xlsx');
    linkSync(input, hardLink);
    const symbolic = join(dir, 'bang-tat.xlsx');
    symlinkSync(input, symbolic);
    for (const output of [input, join(dir, '.', 'sub', '..', 'bang.xlsx'), hardLink, symbolic]) {
      const result = await runCli(['score', input, '-o', output]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Không ghi đè lên tệp gốc');
    }
    expect(sha256Of(input)).toBe(before);
    expect((await runCli(['score', input, '-o', join(dir, 'kq.csv')])).code).toBe(2);
  });
});

describe('unusable input (exit 2)', () => {
  it('explains a missing, non-xlsx or table-less file and an unknown sheet', async () => {
    const dir = tempDir('par-cli-');
    const csv = join(dir, 'bang.xlsx');
    writeFileSync(csv, 'STT,Tiêu chí\n');
    const empty = join(dir, 'trong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').getCell('A1').value = 'Danh sách cán bộ dự họp';
    await wb.xlsx.writeFile(empty);

    const cases: [string[], string][] = [
      [['check', join(dir, 'khong-co.xlsx')], 'Không tìm thấy tệp'],
      [['check', csv], 'không phải là sổ tính Excel'],
      [['check', empty], 'Không tìm thấy bảng điểm hoặc bảng nhiệm vụ nào'],
      [['check', PHU_LUC_I, '--sheet', 'Phụ lục III'], 'không có trang tính "Phụ lục III"'],
      [['check', empty, '--sheet', 'Ghi chú'], 'Không tìm thấy bảng trong trang tính "Ghi chú"'],
      [['check', join(__dirname, '../corpus/excel365-features.xlsx'), '--sheet', 'Biểu đồ'], 'Trang "Biểu đồ" của'],
      [['check', join(__dirname, '../corpus/heldout-macro-dialog-sheets.xlsm'), '--sheet', 'macro1'], 'không phải là trang tính thường mà là trang biểu đồ, trang macro hoặc trang hộp thoại'],
      [['score', empty, '-o', join(dir, 'out.xlsx')], 'Không tìm thấy bảng'],
      [['kiem-tra'], 'Lệnh không hợp lệ'],
      [[], 'Chưa nhập lệnh'],
    ];
    for (const [argv, message] of cases) {
      const result = await runCli([...argv]);
      expect({ argv, code: result.code }).toEqual({ argv, code: 2 });
      expect(result.stderr).toMatch(/^Lỗi: /);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);

    // An output that cannot be written says why in the user's words, and leaves no temporary file.
    const folder = join(dir, 'ket-qua.xlsx');
    mkdirSync(folder);
    const blocked = await runCli(['score', PHU_LUC_I, '-o', folder]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toBe(`Lỗi: Không ghi được tệp ${folder}: đường dẫn là một thư mục.\n`);
    const underFile = await runCli(['score', PHU_LUC_I, '-o', join(csv, 'kq.xlsx'), '--lang', 'en']);
    expect(underFile.stderr).toContain('part of the path is a file, not a folder');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const english = await runCli(['check', join(dir, 'khong-co.xlsx'), '--lang', 'en']);
    expect(english.stderr).toMatch(/^Error: File not found: /);
  });
});

describe('--help and --version', () => {
  it('prints usage and version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('par-scorer check FILE');
    expect((await runCli(['check', '--help', '--lang', 'en'])).stdout).toContain('Usage:');
    const version = await runCli(['--version']);
    expect(version.stdout).toMatch(/^par-scorer \d+\.\d+\.\d+\n$/);
  });
});
