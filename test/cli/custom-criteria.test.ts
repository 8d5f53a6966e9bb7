import { existsSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/cli/args';
import { getCriteriaSet } from '../../src/domain/criteria';
import { criteriaSetFromGrid, criteriaSheetLayout } from '../../src/domain/criteria/custom';
import { addCriteriaSheet } from '../../src/xlsx/criteria-sheet';
import { openPackage } from '../../src/xlsx/read/file';
import { runCli, loadWorkbook, tempDir, EXAMPLES } from '../support/cli';

const PHU_LUC_I = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');

/** Phụ lục I with a "Bộ tiêu chí" sheet added: par-2017 with one maximum changed by `edit`. */
async function withOwnSheet(dir: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = await loadWorkbook(PHU_LUC_I);
  const ws = addCriteriaSheet(wb, criteriaSheetLayout(getCriteriaSet('par-2017')));
  edit(ws);
  const path = join(dir, 'phu-luc-i-with-set.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/** The row of a code in an exported sheet (codes are in column A). */
function rowOf(ws: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === code) found = row;
  });
  if (!found) throw new Error(`no row for ${code}`);
  return found;
}

describe('--criteria and criteria --export', () => {
  it('parses the new arguments', () => {
    expect(parseArgs(['check', 'a.xlsx', '--criteria', 'bo.json'])).toMatchObject({ criteria: { file: 'bo.json' } });
    expect(parseArgs(['score', 'a.xlsx', '-o', 'b.xlsx', '--criteria=Bo.XLSX'])).toMatchObject({ criteria: { file: 'Bo.XLSX' } });
    expect(parseArgs(['criteria', '--export', 'par-2017', '-o', 'tree.xlsx'])).toEqual({
      kind: 'criteria',
      lang: 'vi',
      set: 'par-2017',
      json: false,
      exportTo: 'tree.xlsx',
    });
    expect(() => parseArgs(['criteria', '--export', 'par-2022'])).toThrow('criteria.cli.export-needs-output');
  });

  it('exports a built-in set that reads back as an equal set', async () => {
    const out = join(tempDir('par-criteria-'), 'tree.xlsx');
    const result = await runCli(['criteria', '--export', 'par-2022', '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bộ tiêu chí');
    const ws = (await loadWorkbook(out)).getWorksheet('Bộ tiêu chí')!;
    const headerRow = ws.getRow(criteriaSheetLayout(getCriteriaSet('par-2022')).headerRow + 1);
    expect(headerRow.values).toEqual([undefined, 'Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Nguồn điểm', 'Mã cha', 'Mã khác', 'Cơ cấu điểm']);
    expect(rowOf(ws, '8.1').getCell(4).value).toBe('SIPAS');
    expect(rowOf(ws, '8.1').getCell(1).numFmt).toBe('@');

    const back = criteriaSetFromGrid(await (await openPackage(out)).grid('Bộ tiêu chí'));
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const set = getCriteriaSet('par-2022');
    const strip = (s: typeof set) => ({ ...s, id: '', source: null, methodology: null, nodes: s.nodes.map(({ sources: _s, ...n }) => n) });
    expect(strip(back.set!)).toEqual(strip(set));

    // Never over an existing file.
    const again = await runCli(['criteria', '--export', 'par-2022', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có');
  });

  it('checks a table against an exported and edited set given with --criteria', async () => {
    const dir = tempDir('par-criteria-');
    const tree = join(dir, 'tree.xlsx');
    await runCli(['criteria', '--export', 'par-2017', '-o', tree]);
    const wb = await loadWorkbook(tree);
    const ws = wb.getWorksheet('Bộ tiêu chí')!;
    // The province's year: 1.2 is worth 1 and 1.3 is worth 1.5 (area 1 still adds up to 8.5).
    rowOf(ws, '1.2').getCell(3).value = 1;
    rowOf(ws, '1.3').getCell(3).value = 1.5;
    await wb.xlsx.writeFile(tree);

    const result = await runCli(['check', PHU_LUC_I, '--criteria', tree, '--json']);
    // The published table still says 0.5 and 2: against this year's set those are errors.
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.criteriaSource).toEqual({ kind: 'sheet', sheet: 'Bộ tiêu chí', file: 'tree.xlsx' });
    const maxima = report.findings.filter((f: { rule: string }) => f.rule === 'max-mismatch');
    expect(maxima.map((f: { code: string; cell: string; expected: string }) => [f.code, f.cell, f.expected])).toEqual([
      ['1.2', 'C9', '1'],
      ['1.3', 'C10', '1.5'],
    ]);

    const human = await runCli(['check', PHU_LUC_I, '--criteria', tree]);
    expect(human.stdout.split('\n')[0]).toBe(`Dùng bộ tiêu chí “${getCriteriaSet('par-2017').title}” trong trang “Bộ tiêu chí” của ${tree} (${getCriteriaSet('par-2017').nodes.length} mục).`);
  });

  it('uses the workbook’s own "Bộ tiêu chí" sheet automatically, and --criteria overrides it', async () => {
    const dir = tempDir('par-criteria-');
    const path = await withOwnSheet(dir, (ws) => {
      rowOf(ws, '1.2').getCell(3).value = 1;
      rowOf(ws, '1.3').getCell(3).value = 1.5;
    });
    const own = await runCli(['check', path, '--lang', 'en']);
    expect(own.stdout.split('\n')[0]).toMatch(/^Using criteria set “.*” from sheet “Bộ tiêu chí” of /);
    expect(own.stdout).toMatch(/criteria set “.*” \(custom set\)/);
    expect(own.stdout).toMatch(/^Phụ lục I!C9 {2}\[warning|error\]/m);
    const forced = await runCli(['check', path, '--criteria', 'par-2017', '--json']);
    const report = JSON.parse(forced.stdout);
    expect(report.criteriaSet).toBe('par-2017');
    expect(report.sheet).toBe('Phụ lục I');
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'max-mismatch')).toEqual([]);

    // score leaves the criteria sheet alone and says which set it used.
    const out = join(dir, 'scored.xlsx');
    const scored = await runCli(['score', path, '-o', out]);
    expect(scored.stdout.split('\n')[0]).toMatch(/^Dùng bộ tiêu chí/);
    const before = await (await openPackage(path)).grid('Bộ tiêu chí');
    const after = await (await openPackage(out)).grid('Bộ tiêu chí');
    expect(after.cells).toEqual(before.cells);
  });

  it('stops with every problem of a broken set, each naming its cell', async () => {
    const dir = tempDir('par-criteria-');
    const path = await withOwnSheet(dir, (ws) => {
      rowOf(ws, '1.2').getCell(3).value = 'nửa điểm';
      rowOf(ws, '2.4.1').getCell(3).value = 3;
    });
    const result = await runCli(['check', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const c = rowOf((await loadWorkbook(path)).getWorksheet('Bộ tiêu chí')!, '1.2').number;
    expect(result.stderr).toContain(`Không dùng được bộ tiêu chí trong ${path}`);
    expect(result.stderr).toContain(`'Bộ tiêu chí'!C${c}: điểm tối đa của 1.2 ghi “nửa điểm”`);
    expect(result.stderr).toMatch(/'Bộ tiêu chí'!C\d+: điểm tối đa của 2\.4 là 5, nhưng các mục con \(2\.4\.1, 2\.4\.2, 2\.4\.3, 2\.4\.4\) cộng lại 7\./);
  });

  it('reads a JSON set and reports a missing or unusable file', async () => {
    const dir = tempDir('par-criteria-');
    const json = join(dir, 'bo.json');
    writeFileSync(json, JSON.stringify({ title: 'Đắk Lắk 2020', extends: 'par-2017', nodes: [{ code: '1.2', max: 1 }] }));
    const result = await runCli(['check', PHU_LUC_I, '--criteria', json, '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bo\.json: nodes\[0\]\.max|children \(|mục con/);
    writeFileSync(json, JSON.stringify({ title: 'Đắk Lắk 2020', extends: 'par-2017', nodes: [{ code: '1.2', max: 1 }, { code: '1.3', max: 1.5 }] }));
    const ok = await runCli(['check', PHU_LUC_I, '--criteria', json, '--json']);
    expect(ok.code).toBe(1);
    expect(JSON.parse(ok.stdout)).toMatchObject({ criteriaTitle: 'Đắk Lắk 2020', criteriaSource: { kind: 'file', file: 'bo.json' } });

    const missing = await runCli(['check', PHU_LUC_I, '--criteria', join(dir, 'khong-co.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    const plain = join(dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang 1').addRow(['không có gì']);
    await wb.xlsx.writeFile(plain);
    const notASet = await runCli(['check', PHU_LUC_I, '--criteria', plain]);
    expect(notASet.code).toBe(2);
    expect(notASet.stderr).toContain('không có trang “Bộ tiêu chí”');
    expect(existsSync(plain)).toBe(true);
  });

  it('never takes the workbook’s "Bộ tiêu chí" sheet for the table, even as the first tab', async () => {
    const dir = tempDir('par-criteria-');
    const wb = new ExcelJS.Workbook();
    addCriteriaSheet(wb, criteriaSheetLayout(getCriteriaSet('par-2017')));
    const table = wb.addWorksheet('Bảng điểm');
    table.addRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt']);
    table.addRow(['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, 1]);
    const path = join(dir, 'first-tab.xlsx');
    await wb.xlsx.writeFile(path);
    const json = join(dir, 'bo.json');
    writeFileSync(json, JSON.stringify({ extends: 'par-2017', nodes: [] }));
    for (const criteria of [[], ['--criteria', 'par-2017'], ['--criteria', json]]) {
      const result = await runCli(['check', path, '--json', ...criteria]);
      expect(JSON.parse(result.stdout).sheet).toBe('Bảng điểm');
    }
  });
});
