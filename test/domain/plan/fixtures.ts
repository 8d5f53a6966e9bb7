import type { AgencyCriterion, AgencySummary, AgencyTask } from '../../../src/domain/agencies/types';
import type { Analysis } from '../../../src/domain/analysis';
import { buildWritePlan } from '../../../src/domain/plan/build';
import type { WritePlan } from '../../../src/domain/plan/types';
import { translator } from '../../../src/i18n';
import type { Finding } from '../../../src/domain/check/types';
import type { CriteriaSet } from '../../../src/domain/criteria/types';
import { fixed, subFixed, sumFixed, type Fixed } from '../../../src/domain/fixed';
import type { Grid, GridCell } from '../../../src/domain/grid';
import type { ScoreLine, Totals } from '../../../src/domain/score/types';
import type { ColumnMatch, TableLayout } from '../../../src/domain/table/types';

export type Raw = string | number | null;

export function gridOf(sheet: string, rows: readonly (readonly Raw[])[], merges: Grid['merges'] = []): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  const cells: GridCell[][] = rows.map((r) =>
    Array.from({ length: width }, (_, i): GridCell => {
      const v = r[i] ?? null;
      if (v === null || v === '') return { value: null, text: '', kind: 'empty' };
      return typeof v === 'number' ? { value: v, text: String(v), kind: 'number' } : { value: v, text: v, kind: 'string' };
    }),
  );
  return { sheet, originRow: 0, originCol: 0, cells, merges, mergesKnown: true };
}

/** Sets one cell, widening the grid as needed (how a sheet looks after the tool wrote to it). */
export function withCell(grid: Grid, row: number, col: number, value: Raw): Grid {
  const height = Math.max(grid.cells.length, row + 1);
  const width = Math.max(grid.cells[0]?.length ?? 0, col + 1);
  const rows: Raw[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = grid.cells[r]?.[c];
      return cell && cell.kind !== 'empty' ? (cell.value as Raw) : null;
    }),
  );
  rows[row]![col] = value;
  return gridOf(grid.sheet, rows, grid.merges);
}

export const SHEET = 'Bảng điểm';

/*
 * The sheet the hand-built analysis describes (0-based rows; Excel rows are one more):
 *   row 2  header   A Mã | B Nội dung | C Tối đa | D Điểm | E Mục tiêu | F Chủ trì
 *   row 3  area 1   9.5 | 8.67 | 9      (children 1.1 and 1.2 sum to 8.65: rounding drift)
 *   row 4  1.1      2   | 1.5  | 2      (children 1.1.1 and 1.1.2)
 *   row 5  1.1.1    1   | 0.75
 *   row 6  1.1.2    1   | 0.75
 *   row 7  1.2      7.5 | 7.15 | 7
 *   row 8  total    9.5 | 8.67 | 9
 */
