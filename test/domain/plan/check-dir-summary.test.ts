import { mergeAgencies } from '../../../src/domain/agencies';
import type { Analysis } from '../../../src/domain/analysis';
import { analyze } from '../../../src/domain/engine';
import { MAX_SHEET_NAME } from '../../../src/domain/plan/sheet-names';
import {
  buildAgenciesSheet,
  buildFilesSheet,
  buildFindingsSheet,
  buildCheckDirSheets,
  fileStatus,
  checkDirSheetNames,
  checkDirTotals,
  type CheckDirFile,
  type CheckDirReport,
} from '../../../src/domain/plan/check-dir-summary';
import type { PlanCell, PlanSheet } from '../../../src/domain/plan/types';
import { translator } from '../../../src/i18n';
import { gridOf, SHEET, SHEET_ROWS } from './fixtures';

const t = translator('vi');

function analysisOf(rows: typeof SHEET_ROWS): Analysis {
  const result = analyze(gridOf(SHEET, rows));
  if (!result.ok) throw new Error('the fixture must read as a table');
  return result.analysis;
}

/** The fixture with area 1 stated one point too high: a real subtotal error, not rounding. */
const WRONG_ROWS = SHEET_ROWS.map((row) => (row[0] === '1' ? ['1', row[1]!, 9.5, 9.67, 9, 'Sở Nội vụ'] : row));

function report(): CheckDirReport {
  const files: CheckDirFile[] = [
    { file: 'so-noi-vu.xlsx', ok: true, analysis: analysisOf(SHEET_ROWS) },
    { file: 'hong.xlsx', ok: false, failure: { reason: 'not-xlsx', messageKey: 'check-dir.failure.not-xlsx', params: { file: 'hong.xlsx' } } },
    { file: 'so-tu-phap.xlsx', ok: true, analysis: analysisOf(WRONG_ROWS) },
  ];
  const agencies = mergeAgencies(files.flatMap((f) => (f.ok ? [{ file: f.file, agencies: f.analysis.agencies }] : [])));
  return { dir: 'nop-bao-cao', files, agencies };
}

function cellsOf(sheet: PlanSheet): (PlanCell | null)[][] {
  return sheet.blocks[0]!.cells.map((row) => [...row]);
}

const valueOf = (cell: PlanCell | null | undefined) => cell?.value ?? null;

describe('folder summary plan', () => {
  const r = report();

  it('counts clean, erroneous and unreadable files', () => {
    expect(r.files.map(fileStatus)).toEqual(['clean', 'failed', 'errors']);
    const errors = r.files.flatMap((f) => (f.ok ? f.analysis.findings : [])).filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(checkDirTotals(r.files)).toMatchObject({ files: 3, clean: 1, withErrors: 1, failed: 1, errors });
  });

  it('names its sheets within Excel limits in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const names = Object.values(checkDirSheetNames(translator(lang)));
      expect(new Set(names.map((n) => n.toLocaleLowerCase())).size).toBe(3);
      for (const name of names) {
        expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
      }
    }
    expect(buildCheckDirSheets(r, t).map((s) => [s.name, s.owned])).toEqual([
      ['Tổng hợp các tệp', true],
      ['Các phát hiện', true],
      ['Cơ quan chủ trì', true],
    ]);
  });

  it('writes one row per file, blank counts for an unreadable one, and SUM totals with their values cached', () => {
    const sheet = buildFilesSheet(r, 'Tổng hợp các tệp', t);
    const cells = cellsOf(sheet);
    expect(sheet.freeze).toEqual({ rows: 4, cols: 2 });
    const [ok, failed, wrong, total] = cells.slice(4);
    const first = r.files[0] as Extract<CheckDirFile, { ok: true }>;
    expect(ok!.slice(0, 5).map(valueOf)).toEqual([1, 'so-noi-vu.xlsx', SHEET, 'Bảng điểm', first.analysis.criteria.id]);
    expect(valueOf(ok![6])).toBe(8.67);
    expect(ok![6]!.numberFormat).toBe('0.00');
    expect(valueOf(ok![14])).toBe('Không lỗi');
    expect(failed!.slice(2, 14).every((c) => c === null)).toBe(true);
    expect(valueOf(failed![14])).toBe('Không đọc được: không phải sổ tính Excel .xlsx đọc được (tệp hỏng hoặc định dạng khác)');
    expect(valueOf(wrong![14])).toBe('Có lỗi');
    // The total row still states 8.67; recomputed from the (wrong) area row it is 9.67.
    expect([valueOf(wrong![6]), valueOf(wrong![8]), valueOf(wrong![9])]).toEqual([8.67, 9.67, -1]);
    const totals = checkDirTotals(r.files);
    expect(total![11]).toMatchObject({ formula: '=SUM(L5:L7)', cached: totals.errors });
    expect(total![12]).toMatchObject({ formula: '=SUM(M5:M7)', cached: totals.warnings });
    expect(total![13]).toMatchObject({ formula: '=SUM(N5:N7)', cached: totals.infos });
    expect(sheet.conditionalFormats.map((c) => c.range)).toEqual(['L5:L7', 'M5:M7']);
  });

  it('lists every finding with its file, and says so when there is none', () => {
    const sheet = buildFindingsSheet(r, 'Các phát hiện', t);
    const rows = cellsOf(sheet).slice(1);
    const expected = r.files.flatMap((f) => (f.ok ? f.analysis.findings.map((x) => [f.file, x.cell]) : []));
    expect(rows.map((row) => [valueOf(row[0]), valueOf(row[2])])).toEqual(expected);
    const clean: CheckDirReport = { dir: 'x', files: [r.files[1]!], agencies: [] };
    expect(cellsOf(buildFindingsSheet(clean, 'Các phát hiện', t))[1]!.map(valueOf)[0]).toBe('Không phát hiện vấn đề nào trong các tệp đã đọc.');
  });

  it('gives the merged agencies, and an explicit line when there is no group', () => {
    const sheet = buildAgenciesSheet(r, 'Cơ quan chủ trì', t);
    const rows = cellsOf(sheet).map((row) => row.map(valueOf));
    const names = rows.filter((row) => typeof row[0] === 'number').map((row) => row[1]);
    expect(names).toEqual(r.agencies.map((a) => a.name));
    const home = rows.find((row) => row[1] === 'Sở Nội vụ')!;
    const merged = r.agencies.find((a) => a.name === 'Sở Nội vụ')!;
    expect(home.slice(2, 4)).toEqual([2, merged.criteria]);
    expect(home[10]).toBe('so-noi-vu.xlsx; so-tu-phap.xlsx');
    expect(rows.map((row) => row[0])).toContain('Không có nhóm cơ quan nào.');
    expect(rows[0]![0]).toBe('Cơ quan chủ trì — gộp từ 2 tệp đã đọc');
  });
});
