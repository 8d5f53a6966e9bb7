import { a1 } from '../address';
import type { Analysis } from '../analysis';
import { subFixed, type Fixed } from '../fixed';
import type { Translate } from '../../i18n/types';
import { BlockWriter, HEADER_STYLE, SECTION_STYLE, TITLE_STYLE, linkCell, linkColumn, pointsCell, textCell } from './cells';
import type { PlanCell, PlanSheet } from './types';

function headers(t: Translate, keys: readonly string[]): PlanCell[] {
  return keys.map((k) => textCell(t(k), HEADER_STYLE));
}

function difference(a: Fixed | null, b: Fixed | null): Fixed | null {
  return a === null || b === null ? null : subFixed(a, b);
}

function scoreSections(w: BlockWriter, analysis: Analysis, t: Translate): void {
  const { totals, sheet } = analysis;

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
    w.add([
      area.row === null ? textCell(area.code) : linkCell(area.code, sheet, a1(area.row, linkColumn(analysis))),
      textCell(area.name),
      pointsCell(area.max),
      pointsCell(area.score),
      pointsCell(area.target),
      pointsCell(area.lost),
      pointsCell(area.recomputed.score),
    ]);
  }
  w.add();

  if (totals.byKind.length > 0) {
    w.add([textCell(t('sheet.summary.byKind'), SECTION_STYLE)]);
    w.add(headers(t, ['sheet.head.kind', 'sheet.head.max', 'sheet.head.score', 'sheet.head.target']));
    for (const k of totals.byKind) {
      w.add([textCell(t(`sheet.kind.${k.kind}`)), pointsCell(k.max), pointsCell(k.score), pointsCell(k.target)]);
    }
    w.add();
  }

  w.add([textCell(t('sheet.summary.totals'), SECTION_STYLE)]);
  w.add(headers(t, ['sheet.head.item', 'sheet.head.max', 'sheet.head.score', 'sheet.head.target']));
  const statedLabel =
    totals.stated.row === null
      ? textCell(t('sheet.totals.stated'))
      : linkCell(t('sheet.totals.stated'), sheet, a1(totals.stated.row, linkColumn(analysis)));
  w.add([statedLabel, pointsCell(totals.stated.max), pointsCell(totals.stated.score), pointsCell(totals.stated.target)]);
  w.add([
    textCell(t(totals.recomputedFrom ? `sheet.totals.recomputed.${totals.recomputedFrom}` : 'sheet.totals.recomputed')),
    pointsCell(totals.recomputed.max),
    pointsCell(totals.recomputed.score),
    pointsCell(totals.recomputed.target),
  ]);
  w.add([
    textCell(t('sheet.head.difference')),
    pointsCell(difference(totals.stated.max, totals.recomputed.max)),
    pointsCell(difference(totals.stated.score, totals.recomputed.score)),
    pointsCell(difference(totals.stated.target, totals.recomputed.target)),
  ]);
  w.add([textCell(t('sheet.totals.lost')), null, pointsCell(totals.lost)]);
  w.add([textCell(t('sheet.totals.gap')), null, null, pointsCell(totals.gapToTarget)]);
  w.add();
}

/** The run at a glance: by area, by kind, stated against recomputed totals, every finding with a link. */
/** Where a custom set was defined, for the summary line that says so. */
function criteriaSourceParams(analysis: Analysis): { where: string } {
  const source = analysis.criteria.source;
  if (source?.kind === 'sheet') return { where: source.sheet };
  return { where: source?.kind === 'file' ? source.file : '' };
}

export function buildSummarySheet(analysis: Analysis, name: string, t: Translate): PlanSheet {
  const w = new BlockWriter();
  const shape = t(`sheet.summary.shape.${analysis.table.layout.shape === 'task' ? 'task' : 'score'}`);
  w.add([textCell(t('sheet.summary.title', { shape, sheet: analysis.sheet }), TITLE_STYLE)]);
  w.add([textCell(t('sheet.summary.criteria', { title: analysis.criteria.title, basis: analysis.criteria.basis }))]);
  w.add([textCell(t(`sheet.summary.criteria.${analysis.criteriaChosenBy}`, criteriaSourceParams(analysis)))]);
  w.add();

  if (analysis.table.layout.shape === 'score' && analysis.lines.length > 0) scoreSections(w, analysis, t);
  else {
    w.add([textCell(t('sheet.summary.noScores'))]);
    w.add();
  }

  w.add([textCell(t('sheet.summary.findings', { count: analysis.findings.length }), SECTION_STYLE)]);
  if (analysis.findings.length === 0) w.add([textCell(t('sheet.summary.noFindings'))]);
  else {
    w.add(headers(t, ['sheet.head.severity', 'sheet.head.cell', 'sheet.head.code', 'sheet.head.message']));
    for (const f of analysis.findings) {
      w.add([
        textCell(t(`severity.${f.severity}`)),
        linkCell(f.cell, f.sheet, f.cell),
        f.code === null ? null : textCell(f.code),
        textCell(t(f.messageKey, f.params), { wrap: true }),
      ]);
    }
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
