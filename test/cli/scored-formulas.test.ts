import { join } from 'path';
import ExcelJS from 'exceljs';
import { evaluate, type Scalar } from '../support/formula-eval';
import { runCli, EXAMPLES, tempDir, loadWorkbook } from '../support/cli';

const PHU_LUC_I = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');

function reader(ws: ExcelJS.Worksheet) {
  return (row: number, col: number): Scalar => {
    const cell = ws.getCell(row + 1, col + 1);
    if (cell.formula) return (cell.result as Scalar) ?? null;
    const v = cell.value;
    return v === undefined || v === null ? null : typeof v === 'object' ? String(v) : (v as Scalar);
  };
}

describe('the scored Phụ lục I', () => {
  it('caches, in every formula it adds, what Excel computes from the sheet, numbers typed as text included', async () => {
    const out = join(tempDir('par-formulas-'), 'scored.xlsx');
    const code = (await runCli(['score', PHU_LUC_I, '-o', out])).code;
    expect(code).toBe(0);
    const wb = await loadWorkbook(out);
    const ws = wb.getWorksheet('Phụ lục I')!;
    const read = reader(ws);
    const checked: string[] = [];
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (!cell.formula) return;
        const got = evaluate(cell.formula, read);
        const cached = cell.result as Scalar;
        if (typeof got === 'number') expect({ cell: cell.address, value: Math.round(got * 1e6) / 1e6 }).toEqual({ cell: cell.address, value: cached });
        else expect({ cell: cell.address, value: got }).toEqual({ cell: cell.address, value: cached });
        checked.push(cell.address);
      });
    });
    expect(checked.length).toBeGreaterThan(300);
    // 2.4 sums its sub-criteria, one of which (D19, "0,78") is text that SUM alone would skip and
    // that "+D19" converts only in a locale writing decimals with a comma: NUMBERVALUE reads it
    // with the comma it was typed with, in every locale.
    expect(ws.getCell('D19').value).toBe('0,78');
    expect(ws.getCell('H18').formula).toBe('SUM(D20:D22,IFERROR(IF(ISNUMBER(D19),D19,_xlfn.NUMBERVALUE(D19,",",".")),0))');
    expect(ws.getCell('H18').result).toBe(3.66);
    expect(ws.getCell('L18').result).toBe('OK');
  });

  it('ends each agency sheet with the totals of the criteria it leads, target included', async () => {
    const out = join(tempDir('par-agency-'), 'scored.xlsx');
    expect((await runCli(['score', PHU_LUC_I, '-o', out])).code).toBe(0);
    const wb = await loadWorkbook(out);
    const ws = wb.getWorksheet('Sở Nội vụ')!;
    expect(ws.getCell('A1').value).toBe('Sở Nội vụ');
    const header = ws.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt', 'Điểm mục tiêu', 'Điểm bị mất', 'Còn thiếu so với mục tiêu']);
    let last = 6;
    while (ws.getCell(`A${last}`).value !== 'Cộng') last++;
    // Figures are formulas over the table (live); what they computed is cached with them.
    const shown = (address: string): unknown => {
      const cell = ws.getCell(address);
      return cell.formula ? cell.result : cell.value;
    };
    for (const col of ['C', 'D', 'E', 'F', 'G']) {
      let hundredths = 0;
      for (let r = 6; r < last; r++) hundredths += Math.round(Number(shown(`${col}${r}`)) * 100);
      expect({ col, total: shown(`${col}${last}`) }).toEqual({ col, total: hundredths / 100 });
      expect(ws.getCell(`${col}${last}`).formula).toBe(`IF(COUNT(${col}6:${col}${last - 1})=0,"",SUM(${col}6:${col}${last - 1}))`);
    }
    expect(ws.getCell(`B${last}`).value).toBe(last - 6);
  });
});
