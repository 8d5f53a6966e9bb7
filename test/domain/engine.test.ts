import { analyze } from '../../src/domain/engine';
import type { Analysis } from '../../src/domain/analysis';
import type { Grid } from '../../src/domain/grid';
import { buildWritePlan } from '../../src/domain/plan/build';
import type { OwnershipMarker, WritePlan } from '../../src/domain/plan/types';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { translator } from '../../src/i18n';
import { gridFromRows, type BuilderValue } from '../support/grid-builder';
import { cellAt } from '../../src/domain/grid';
import { evaluate, type Scalar } from '../support/formula-eval';

/** Kế hoạch Đắk Lắk 2020, Phụ lục I, areas 1 and 2. */
const ROWS: BuilderValue[][] = [
  ['KẾ HOẠCH NÂNG CAO CHỈ SỐ CCHC NĂM 2020'],
  [],
  ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm năm 2019', 'Mục tiêu năm 2020', 'Chủ trì tham mưu'],
  ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 8.5, 6.5, 8, null],
  ['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, 1.5, 1.5, 'Sở Nội vụ'],
  ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ', 0.5, 0, 0.5, 'Sở Nội vụ'],
  ['1.3', 'Kiểm tra CCHC', 2, 2, 2, 'Sở Nội vụ'],
  ['1.4', 'Công tác tuyên truyền CCHC', 1, 1, 1, 'Sở Nội vụ'],
  ['1.5', 'Sáng kiến hoặc giải pháp mới trong cải cách hành chính', 2, 1.5, 2, 'Sở Nội vụ'],
  ['1.6', 'Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', 1.5, 0.5, 1, 'Văn phòng UBND tỉnh'],
  ['2', 'XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT TẠI TỈNH', 10, 8.67, 9.4, null],
  ['2.1', 'Theo dõi thi hành pháp luật (TDTHPL)', 2, 2, 2, 'Sở Tư pháp'],
  ['2.2', 'Xử lý VBQPPL sau rà soát, hệ thống hóa', 1.5, 1.5, 1.5, 'Sở Tư pháp'],
  ['2.3', 'Xử lý văn bản phát hiện sai phạm qua kiểm tra', 1.5, 1.5, 1.5, 'Sở Tư pháp'],
  ['2.4', 'Tác động của cải cách đến chất lượng VB QPPL do tỉnh ban hành', 5, 3.66, 4.4, 'Sở Tư pháp'],
  ['2.4.1', 'Tính đồng bộ, thống nhất của hệ thống VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh', 1, 0.78, 0.9, 'Sở Tư pháp'],
  ['2.4.2', 'Tính hợp lý của các VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh', 1, 0.79, 0.9, 'Sở Tư pháp'],
  ['2.4.3', 'Tính khả thi của các VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh', 1.5, 1.04, 1.3, 'Sở Tư pháp'],
  [
    '2.4.4',
    'Tính kịp thời trong việc phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL thuộc phạm vi quản lý Nhà nước của tỉnh',
    1.5,
    1.05,
    1.3,
    'Sở Tư pháp',
  ],
  [null, 'TỔNG ĐIỂM', 18.5, 15.17, 17.4, null],
];

const SHEET = 'Phụ lục I';

function grid(rows: BuilderValue[][] = ROWS): Grid {
  return gridFromRows(rows, { sheet: SHEET });
}

function analysed(g: Grid, ownedColumns?: readonly number[]): Analysis {
  const result = analyze(g, { ownedColumns });
  if (!result.ok) throw new Error(`no table: ${JSON.stringify(result.failure)}`);
  return result.analysis;
}

/** The rows of the sheet after a plan was applied to it (cached values where formulas are). */
function rowsAfter(plan: WritePlan, rows: BuilderValue[][]): BuilderValue[][] {
  const out = rows.map((r) => [...r]);
  for (const sheet of plan.sheets.filter((s) => s.role === 'table')) {
    for (const block of sheet.blocks) {
      block.cells.forEach((line, dr) =>
        line.forEach((cell, dc) => {
          if (!cell) return;
          const r = block.row + dr;
          while (out.length <= r) out.push([]);
          const row = out[r]!;
          while (row.length <= block.col + dc) row.push(null);
          const v = cell.formula !== undefined ? cell.cached : cell.value;
          row[block.col + dc] = v === undefined ? null : v;
        }),
      );
    }
  }
  return out;
}