export const SHEET_ROWS: Raw[][] = [
  ['KẾ HOẠCH NÂNG CAO CHỈ SỐ CCHC NĂM 2024'],
  [],
  ['Mã', 'Nội dung', 'Điểm tối đa', 'Điểm đạt', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Công tác chỉ đạo, điều hành CCHC', 9.5, 8.67, 9, 'Sở Nội vụ'],
  ['1.1', 'Kế hoạch CCHC', 2, 1.5, 2, 'Sở Nông nghiệp và Phát triển nông thôn'],
  ['1.1.1', 'Ban hành kế hoạch', 1, 0.75, null, 'Sở Nội vụ'],
  ['1.1.2', 'Mức độ thực hiện', 1, 0.75, null, 'Sở Nội vụ'],
  ['1.2', 'Báo cáo CCHC', 7.5, 7.15, 7, 'Sở Nội vụ'],
  ['TỔNG ĐIỂM', null, 9.5, 8.67, 9],
];

const COLUMNS: ColumnMatch[] = [
  { role: 'code', col: 0, header: 'Mã' },
  { role: 'name', col: 1, header: 'Nội dung' },
  { role: 'max', col: 2, header: 'Điểm tối đa' },
  { role: 'score', col: 3, header: 'Điểm đạt' },
  { role: 'target', col: 4, header: 'Mục tiêu' },
  { role: 'lead', col: 5, header: 'Chủ trì' },
];

const LAYOUT: TableLayout = {
  sheet: SHEET,
  headerRow: 2,
  headerRowCount: 1,
  columns: COLUMNS,
  firstDataRow: 3,
  lastDataRow: 8,
  lastUsedCol: 5,
  shape: 'score',
};

const f = (n: number | null): Fixed | null => (n === null ? null : fixed(n));

function line(
  row: number,
  code: string,
  level: ScoreLine['level'],
  values: [number | null, number | null, number | null],
  childRows: number[] = [],
  lines: ScoreLine[] = [],
): ScoreLine {
  const [max, score, target] = values.map(f) as [Fixed | null, Fixed | null, Fixed | null];
  const children = lines.filter((l) => childRows.includes(l.row));
  const sum = (pick: (l: ScoreLine) => Fixed | null): Fixed | null => {
    const vs = children.map(pick).filter((v): v is Fixed => v !== null);
    return vs.length === 0 ? null : sumFixed(vs);
  };
  return {
    row,
    code,
    name: SHEET_ROWS[row]![1] as string,
    level,
    kind: 'self-assessment',
    area: code.split('.')[0]!,
    max,
    score,
    target,
    childSum: childRows.length === 0 ? null : { max: sum((l) => l.max), score: sum((l) => l.score), target: sum((l) => l.target) },
    childRows,
    lost: max !== null && score !== null ? subFixed(max, score) : null,
    gapToTarget: target !== null && score !== null ? subFixed(target, score) : null,
    percent: max !== null && score !== null && max !== 0 ? Math.round((score / max) * 10000) / 100 : null,
  };
}

export function scoreLines(areaScore = 8.67): ScoreLine[] {
  const l111 = line(5, '1.1.1', 'subcriterion', [1, 0.75, null]);
  const l112 = line(6, '1.1.2', 'subcriterion', [1, 0.75, null]);
  const l11 = line(4, '1.1', 'criterion', [2, 1.5, 2], [5, 6], [l111, l112]);
  const l12 = line(7, '1.2', 'criterion', [7.5, 7.15, 7]);
  const l1 = line(3, '1', 'area', [9.5, areaScore, 9], [4, 7], [l11, l12]);
  return [l1, l11, l111, l112, l12];
}

function totalsOf(lines: readonly ScoreLine[]): Totals {
  const area = lines[0]!;
  return {
    stated: { row: 8, max: fixed(9.5), score: fixed(8.67), target: fixed(9) },
    recomputed: { max: area.max, score: area.score, target: area.target },
    recomputedFrom: 'areas',
    rootRows: [area.row],
    lost: fixed(9.5 - 8.67),
    gapToTarget: fixed(0.33),
    byArea: [
      {
        code: '1',
        name: area.name,
        row: 3,
        max: area.max,
        score: area.score,
        target: area.target,
        recomputed: area.childSum ?? { max: null, score: null, target: null },
        lost: area.lost,
      },
    ],
    byKind: [{ kind: 'self-assessment', max: fixed(9.5), score: area.score, target: fixed(9) }],
  };
}

const CRITERIA: CriteriaSet = {
  id: 'par-2022',
  title: 'PAR INDEX 2022-2030',
  basis: 'Quyết định 876/QĐ-BNV ngày 10/11/2022',
  total: fixed(100),
  partial: true,
  nodes: [],
};

function criterionOf(l: ScoreLine): AgencyCriterion {
  return { row: l.row, code: l.code, name: l.name, max: l.max, score: l.score, target: l.target, lost: l.lost, gapToTarget: l.gapToTarget };
}

/** A task row; `agencies` are everyone on it (the agency whose list holds it may be left out). */
export function task(row: number, text: string, agencies: string[] = []): AgencyTask {
  return {
    row,
    codes: ['1.1'],
    criterion: 'Kế hoạch CCHC',
    task: text,
    product: 'Kế hoạch',
    deadline: { raw: 'Quý I/2024', kind: 'quarter', start: '2024-01-01', end: '2024-03-31' },
    agencies,
  };
}

export function agency(name: string, parts: Partial<AgencySummary> = {}): AgencySummary {
  const criteria = parts.criteria ?? [];
  return {
    name,
    kind: 'agency',
    criteria,
    totals: { count: criteria.length, max: null, score: null, target: null, lost: null, gapToTarget: null },
    tasks: [],
    coordinates: [],
    ...parts,
  };
}

export const ROUNDING_FINDING: Finding = {
  rule: 'subtotal-mismatch',
  severity: 'info',
  sheet: SHEET,
  cell: 'D4',
  row: 4,
  col: 3,
  code: '1',
  expected: '8.65',
  actual: '8.67',
  messageKey: 'finding.subtotal-mismatch.rounding',
  params: { code: '1', stated: '8.67', sum: '8.65' },
};

export function analysisOf(overrides: Partial<Analysis> = {}, areaScore = 8.67): Analysis {
  const lines = scoreLines(areaScore);
  const byCode = new Map(lines.map((l) => [l.code, l]));
  return {
    sheet: SHEET,
    table: { layout: LAYOUT, rows: [] },
    criteria: CRITERIA,
    criteriaChosenBy: 'detected',
    findings: [ROUNDING_FINDING],
    lines,
    totals: totalsOf(lines),
    agencies: [
      agency('Sở Nội vụ', {
        criteria: ['1', '1.1.1', '1.1.2', '1.2'].map((c) => criterionOf(byCode.get(c)!)),
        tasks: [task(5, 'Ban hành kế hoạch CCHC năm 2024', ['Văn phòng UBND tỉnh'])],
      }),
      agency('Sở Nông nghiệp và Phát triển nông thôn', {
        criteria: [criterionOf(byCode.get('1.1')!)],
        coordinates: [task(5, 'Ban hành kế hoạch CCHC năm 2024', ['Sở Nội vụ'])],
      }),
      agency('Văn phòng UBND tỉnh', { coordinates: [task(5, 'Ban hành kế hoạch CCHC năm 2024', ['Sở Nội vụ'])] }),
      agency('UBND cấp huyện', { kind: 'group', tasks: [task(6, 'Thực hiện kế hoạch')] }),
    ],
    ...overrides,
  };
}

export function sheetGrid(): Grid {
  return gridOf(SHEET, SHEET_ROWS);
}

/** The whole plan (table columns, summary, agency sheets) for an analysis of the fixture sheet, first run. */
export function fixturePlan(analysis: Analysis): WritePlan {
  const built = buildWritePlan(analysis, {
    grid: sheetGrid(),
    previous: null,
    existingSheets: [SHEET],
    t: translator('vi'),
    lang: 'vi',
    include: { tableColumns: true, summary: true, agencySheets: true },
  });
  if (!built.ok) throw new Error('unexpected conflicts');
  return built.plan;
}
