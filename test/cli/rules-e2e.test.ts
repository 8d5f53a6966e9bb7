import { join } from 'path';
import ExcelJS from 'exceljs';
import { checkJson } from '../../src/cli/json';
import { runCli, tempDir } from '../support/cli';

/**
 * Every rule of the issue, fired through the real path: a workbook written with exceljs, read by the
 * xlsx adapter, checked by `par-scorer check --json`. The sheet is laid out the awkward way officers
 * do it: title rows, a two-row header under a merged "Điểm", roman area numbers, a repeated header,
 * "Tiêu chí 2.1", several codes in one cell, numbers typed as text.
 */
/** One finding of `check --json`, as the CLI builds it. */
type JsonFinding = ReturnType<typeof checkJson>['findings'][number];

async function check(wb: ExcelJS.Workbook, ...options: string[]): Promise<{ code: number; findings: JsonFinding[] }> {
  const file = join(tempDir('par-rules-'), 'bang.xlsx');
  await wb.xlsx.writeFile(file);
  const { code, stdout } = await runCli(['check', file, '--json', ...options]);
  return { code, findings: (JSON.parse(stdout) as { findings: JsonFinding[] }).findings };
}

function scoreSheet(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng 2020');
  ws.getCell('A1').value = 'UBND TỈNH ĐẮK LẮK';
  ws.getCell('A2').value = 'BẢNG ĐIỂM CHỈ SỐ CCHC NĂM 2020';
  ws.getRow(4).values = ['TT', 'Tiêu chí', 'Điểm', null, null, 'Cơ quan chủ trì'];
  ws.getRow(5).values = [null, null, 'Tối đa', 'Đạt được năm 2019', 'Mục tiêu 2020', null];
  ws.mergeCells('C4:E4');
  ws.mergeCells('A4:A5');
  ws.mergeCells('B4:B5');
  ws.mergeCells('F4:F5');
  const rows: ExcelJS.CellValue[][] = [
    ['I', 'Lĩnh vực 1: CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 8.5, 6.5, 8, null], // 6
    ['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, 1.5, 1.5, 'SNV'], // 7
    ['1.2', 'Kiểm tra CCHC', 0.5, 0, 0.5, 'Sở Nội Vụ'], // 8: name of 1.3
    ['1.3', 'Kiểm tra CCHC', 2, 2, 2.5, 'Sở Nội vụ'], // 9: target above max
    ['1.4', 'Công tác tuyên truyền CCHC', 1, -1, 1, 'Sở Nội vụ'], // 10: negative
    ['1.5', 'Sáng kiến hoặc giải pháp mới trong cải cách hành chính', 2, 'chưa chấm', 2, null], // 11: not a number, no lead
    ['1.6', 'Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', 1.5, 1, 0.5, 'VP UBND tỉnh'], // 12: target below score
    ['TT', 'Tiêu chí', 'Tối đa', 'Đạt được năm 2019', 'Mục tiêu 2020', 'Cơ quan chủ trì'], // 13: header after a page break
    ['II', 'XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT TẠI TỈNH', 10, 8.6, 9.4, null], // 14
    ['Tiêu chí 2.1', 'Theo dõi thi hành pháp luật (TDTHPL)', 2.5, 2, 2, 'Sở Tư pháp'], // 15: max differs from the tree
    ['2.9', 'Xử lý văn bản phát hiện sai phạm qua kiểm tra', 1.5, '1,5', 1.5, 'Sở Tư pháp'], // 16: unknown, name of 2.3; text number
    ['2.2; 2.3', 'Hai tiêu chí', 3, 3, 3, 'Sở Tư pháp'], // 17: several codes
    ['2.4', 'Tác động của cải cách đến chất lượng VB QPPL do tỉnh ban hành', 5, 3.66, 4.4, 'Sở Tư pháp'], // 18
    ['2.4', 'Tác động của cải cách đến chất lượng VB QPPL do tỉnh ban hành', 5, 3.66, 4.4, 'Sở Tư pháp'], // 19: duplicate
    [null, 'TỔNG CỘNG', 18.5, 15, 17.4, null], // 20
  ];
  rows.forEach((r, i) => {
    ws.getRow(6 + i).values = r;
  });
  return wb;
}

describe('every rule, end to end through the CLI', () => {
  it('fires on the cells that carry each mistake, and on nothing else', async () => {
    const { code, findings } = await check(scoreSheet());
    expect(code).toBe(1);
    const got = findings.filter((f) => f.rule !== 'missing-criterion').map((f) => [f.rule, f.severity, f.cell, f.code]);
    // In sheet order (row, then column). Area 2's sums include 2.9 but not the row with two codes.
    expect(got).toEqual([
      ['name-mismatch', 'error', 'B8', '1.2'],
      ['target-exceeds-max', 'error', 'E9', '1.3'],
      ['negative-value', 'error', 'D10', '1.4'],
      ['not-a-number', 'error', 'D11', '1.5'],
      ['missing-lead', 'warning', 'F11', '1.5'],
      ['target-below-score', 'warning', 'E12', '1.6'],
      ['max-sum-mismatch', 'error', 'C14', '2'],
      ['subtotal-mismatch', 'error', 'D14', '2'],
      ['subtotal-mismatch', 'error', 'E14', '2'],
      ['max-mismatch', 'error', 'C15', '2.1'],
      ['unknown-code', 'error', 'A16', '2.9'],
      ['number-as-text', 'warning', 'D16', '2.9'],
      ['ambiguous-code', 'warning', 'A17', '2.2'],
      ['duplicate-code', 'error', 'A19', '2.4'],
      ['total-mismatch', 'error', 'D20', null],
    ]);
    const at = (rule: string) => findings.find((f) => f.rule === rule)!;
    expect(at('name-mismatch')).toMatchObject({ expected: 'Thực hiện chế độ báo cáo CCHC định kỳ', actual: 'Kiểm tra CCHC', row: 8 });
    expect(at('name-mismatch').message).toContain('khớp với 1.3');
    expect(at('unknown-code')).toMatchObject({ expected: '2.3' });
    expect(at('max-mismatch')).toMatchObject({ expected: '2', actual: '2.5' });
    expect(at('target-exceeds-max')).toMatchObject({ expected: '2', actual: '2.5' });
    expect(at('total-mismatch')).toMatchObject({ expected: '15.1', actual: '15' });
    expect(at('total-mismatch').message).toContain('lệch 0,1)');
    // Each area's missing criteria are only info; area 2 lists the criteria its rows leave out.
    const missing = findings.filter((f) => f.rule === 'missing-criterion');
    expect(missing.every((f) => f.severity === 'info')).toBe(true);
    expect(missing.map((f) => f.code)).toEqual(expect.arrayContaining(['2.2', '2.3', '3', '8']));
    for (const f of findings) {
      expect(f.sheet).toBe('Bảng 2020');
      expect(f.row).toBe(Number(/\d+$/.exec(f.cell)![0]));
      expect(f.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('calls a code renumbered between plans ambiguous when the row does not say which it is', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bảng 2024');
    ws.getRow(1).values = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt', 'Chủ trì'];
    ws.getRow(2).values = ['7', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 13.5, 10, null];
    ws.getRow(3).values = ['7.3.5', '', null, 1, 'Sở Thông tin và Truyền thông'];
    ws.getRow(4).values = ['7.3.6', 'Tỷ lệ hồ sơ trực tuyến toàn trình', null, 1, 'Sở Thông tin và Truyền thông'];
    const { findings } = await check(wb, '--criteria', 'par-2022');
    const ambiguous = findings.filter((f) => f.rule === 'ambiguous-code');
    expect(ambiguous.map((f) => [f.cell, f.code, f.severity])).toEqual([['A3', '7.3.5', 'warning']]);
    expect(ambiguous[0]!.message).toContain('7.3.6');
  });
});