const ALL = { tableColumns: true, summary: true, agencySheets: true } as const;
const t = translator('vi');

function planFor(g: Grid, analysis: Analysis, previous: OwnershipMarker | null, existingSheets: string[]): WritePlan {
  const result = buildWritePlan(analysis, { grid: g, previous, existingSheets, t, lang: 'vi', include: ALL });
  if (!result.ok) throw new Error(`conflicts: ${JSON.stringify(result.conflicts)}`);
  return result.plan;
}

describe('analyze', () => {
  it('reads, detects the 2017 criteria, checks and scores a score table', () => {
    const a = analysed(grid());
    expect(a.sheet).toBe(SHEET);
    expect(a.criteria.id).toBe('par-2017');
    expect(a.criteriaChosenBy).toBe('detected');
    expect(a.table.layout.shape).toBe('score');
    expect(a.lines.map((l) => l.code)).toContain('2.4.4');
    expect(a.agencies.map((g) => g.name)).toEqual(expect.arrayContaining(['Sở Nội vụ', 'Sở Tư pháp']));
  });

  it('uses the criteria set the user forces', () => {
    const result = analyze(grid(), { criteria: 'par-2022' });
    expect(result.ok && result.analysis.criteria.id).toBe('par-2022');
    expect(result.ok && result.analysis.criteriaChosenBy).toBe('forced');
  });

  it('fails on an empty sheet', () => {
    expect(analyze(gridFromRows([[]], { sheet: SHEET })).ok).toBe(false);
  });

  it('never reads the columns the tool owns', () => {
    const junk = ROWS.map((r, i) => (i >= 2 ? [...r, null, i === 2 ? 'Kiểm tra' : 'Lệch'] : r));
    const masked = analysed(grid(junk), [7]);
    const clean = analysed(grid());
    expect(masked.table.layout.lastUsedCol).toBe(clean.table.layout.lastUsedCol);
    expect(masked.findings).toEqual(clean.findings);
    expect(masked.lines).toEqual(clean.lines);
  });
});

describe('analyze then plan, twice', () => {
  it('writes the same thing on the second run, in the same place', () => {
    const g1 = grid();
    const first = planFor(g1, analysed(g1), null, [SHEET]);
    expect(first.marker.tableColumns[0]).toBe(7);

    const rows2 = rowsAfter(first, ROWS);
    const g2 = grid(rows2);
    const existing = [SHEET, ...first.marker.sheets, MARKER_SHEET];
    const second = planFor(g2, analysed(g2, first.marker.tableColumns), first.marker, existing);
    expect(second.marker).toEqual(first.marker);
    // The table's columns are the first run's: they keep the widths the officer may have given them.
    expect(second.sheets).toEqual(first.sheets.map((s) => (s.role === 'table' ? { ...s, columnWidths: [] } : s)));
    expect(second.deleteSheets).toEqual([]);
  });

  it('caches in every formula cell the value the formula computes from the sheet', () => {
    const g = grid();
    const plan = planFor(g, analysed(g), null, [SHEET]);
    const table = plan.sheets.find((s) => s.role === 'table')!;
    const after = grid(rowsAfter(plan, ROWS));
    const read = (row: number, col: number): Scalar => {
      const cell = cellAt(after, row, col);
      return cell.kind === 'empty' ? null : (cell.value as Scalar);
    };
    const formulas = table.blocks.flatMap((b) => b.cells.flat()).filter((c) => c?.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(50);
    for (const cell of formulas) {
      const got = evaluate(cell!.formula!, read);
      if (typeof got === 'number' && typeof cell!.cached === 'number') expect(got).toBeCloseTo(cell!.cached, 9);
      else expect(got).toEqual(cell!.cached);
    }
  });
});
