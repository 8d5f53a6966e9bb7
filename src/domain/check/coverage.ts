import type { CriteriaNode } from '../criteria/types';
import type { CodedRow } from '../score/structure';
import type { CellRef, TableRow } from '../table/types';
import { codeCell } from './codes';
import { columnOf, makeFinding, type CheckContext } from './context';
import type { Finding } from './types';

/** A node counts as present when its row, or a row of any of its descendants, is in the table. */
function presence(ctx: CheckContext): (code: string) => boolean {
  // Every dotted prefix of every row's code ("2", "2.4", "2.4.1"): one lookup instead of a scan of all rows.
  const present = new Set<string>();
  for (const e of ctx.structure.coded) {
    const parts = e.canonical.split('.');
    for (let i = 1; i <= parts.length; i++) present.add(parts.slice(0, i).join('.'));
  }
  return (code) => present.has(code);
}

/**
 * missing-criterion (info) for score tables: a tree child is reported only where the table lists
 * at least one of its siblings, so a sheet that deliberately stops at criteria is not flooded.
 */
export function missingCriterionFindings(ctx: CheckContext): Finding[] {
  if (!ctx.isScoreTable || ctx.structure.coded.length === 0) return [];
  const present = presence(ctx);
  const out: Finding[] = [];
  const report = (missing: readonly CriteriaNode[], cell: CellRef, parentCode: string | null): void => {
    for (const node of missing) {
      out.push(
        makeFinding(ctx, {
          rule: 'missing-criterion',
          severity: 'info',
          cell,
          code: node.code,
          expected: node.code,
          params: { name: node.name, parentCode: parentCode ?? '' },
        }),
      );
    }
  };
  const groups: { readonly kids: readonly CriteriaNode[]; readonly cell: CellRef; readonly parent: string | null }[] = [];
  const top = ctx.structure.totalRow ? codeCell(ctx.structure.totalRow) : headerCell(ctx);
  groups.push({ kids: ctx.index.areas(), cell: top, parent: null });
  // A node is also present through its descendants (a sheet listing 2.2 without an area 2 row).
  for (const node of ctx.index.set.nodes) {
    if (!present(node.code)) continue;
    const at = ctx.structure.byCode.get(node.code) ?? ctx.structure.coded.find((e) => e.canonical.startsWith(`${node.code}.`));
    if (at) groups.push({ kids: ctx.index.children(node.code), cell: codeCell(at.row), parent: at.canonical === node.code ? at.code : node.code });
  }
  for (const group of groups) {
    if (!group.kids.some((k) => present(k.code))) continue;
    report(
      group.kids.filter((k) => !present(k.code)),
      group.cell,
      group.parent,
    );
  }
  return out;
}

export function headerCell(ctx: CheckContext): CellRef {
  const { layout } = ctx.table;
  const first = Math.min(...layout.columns.map((c) => c.col));
  return { row: layout.headerRow, col: Number.isFinite(first) ? first : 0 };
}

function hasLead(row: TableRow): boolean {
  return row.lead.length > 0;
}

/** A lead written on a parent row (seed 002 area 6) covers the rows under it. */
function leadInherited(ctx: CheckContext, entry: CodedRow): boolean {
  let current: CodedRow | undefined = entry;
  for (let guard = 0; current && guard < 8; guard++) {
    if (hasLead(current.row)) return true;
    current = current.parent === null ? undefined : ctx.structure.byCode.get(current.parent);
  }
  return false;
}

/**
 * missing-lead (warning): a scored leaf no agency leads, or a task row without a lead. Only when
 * the table has a lead column at all.
 */
export function missingLeadFindings(ctx: CheckContext): Finding[] {
  const leadCol = columnOf(ctx, 'lead');
  if (leadCol === null) return [];
  if (ctx.isScoreTable) {
    return ctx.structure.coded
      .filter((e) => e.level !== 'area' && ctx.structure.children(e.canonical).length === 0 && !leadInherited(ctx, e))
      .map((e) =>
        makeFinding(ctx, {
          rule: 'missing-lead',
          severity: 'warning',
          cell: e.row.leadCell ?? { row: e.row.row, col: leadCol },
          code: e.code,
        }),
      );
  }
  return ctx.table.rows
    .filter((row) => row.kind === 'task' || row.kind === 'criterion')
    .filter((row) => (row.task?.text.trim() ?? '') !== '' && !hasLead(row))
    .map((row) =>
      makeFinding(ctx, {
        rule: 'missing-lead',
        severity: 'warning',
        cell: row.leadCell ?? { row: row.row, col: leadCol },
        code: row.code.codes[0] ?? null,
        messageKey: 'finding.missing-lead.task',
      }),
    );
}
