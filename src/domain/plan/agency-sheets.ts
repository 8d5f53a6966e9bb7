import { a1 } from '../address';
import type { AgencyCriterion, AgencySummary, AgencyTask } from '../agencies/types';
import { partnersOf } from '../agencies';
import type { Analysis } from '../analysis';
import type { Translate } from '../../i18n/types';
import { BlockWriter, HEADER_STYLE, SECTION_STYLE, TITLE_STYLE, TextCells, WRAP_STYLE, linkCell, linkColumn, textCell } from './cells';
import type { Fixed } from '../fixed';
import { NO_FIGURE, columnTotalOfValues, differenceValue, linkedFigure, rowDifferenceFigure, type Figure } from './live-cells';
import { pointColumns, type PointColumns, type TableNumbers } from './operands';
import type { RowRun } from './row-blocks';
import type { CellStyle, PlanCell, PlanSheet } from './types';

function headers(t: Translate, keys: readonly string[]): PlanCell[] {
  return keys.map((k) => textCell(t(k), HEADER_STYLE));
}

/** A link to the table's row, showing `text`, or the cell it links to when there is no text. */
function tableLink(text: string, sheet: string, row: number, col: number): PlanCell {
  const cell = a1(row, col);
  return linkCell(text === '' ? cell : text, sheet, cell);
}

/**
 * A task list's rows, made one at a time: a large table's agency sheets list every task once or
 * more, and made all before the writer started, their cells lived through every young-generation
 * collection. A task's own text is its alone; the rest repeats from row to row, one cell object
 * per text (TextCells), made the first time a row needs it and the same at every later call.
 */
class TaskRun implements RowRun {
  readonly length: number;
  readonly width = 6;
  private readonly repeated!: TextCells;
  // Rows with the same agencies share one list (agencies/index.ts): their partners are one cell,
  // found by the list rather than by joining it again.
  private readonly partners!: Map<readonly string[], PlanCell>;

  constructor(
    readonly tasks: readonly AgencyTask[],
    readonly agency: string,
    readonly sheet: string,
    readonly linkCol: number,
  ) {
    this.length = tasks.length;
    // Caches, not content: hidden from comparisons of plans (toEqual) and from copies.
    Object.defineProperty(this, 'repeated', { enumerable: false, value: new TextCells(WRAP_STYLE) });
    Object.defineProperty(this, 'partners', { enumerable: false, value: new Map() });
  }

  row(i: number): (PlanCell | null)[] {
    const task = this.tasks[i]!;
    const { repeated } = this;
    let others = this.partners.get(task.agencies);
    if (others === undefined) this.partners.set(task.agencies, (others = repeated.cell(partnersOf(task, this.agency).join('; '))));
    return [
      tableLink(task.codes.join('; '), this.sheet, task.row, this.linkCol),
      repeated.cell(task.criterion),
      textCell(task.task, WRAP_STYLE),
      repeated.cell(task.product),
      task.deadline ? repeated.cell(task.deadline.raw) : null,
      others,
    ];
  }
}

/**
 * An agency's criteria with their points, made one row at a time as the task lists are (TaskRun):
 * a large score table's agency sheets list thousands of criteria, each row five formulas over the
 * table (live-cells.ts: editing a score there updates them). The total row below needs only the
 * figures' values, read from the table's numbers without making the rows (totals).
 */
class CriteriaRun implements RowRun {
  readonly length: number;
  readonly width = 7;

  constructor(
    readonly criteria: readonly AgencyCriterion[],
    /** The sheet's 0-based row of the first criterion: the lost and gap formulas name their row. */
    readonly first: number,
    readonly sheet: string,
    readonly linkCol: number,
    readonly roles: PointColumns,
    readonly numbers: TableNumbers,
  ) {
    this.length = criteria.length;
  }

  row(i: number): (PlanCell | null)[] {
    const c = this.criteria[i]!;
    const { numbers, roles } = this;
    const row = this.first + i;
    const max = linkedFigure(numbers, c.row, roles.max, undefined, row);
    const score = linkedFigure(numbers, c.row, roles.score, undefined, row);
    const target = linkedFigure(numbers, c.row, roles.target, undefined, row);
    const lost = rowDifferenceFigure(numbers.prints, row, 2, max, 3, score);
    const gap = rowDifferenceFigure(numbers.prints, row, 4, target, 3, score);
    return [tableLink(c.code, this.sheet, c.row, this.linkCol), textCell(c.name, WRAP_STYLE), max.cell, score.cell, target.cell, lost.cell, gap.cell];
  }

