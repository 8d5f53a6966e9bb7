import { join } from 'path';
import { translator } from '../../src/i18n';
import { recalculate, type CellValue, type JudgedSheet, type JudgedWorkbook } from '../support/libreoffice';
import { runCli, EXAMPLES, tempDir, loadWorkbook } from '../support/cli';

/*
 * The summary and agency sheets are formulas over the table: an officer who corrects a score in
 * the table sees them follow on the next recalculation, without running the tool again. The
 * scored Phụ lục I (Kế hoạch Đắk Lắk 2020, Phụ lục I) is edited as a user would (two scores
 * retyped), then recalculated by LibreOffice next to the unedited file.
 */
const PHU_LUC_I = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');
const vi = translator('vi');

let before: JudgedWorkbook;
let after: JudgedWorkbook;

beforeAll(async () => {
  const dir = tempDir('par-live-');
  const scored = join(dir, 'scored.xlsx');
  expect((await runCli(['score', PHU_LUC_I, '-o', scored])).code).toBeLessThan(2);
  const wb = await loadWorkbook(scored);
  const table = wb.getWorksheet('Phụ lục I')!;
  // Area 1 (row 7) states 6.5; its criterion 1.5 (row 12), led by Sở Nội vụ, 1.5 of 2 points.
  expect(table.getCell('D7').value).toBe(6.5);
  expect(table.getCell('D12').value).toBe(1.5);
  table.getCell('D7').value = 6;
  table.getCell('D12').value = 0.75;
  const edited = join(dir, 'edited.xlsx');
  await wb.xlsx.writeFile(edited);
  const judged = await recalculate([scored, edited], 'en-US');
  before = judged[0]!;
  after = judged[1]!;
}, 300_000);

function sheet(book: JudgedWorkbook, name: string): JudgedSheet {
  const found = book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The value in `col` of the first row whose column `keyCol` shows `key`, at or after row `from`. */
function valueBeside(s: JudgedSheet, keyCol: string, key: CellValue, col: string, from = 1): CellValue {
  for (let row = from; row < 2000; row++) {
    if (s.values[`${keyCol}${row}`] === key) return s.values[`${col}${row}`] ?? null;
  }
  throw new Error(`${s.name}: no ${JSON.stringify(key)} in column ${keyCol}`);
}

function rowOf(s: JudgedSheet, keyCol: string, key: CellValue): number {
  for (let row = 1; row < 2000; row++) if (s.values[`${keyCol}${row}`] === key) return row;
  throw new Error(`${s.name}: no ${JSON.stringify(key)} in column ${keyCol}`);
}

describe('a score edited in the scored table', () => {
  const summary = vi('sheet.summary.name');

  it('changes the summary by area: the score linked from the area row, its points lost, its recomputed sum', () => {
    const first = rowOf(sheet(before, summary), 'A', vi('sheet.summary.byArea'));
    const area1 = (book: JudgedWorkbook, col: string) => valueBeside(sheet(book, summary), 'A', '1', col, first);
    // Max 8.5 stays; the area's score 6.5 -> 6, so 2 -> 2.5 points lost.
    expect(area1(before, 'C')).toBeCloseTo(8.5, 4);
    expect(area1(before, 'D')).toBeCloseTo(6.5, 4);
    expect(area1(after, 'D')).toBeCloseTo(6, 4);
    expect(area1(before, 'F')).toBeCloseTo(2, 4);
    expect(area1(after, 'F')).toBeCloseTo(2.5, 4);
    // Criteria 1.1-1.6: 1.5 + 0 + 2 + 1 + 1.5 + 0.5 = 6.5, then with 1.5 scoring 0.75: 5.75.
    expect(area1(before, 'G')).toBeCloseTo(6.5, 4);
    expect(area1(after, 'G')).toBeCloseTo(5.75, 4);
  });

  it('changes the summary by source of points and the recomputed totals', () => {
    const selfAssessed = (book: JudgedWorkbook) => valueBeside(sheet(book, summary), 'A', vi('sheet.kind.self-assessment'), 'C') as number;
    expect(selfAssessed(after) - selfAssessed(before)).toBeCloseTo(-0.75, 4);
    const recomputed = (book: JudgedWorkbook, col: string) => valueBeside(sheet(book, summary), 'A', vi('sheet.totals.recomputed.areas'), col) as number;
    // The total adds the area rows: area 1 now states 6 instead of 6.5.
    expect(recomputed(after, 'C') - recomputed(before, 'C')).toBeCloseTo(-0.5, 4);
    expect(recomputed(after, 'B')).toBeCloseTo(recomputed(before, 'B'), 4);
    const lost = (book: JudgedWorkbook) => valueBeside(sheet(book, summary), 'A', vi('sheet.totals.lost'), 'C') as number;
    expect(lost(after) - lost(before)).toBeCloseTo(0.5, 4);
  });

  it("changes the lead agency's row for the criterion and its totals", () => {
    const row15 = (book: JudgedWorkbook, col: string) => valueBeside(sheet(book, 'Sở Nội vụ'), 'A', '1.5', col);
    expect(row15(before, 'D')).toBeCloseTo(1.5, 4);
    expect(row15(after, 'D')).toBeCloseTo(0.75, 4);
    // 2 points at most: 0.5 lost before, 1.25 after; the target of 2 is 1.25 away.
    expect(row15(after, 'F')).toBeCloseTo(1.25, 4);
    expect(row15(after, 'G')).toBeCloseTo(1.25, 4);
    const total = (book: JudgedWorkbook, col: string) => valueBeside(sheet(book, 'Sở Nội vụ'), 'A', vi('sheet.agency.total'), col) as number;
    expect(total(after, 'D') - total(before, 'D')).toBeCloseTo(-0.75, 4);
    expect(total(after, 'F') - total(before, 'F')).toBeCloseTo(0.75, 4);
  });

  it("changes the table's own check: area 1 no longer adds up", () => {
    const table = (book: JudgedWorkbook) => sheet(book, 'Phụ lục I');
    expect(table(before).values['H7']).toBeCloseTo(6.5, 4);
    expect(table(after).values['H7']).toBeCloseTo(5.75, 4);
    expect(table(before).values['L7']).toBe(vi('sheet.check.ok'));
    expect(table(after).values['L7']).toBe(vi('sheet.check.mismatch'));
  });
});
