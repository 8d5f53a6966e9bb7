import { join } from 'path';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/cli/args';
import { registerCriteriaSet } from '../../src/domain/criteria/registry';
import { TOY_ENTRY, TOY_TABLE_ROWS } from '../domain/criteria/toy-set';
import { runCli, tempDir } from '../support/cli';

// Jest gives each test file its own modules, so the toy set is registered in this file only.
beforeAll(() => registerCriteriaSet(TOY_ENTRY));

async function toyWorkbook(): Promise<string> {
  const file = join(tempDir('par-toy-'), 'xa.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Xã');
  for (const row of TOY_TABLE_ROWS) ws.addRow(row);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('the CLI with a third registered set', () => {
  it('offers it in the usage text of every command that takes a set', async () => {
    const help = await runCli(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('par-scorer check FILE [--sheet NAME] [--criteria par-2022|par-2017|toy|auto|SET.xlsx|SET.json]');
    expect(help.stdout).toContain('par-scorer criteria [--set par-2022|par-2017|toy] [--json] [--lang vi|en]');
    expect(help.stdout).toContain('par-scorer criteria --export par-2022|par-2017|toy -o SET.xlsx');
    expect(help.stdout).toContain('[--criteria par-2022|par-2017|toy|auto] [--recursive]');
  });

  it('accepts --criteria toy and --set toy, and still refuses an unknown set naming the valid ones', async () => {
    expect(parseArgs(['check', 'xa.xlsx', '--criteria', 'toy'])).toMatchObject({ kind: 'check', criteria: 'toy' });
    expect(parseArgs(['criteria', '--set', 'TOY'])).toMatchObject({ kind: 'criteria', set: 'toy' });
    const bad = await runCli(['check', 'xa.xlsx', '--criteria', 'toi', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid value "toi" for --criteria (one of: auto, par-2022, par-2017, toy, FILE.xlsx, FILE.json).');
  });

  it('prints the set’s tree', async () => {
    const tree = await runCli(['criteria', '--set', 'toy', '--json']);
    expect(tree.code).toBe(0);
    const json = JSON.parse(tree.stdout) as { id: string; total: number; nodes: { code: string; max: number }[] };
    expect(json.id).toBe('toy');
    expect(json.total).toBe(10);
    expect(json.nodes.map((n) => `${n.code}:${n.max}`)).toEqual(['9:6', '9.1:3', '9.2:3', '10:4', '10.1:4']);
  });

  it('checks a workbook against it, detected or chosen', async () => {
    const file = await toyWorkbook();
    for (const extra of [[], ['--criteria', 'toy']]) {
      const result = await runCli(['check', file, '--json', ...extra]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { criteriaSet: string; criteriaChosenBy: string; findings: unknown[] };
      expect(report.criteriaSet).toBe('toy');
      expect(report.criteriaChosenBy).toBe(extra.length === 0 ? 'detected' : 'forced');
    }
  });
});