  /** The total of each figure column (max, score, target, lost, gap), blank where no row has a figure. */
  totals(last: number, style: CellStyle): Figure[] {
    const { numbers, roles } = this;
    const at = (col: number | undefined, row: number): Fixed | null => (col === undefined ? null : numbers.number(row, col));
    const max = this.criteria.map((c) => at(roles.max, c.row));
    const score = this.criteria.map((c) => at(roles.score, c.row));
    const target = this.criteria.map((c) => at(roles.target, c.row));
    // A column's cells are all blank exactly when a table column it reads is missing (linkedFigure,
    // differenceFigure); an empty list of criteria is never written.
    const columns: [boolean, (Fixed | null)[]][] = [
      [roles.max !== undefined, max],
      [roles.score !== undefined, score],
      [roles.target !== undefined, target],
      [roles.max !== undefined && roles.score !== undefined, max.map((m, i) => differenceValue(m, score[i]!))],
      [roles.target !== undefined && roles.score !== undefined, target.map((g, i) => differenceValue(g, score[i]!))],
    ];
    return columns.map(([written, values], i) => (written ? columnTotalOfValues(i + 2, this.first, last, values, style) : NO_FIGURE));
  }
}

/** A section takes its title, its column headers and one row at least before Excel's last row. */
const SECTION_ROWS = 3;

/**
 * The task list under its column headers; returns how many tasks did not fit above Excel's last row
 * (a plan larger than a sheet), which the list's last row then counts, with `alsoLeftOut` more.
 */
function taskRows(w: BlockWriter, analysis: Analysis, agency: AgencySummary, tasks: readonly AgencyTask[], t: Translate, alsoLeftOut = 0): number {
  w.add(
    headers(t, [
      'sheet.head.code',
      'sheet.head.criterion',
      'sheet.head.task',
      'sheet.head.product',
      'sheet.head.deadline',
      'sheet.head.partners',
    ]),
  );
  return w.describeWithinSheet(new TaskRun(tasks, agency.name, analysis.sheet, linkColumn(analysis)), (count) => [
    textCell(t('sheet.agency.tasksOmitted', { count: count + alsoLeftOut }), WRAP_STYLE),
  ]);
}

/** One agency's share of the plan: its criteria and points, the tasks it leads and those it supports. */
export function buildAgencySheet(analysis: Analysis, agency: AgencySummary, name: string, t: Translate, numbers: TableNumbers): PlanSheet {
  const w = new BlockWriter();
  // The sheet name may be shortened: the full name always heads the sheet.
  w.add([textCell(agency.name, TITLE_STYLE)]);
  w.add([textCell(t('sheet.agency.source', { sheet: analysis.sheet }))]);
  if (agency.kind === 'group') w.add([textCell(t('sheet.agency.group'))]);
  w.add();

  if (agency.criteria.length > 0) {
    w.add([textCell(t('sheet.agency.criteria', { count: agency.criteria.length }), SECTION_STYLE)]);
    w.add(
      headers(t, [
        'sheet.head.code',
        'sheet.head.criterion',
        'sheet.head.max',
        'sheet.head.score',
        'sheet.head.target',
        'sheet.head.lost',
        'sheet.head.gap',
      ]),
    );
    const first = w.nextRow;
    const run = new CriteriaRun(agency.criteria, first, analysis.sheet, linkColumn(analysis), pointColumns(analysis), numbers);
    w.describe(run);
    const last = w.nextRow - 1;
    const bold = { bold: true } as const;
    w.add([textCell(t('sheet.agency.total'), bold), { value: agency.totals.count, style: bold }, ...run.totals(last, bold).map((f) => f.cell)]);
    w.add();
  }

  if (agency.tasks.length > 0) {
    w.add([textCell(t('sheet.agency.tasks', { count: agency.tasks.length }), SECTION_STYLE)]);
    // Cut short, the list fills the sheet: the tasks it supports are counted in its last row.
    const leftOut = taskRows(w, analysis, agency, agency.tasks, t, agency.coordinates.length);
    if (leftOut === 0 && w.roomLeft > 0) w.add();
  }

  if (agency.coordinates.length > 0 && w.roomLeft >= SECTION_ROWS) {
    w.add([textCell(t('sheet.agency.coordinates', { count: agency.coordinates.length }), SECTION_STYLE)]);
    taskRows(w, analysis, agency, agency.coordinates, t);
  } else if (agency.coordinates.length > 0 && w.roomLeft > 0) {
    w.add([textCell(t('sheet.agency.tasksOmitted', { count: agency.coordinates.length }), WRAP_STYLE)]);
  }

  return {
    name,
    role: 'agency',
    owned: true,
    blocks: [w.block()],
    columnWidths: [
      { col: 0, width: 14 },
      { col: 1, width: 40 },
      { col: 2, width: 45 },
      { col: 3, width: 30 },
      { col: 4, width: 16 },
      { col: 5, width: 30 },
      { col: 6, width: 14 },
    ],
    conditionalFormats: [],
  };
}

/** Agencies and groups that lead something get a sheet; one that only supports others does not. */
export function leadsSomething(agency: AgencySummary): boolean {
  return agency.criteria.length > 0 || agency.tasks.length > 0;
}
