import { readFileSync } from 'fs';
import { join } from 'path';
import { criteriaSetFromJson } from '../../src/domain/criteria/custom';
import { runCli, EXAMPLES } from '../support/cli';


async function checkJson(...argv: string[]) {
  const { code, stdout, stderr } = await runCli(['check', ...argv, '--json']);
  expect(stderr).toBe('');
  return { code, report: JSON.parse(stdout) };
}

type JsonFinding = { rule: string; severity: string; cell: string; message: string };

describe('the criteria set examples', () => {
  it('checks the workbook with a "Bộ tiêu chí" sheet against that sheet, as the built-in set would', async () => {
    const own = await checkJson(join(EXAMPLES, 'daklak-2020-with-criteria-sheet.xlsx'));
    const builtIn = await checkJson(join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx'), '--criteria', 'par-2017');
    expect(own.report.criteriaChosenBy).toBe('custom');
    expect(own.report.criteriaSource).toEqual({ kind: 'sheet', sheet: 'Bộ tiêu chí', file: 'daklak-2020-with-criteria-sheet.xlsx' });
    expect(own.report.sheet).toBe('Phụ lục I');
    const brief = (fs: JsonFinding[]) => fs.map((f) => [f.rule, f.severity, f.cell, f.message]);
    expect(brief(own.report.findings)).toEqual(brief(builtIn.report.findings));
    expect(own.report.totals).toEqual(builtIn.report.totals);
    expect(own.code).toBe(builtIn.code);
  });

  it('ships a JSON example that reads without a single problem', () => {
    const file = join(EXAMPLES, 'bo-tieu-chi-cap-so.json');
    const { set, issues } = criteriaSetFromJson(readFileSync(file, 'utf8'), 'bo-tieu-chi-cap-so.json');
    expect(issues).toEqual([]);
    expect(set!.title).toMatch(/^Ví dụ minh họa/);
    expect(set!.nodes.find((n) => n.code === '3')).toMatchObject({ kind: 'mixed' });
  });
});
