import type { Fixed } from '../fixed';
import type { CodedRow } from '../score/structure';
import { sumOfRole, valueOf } from '../score/values';
import { headerCell } from './coverage';
import { abs, columnLabel, makeFinding, plain, type CheckContext } from './context';
import type { Finding } from './types';

/*
 * The 2022-2030 decision (QĐ 876/QĐ-BNV) sets maxima for the eight areas only (and SIPAS,
 * 8.1, at 10): below that, a province's table carries the maxima of the year's guidance in its own
 * "Điểm tối đa" column. Those maxima are then the measure of every score, so they are held to the
 * one thing the decision does fix: together they make up each area's maximum.
 */

/** The rows the sheet places directly under an area: its children when it has a row, else its top rows. */
function areaParts(ctx: CheckContext, area: string): readonly CodedRow[] {
  if (ctx.structure.byCode.has(area)) return ctx.structure.children(area);
  return ctx.structure.roots.filter((e) => e.area === area && e.canonical !== area);
}

/**
 * max-sum-mismatch against the criteria set's area maximum, where the sheet states none for the
 * area itself (no area row, or a blank maximum there): the criteria's maxima must add up to it. Only
 * when the sheet lists every criterion the set has under the area, so a table of a few criteria
 * (those that lost points) is not held to the whole area. An area row that states a maximum is
 * checked against its children (sums) and against the set (max-mismatch) already.
 */
export function areaMaximaFindings(ctx: CheckContext, out: Finding[]): void {
  if (!ctx.isScoreTable || !ctx.columns.has('max')) return;
  for (const area of ctx.index.areas()) {
    if (area.max === null) continue;
    const row = ctx.structure.byCode.get(area.code);
    if (row && valueOf(row.row, 'max') !== null) continue;
    const parts = areaParts(ctx, area.code);
    if (parts.length === 0) continue;
    const listed = new Set(parts.map((p) => p.canonical));
    if (!ctx.index.children(area.code).every((child) => listed.has(child.code))) continue;
    const sum = sumOfRole(parts, 'max');
    if (sum === null || sum === area.max) continue;
    const at = parts[0]!.row.numbers.max?.cell;
    if (!at) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'max-sum-mismatch',
        severity: 'error',
        at,
        code: area.code,
        expected: plain(area.max),
        actual: plain(sum),
        messageKey: 'finding.max-sum-mismatch.decision',
        params: {
          column: columnLabel(ctx, 'max'),
          sum: plain(sum),
          expected: plain(area.max),
          difference: plain(abs((sum - area.max) as Fixed)),
          basis: ctx.index.set.basis || ctx.index.set.title,
          sheet: ctx.table.layout.sheet,
        },
      }),
    );
  }
}

/**
 * maxima-from-table (info, once): the table gives maxima below area level for nodes the criteria set
 * has without a maximum, so those maxima are the table's own (checked to add up, not against the
 * set). A code the set does not know is reported as such, not counted here.
 */
export function maximaFromTableFinding(ctx: CheckContext, out: Finding[]): void {
  if (!ctx.isScoreTable || !ctx.columns.has('max')) return;
  let count = 0;
  for (const entry of ctx.structure.coded) {
    if (entry.level === 'area' || !entry.node || entry.node.max !== null) continue;
    if (valueOf(entry.row, 'max') !== null) count++;
  }
  if (count === 0) return;
  out.push(
    makeFinding(ctx, {
      rule: 'maxima-from-table',
      severity: 'info',
      at: headerCell(ctx),
      code: null,
      messageKey: 'finding.maxima-from-table',
      params: { count, column: columnLabel(ctx, 'max'), basis: ctx.index.set.basis || ctx.index.set.title, sheet: ctx.table.layout.sheet },
    }),
  );
}
