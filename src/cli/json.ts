import { columnLetter, toPoints, type Fixed } from '../domain/api/cells';
import type { AgencyCriterion, AgencySummary, AgencyTask, Analysis, AreaTotal, KindTotal, Totals, Triple } from '../domain/api/analyze';
import type { Translate } from '../i18n/types';
import { JsonList } from './json-writer';

/*
 * The --json report (its shape: docs/json-report.md). Points are plain numbers (exact: converted
 * once from Fixed); rows are 1-based Excel rows and columns letters, as the user sees them, unlike
 * the 0-based domain coordinates. Each task row is listed once, under `tasks`; an agency lists the
 * rows it leads or coordinates, so the report grows with the rows, not with rows times agencies.
 */

function points(value: Fixed | null): number | null {
  return value === null ? null : toPoints(value);
}

function excelRow(row: number | null): number | null {
  return row === null ? null : row + 1;
}

function triple(t: Triple): { max: number | null; score: number | null; target: number | null } {
  return { max: points(t.max), score: points(t.score), target: points(t.target) };
}

function areaJson(area: AreaTotal) {
  return {
    code: area.code,
    name: area.name,
    row: excelRow(area.row),
    ...triple(area),
    recomputed: triple(area.recomputed),
    lost: points(area.lost),
  };
}

function kindJson(kind: KindTotal) {
  return { kind: kind.kind, ...triple(kind) };
}

function totalsJson(totals: Totals) {
  return {
    stated: { ...triple(totals.stated), row: excelRow(totals.stated.row) },
    recomputed: triple(totals.recomputed),
    lost: points(totals.lost),
    gapToTarget: points(totals.gapToTarget),
    byArea: totals.byArea.map(areaJson),
    byKind: totals.byKind.map(kindJson),
  };
}

function criterionJson(c: AgencyCriterion) {
  return {
    row: c.row + 1,
    code: c.code,
    name: c.name,
    max: points(c.max),
    score: points(c.score),
    target: points(c.target),
    lost: points(c.lost),
    gapToTarget: points(c.gapToTarget),
  };
}

/** A task row, once: every agency on it (leads first, then coordinators). */
function taskJson(task: AgencyTask) {
  return {
    row: task.row + 1,
    codes: task.codes,
    criterion: task.criterion,
    task: task.task,
    product: task.product,
    deadline: task.deadline,
    agencies: task.agencies,
  };
}

/** Every task row any agency refers to, in row order; each entry is made as it is written. */
function tasksJson(agencies: readonly AgencySummary[]): JsonList<ReturnType<typeof taskJson>> {
  const byRow = new Map<number, AgencyTask>();
  for (const a of agencies) {
    for (const task of a.tasks) byRow.set(task.row, task);
    for (const task of a.coordinates) byRow.set(task.row, task);
  }
  const tasks = [...byRow.values()].sort((x, y) => x.row - y.row);
  return new JsonList(tasks.length, (i) => taskJson(tasks[i]!));
}

function agencyJson(a: AgencySummary) {
  return {
    name: a.name,
    kind: a.kind,
    criteria: a.criteria.map(criterionJson),
    /** Rows of `tasks` the agency leads, and those it coordinates. */
    tasks: a.tasks.map((task) => task.row + 1),
    coordinates: a.coordinates.map((task) => task.row + 1),
    totals: {
      count: a.totals.count,
      max: points(a.totals.max),
      score: points(a.totals.score),
      target: points(a.totals.target),
      lost: points(a.totals.lost),
      gapToTarget: points(a.totals.gapToTarget),
    },
  };
}

export function checkJson(file: string, analysis: Analysis, t: Translate) {
  const layout = analysis.table.layout;
  return {
    file,
    sheet: analysis.sheet,
    criteriaSet: analysis.criteria.id,
    criteriaChosenBy: analysis.criteriaChosenBy,
    table: {
      shape: layout.shape,
      headerRow: layout.headerRow + 1,
      firstDataRow: layout.firstDataRow + 1,
      lastDataRow: layout.lastDataRow + 1,
      columns: layout.columns.map((c) => ({ role: c.role, column: columnLetter(c.col), header: c.header })),
    },
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      row: f.row,
      code: f.code,
      expected: f.expected,
      actual: f.actual,
      message: t(f.messageKey, f.params),
    })),
    totals: totalsJson(analysis.totals),
    tasks: tasksJson(analysis.agencies),
    agencies: analysis.agencies.map(agencyJson),
  };
}
