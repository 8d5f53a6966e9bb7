import { a1 } from '../address';
import type { Analysis } from '../analysis';
import type { Finding } from '../check/types';
import type { Translate } from '../../i18n/types';
import { BlockWriter, HEADER_STYLE, SECTION_STYLE, TITLE_STYLE, WRAP_STYLE, linkCell, linkColumn, textCell } from './cells';
import { FIXED_STYLE, NO_FIGURE, differenceFigure, linkedFigure, rowDifferenceFigure, tableSumFigure, type Figure } from './live-cells';
import { pointColumns, type TableNumbers } from './operands';
import type { RowRun } from './row-blocks';
import type { PlanCell, PlanSheet } from './types';

function headers(t: Translate, keys: readonly string[]): PlanCell[] {
  return keys.map((k) => textCell(t(k), HEADER_STYLE));
}

/** Rows some line sums: the others are the top rows of their areas. */
function childRowsOf(analysis: Analysis): ReadonlySet<number> {
  const childRows = new Set<number>();
  for (const l of analysis.lines) for (const r of l.childRows) childRows.add(r);
  return childRows;
}

/**
 * By area, by kind and the totals, as formulas over the table's point cells (live-cells.ts).
 * Returns whether a figure had to be written as a fixed number.
 */
function scoreSections(w: BlockWriter, analysis: Analysis, t: Translate, numbers: TableNumbers): boolean {
  const { totals, sheet, lines } = analysis;
  const roles = pointColumns(analysis);
  const childRows = childRowsOf(analysis);
  const lineAt = new Map(lines.map((l) => [l.row, l] as const));
  let fixed = false;
  const sum = (col: number | undefined, rows: readonly number[]): Figure => {
    const figure = tableSumFigure(numbers, col, rows);
    fixed ||= figure.fixed;
    return figure;
  };

  w.add([textCell(t('sheet.summary.byArea'), SECTION_STYLE)]);
  w.add(
    headers(t, [
      'sheet.head.code',
      'sheet.head.area',
      'sheet.head.max',
      'sheet.head.score',
      'sheet.head.target',
      'sheet.head.lost',
      'sheet.head.recomputed',
    ]),
  );
  for (const area of totals.byArea) {
    const row = w.nextRow;
    let own: [Figure, Figure, Figure];
    let parts: readonly number[];
    if (area.row !== null) {
      own = [
        linkedFigure(numbers, area.row, roles.max, undefined, row),
        linkedFigure(numbers, area.row, roles.score, undefined, row),
        linkedFigure(numbers, area.row, roles.target, undefined, row),
      ];
      parts = lineAt.get(area.row)?.childRows ?? [];
    } else {
      // Without an area row, the area is what its top rows add up to.
      parts = lines.filter((l) => l.area === area.code && !childRows.has(l.row)).map((l) => l.row);
      own = [sum(roles.max, parts), sum(roles.score, parts), sum(roles.target, parts)];
    }
    const [max, score, target] = own;
    w.add([
      area.row === null ? textCell(area.code) : linkCell(area.code, sheet, a1(area.row, linkColumn(analysis))),
      textCell(area.name),
      max.cell,
      score.cell,
      target.cell,
      rowDifferenceFigure(numbers.prints, row, 2, max, 3, score).cell,
      sum(roles.score, parts).cell,
    ]);
  }
  w.add();

  if (totals.byKind.length > 0) {
    w.add([textCell(t('sheet.summary.byKind'), SECTION_STYLE)]);
    w.add(headers(t, ['sheet.head.kind', 'sheet.head.max', 'sheet.head.score', 'sheet.head.target']));
    for (const k of totals.byKind) {
      const leaves = lines.filter((l) => l.childRows.length === 0 && l.kind === k.kind).map((l) => l.row);
      w.add([textCell(t(`sheet.kind.${k.kind}`)), sum(roles.max, leaves).cell, sum(roles.score, leaves).cell, sum(roles.target, leaves).cell]);
    }
    w.add();
  }

  w.add([textCell(t('sheet.summary.totals'), SECTION_STYLE)]);
  w.add(headers(t, ['sheet.head.item', 'sheet.head.max', 'sheet.head.score', 'sheet.head.target']));
  const statedAt = w.nextRow;
  const statedRow = totals.stated.row;
  const stated = [roles.max, roles.score, roles.target].map((col) => (statedRow === null ? NO_FIGURE : linkedFigure(numbers, statedRow, col)));
  const statedLabel =
    statedRow === null ? textCell(t('sheet.totals.stated')) : linkCell(t('sheet.totals.stated'), sheet, a1(statedRow, linkColumn(analysis)));
  w.add([statedLabel, ...stated.map((f) => f.cell)]);
  const recomputedAt = w.nextRow;
  const recomputed = [roles.max, roles.score, roles.target].map((col) => sum(col, totals.rootRows));
  w.add([textCell(t(totals.recomputedFrom ? `sheet.totals.recomputed.${totals.recomputedFrom}` : 'sheet.totals.recomputed')), ...recomputed.map((f) => f.cell)]);
  w.add([
    textCell(t('sheet.head.difference')),
    ...[0, 1, 2].map((i) => differenceFigure([statedAt, i + 1], stated[i]!, [recomputedAt, i + 1], recomputed[i]!).cell),
  ]);
  // Lost and gap from the recomputed totals, as the engine takes them.
  const [recMax, recScore, recTarget] = recomputed as [Figure, Figure, Figure];
  w.add([textCell(t('sheet.totals.lost')), null, differenceFigure([recomputedAt, 1], recMax, [recomputedAt, 2], recScore).cell]);
  w.add([textCell(t('sheet.totals.gap')), null, null, differenceFigure([recomputedAt, 3], recTarget, [recomputedAt, 2], recScore).cell]);
  w.add();
  return fixed;
}

