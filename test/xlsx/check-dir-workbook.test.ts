import { rmSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { buildCheckDirSheets } from '../../src/domain/plan/check-dir-summary';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { translator } from '../../src/i18n';
import { checkDirWorkbook, isToolOutput } from '../../src/xlsx/check-dir-workbook';
import { readMarker } from '../../src/xlsx/read';
import { EXAMPLES, loadWorkbook, runCli, tempDir } from '../support/cli';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return back;
}

describe('the consolidated workbook', () => {
  const sheets = buildCheckDirSheets({ dir: 'nop', files: [], agencies: [] }, translator('en'));

  it('holds exactly the planned sheets, in order, and a marker owning them and no table', async () => {
    const wb = await roundTrip(checkDirWorkbook(sheets));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Files', 'Findings', 'Lead agencies', MARKER_SHEET]);
    expect(readMarker(wb)).toMatchObject({ tableSheet: null, tableColumns: [], sheets: ['Files', 'Findings', 'Lead agencies'] });
    expect(isToolOutput(wb, readMarker(wb))).toBe(true);
    expect(wb.getWorksheet('Findings')!.getCell('A2').value).toBe('No problems found in the files read.');
  });

  it('is told apart from an agency workbook, even one holding a sheet of the tool', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Phụ lục I').getCell('A1').value = 'STT';
    expect(isToolOutput(plain, readMarker(plain))).toBe(false);

    const grown = await roundTrip(checkDirWorkbook(sheets));
    grown.addWorksheet('Ghi chú của Sở').getCell('A1').value = 'đã xem';
    expect(isToolOutput(grown, readMarker(grown))).toBe(false);

    // A scored copy ("par-scorer score") records its table sheet: it is an agency's table to check.
    const dir = tempDir('par-check-dir-workbook-');
    try {
      const out = join(dir, 'scored.xlsx');
      expect((await runCli(['score', join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx'), '-o', out])).code).toBeLessThan(2);
      const scored = await loadWorkbook(out);
      expect(readMarker(scored)?.tableSheet).toBe('Phụ lục I');
      expect(isToolOutput(scored, readMarker(scored))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