/**
 * The findings, one row each, made as the sheet is written (row-blocks.ts): a large table with
 * many unknown codes has thousands, and made all in the plan they lived until written.
 */
class FindingRun implements RowRun {
  readonly length: number;
  readonly width = 4;

  private readonly t!: Translate;

  constructor(
    readonly findings: readonly Finding[],
    t: Translate,
  ) {
    this.length = findings.length;
    // A function, compared by identity: hidden from comparisons of plans (toEqual) as TaskRun's caches are.
    Object.defineProperty(this, 't', { enumerable: false, value: t });
  }

  row(i: number): (PlanCell | null)[] {
    const f = this.findings[i]!;
    const { t } = this;
    return [
      textCell(t(`severity.${f.severity}`)),
      linkCell(f.cell, f.sheet, f.cell),
      f.code === null ? null : textCell(f.code),
      textCell(t(f.messageKey, f.params), WRAP_STYLE),
    ];
  }
}

/** Where a custom set was defined, for the summary line that says so. */
function criteriaSourceParams(analysis: Analysis): { where: string } {
  const source = analysis.criteria.source;
  if (source?.kind === 'sheet') return { where: source.sheet };
  return { where: source?.kind === 'file' ? source.file : '' };
}

/** The run at a glance: by area, by kind, stated against recomputed totals, every finding with a link. */
export function buildSummarySheet(analysis: Analysis, name: string, t: Translate, numbers: TableNumbers): PlanSheet {
  const w = new BlockWriter();
  const shape = t(`sheet.summary.shape.${analysis.table.layout.shape === 'task' ? 'task' : 'score'}`);
  w.add([textCell(t('sheet.summary.title', { shape, sheet: analysis.sheet }), TITLE_STYLE)]);
  w.add([textCell(t('sheet.summary.criteria', { title: analysis.criteria.title, basis: analysis.criteria.basis }))]);
  w.add([textCell(t(`sheet.summary.criteria.${analysis.criteriaChosenBy}`, criteriaSourceParams(analysis)))]);
  w.add();

  if (analysis.table.layout.shape === 'score' && analysis.lines.length > 0) {
    w.add([textCell(t('sheet.summary.live', { sheet: analysis.sheet }))]);
    w.add();
    if (scoreSections(w, analysis, t, numbers)) {
      w.add([textCell(t('sheet.summary.fixedFigures'), FIXED_STYLE)]);
      w.add();
    }
  } else {
    w.add([textCell(t('sheet.summary.noScores'))]);
    w.add();
  }

  w.add([textCell(t('sheet.summary.findings', { count: analysis.findings.length }), SECTION_STYLE)]);
  // Findings are text from this run: no formula can say what a later check would find.
  w.add([textCell(t('sheet.summary.findingsOfRun'))]);
  if (analysis.findings.length === 0) w.add([textCell(t('sheet.summary.noFindings'))]);
  else {
    w.add(headers(t, ['sheet.head.severity', 'sheet.head.cell', 'sheet.head.code', 'sheet.head.message']));
    // More findings than a sheet has rows (a very large table): the list stops at Excel's last row and says so.
    w.describeWithinSheet(new FindingRun(analysis.findings, t), (count) => [textCell(t('sheet.summary.findingsOmitted', { count }), WRAP_STYLE)]);
  }

  return {
    name,
    role: 'summary',
    owned: true,
    blocks: [w.block()],
    columnWidths: [
      { col: 0, width: 22 },
      { col: 1, width: 45 },
      { col: 2, width: 12 },
      { col: 3, width: 60 },
      { col: 4, width: 12 },
      { col: 5, width: 12 },
      { col: 6, width: 16 },
    ],
    conditionalFormats: [],
  };
}
