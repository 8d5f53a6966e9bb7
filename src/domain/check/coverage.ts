import type { CriteriaNode, CriteriaSet } from '../criteria/types';
import type { CodedRow } from '../score/structure';
import type { CellRef, TableRow } from '../table/types';
import { codeCell } from './codes';
import { columnOf, makeFinding, type CheckContext } from './context';
import type { Finding } from './types';

/**
 * The tree's codes among the dotted prefixes of every row's code ("2", "2.4", "2.4.1"): a node
 * counts as present when its row, or a row of any of its descendants, is in the table; one lookup
 * instead of a scan of all rows. Only nodes are ever asked about, so only their codes are kept: a
 * table of codes outside the tree would otherwise add every row's code and prefixes.
 */
function presentCodes(ctx: CheckContext): Set<string> {
  const { codes: nodeCodes, areas: nodeAreas } = nodeCodesOf(ctx.index.set);
  const present = new Set<string>();
  for (const e of ctx.structure.coded) {
    // Every prefix starts with the row's area: none is a node's code unless some node's code starts so.
    if (!nodeAreas.has(e.area)) continue;
    // The prefixes are the code cut at each dot, longest first. A node's code kept once means its
    // shorter prefixes were walked then too.
    let prefix = e.canonical;
    for (;;) {
      if (nodeCodes.has(prefix)) {
        if (present.has(prefix)) break;
        present.add(prefix);
      }
      const dot = prefix.lastIndexOf('.');
      if (dot < 0) break;
      prefix = prefix.slice(0, dot);
    }
  }
  return present;
}

/** A set's codes, and their first segments (what a row's `area` is to its code). */
interface NodeCodes {
  readonly codes: ReadonlySet<string>;
  readonly areas: ReadonlySet<string>;
}

const setCodes = new WeakMap<CriteriaSet, NodeCodes>();
function nodeCodesOf(set: CriteriaSet): NodeCodes {
  let known = setCodes.get(set);
  if (known === undefined) {
    const codes = new Set(set.nodes.map((node) => node.code));
    const areas = new Set([...codes].map((code) => (code.includes('.') ? code.slice(0, code.indexOf('.')) : code)));
    known = { codes, areas };
    setCodes.set(set, known);
  }
  return known;
}

/**
 * The first entry (in sheet order) under each code: what coded.find(canonical starts with `${code}.`)
 * gives, for every code at once.
 */
function firstUnder(ctx: CheckContext): Map<string, CodedRow> {
  const out = new Map<string, CodedRow>();
  for (const e of ctx.structure.coded) {
    let prefix = e.canonical;
    for (let dot = prefix.lastIndexOf('.'); dot >= 0; dot = prefix.lastIndexOf('.')) {
      prefix = prefix.slice(0, dot);
      if (out.has(prefix)) break;
      out.set(prefix, e);
    }
  }
  return out;
}

/**
 * missing-criterion (info) for score tables: a tree child is reported only where the table lists
 * at least one of its siblings, so a sheet that deliberately stops at criteria is not flooded.
 * Appended to `out`.
 */
export function missingCriterionFindings(ctx: CheckContext, out: Finding[]): void {
  if (!ctx.isScoreTable || ctx.structure.coded.length === 0) return;
  const present = presentCodes(ctx);
  const groups: { readonly kids: readonly CriteriaNode[]; readonly cell: CellRef; readonly parent: string | null }[] = [];
  const top = ctx.structure.totalRow ? codeCell(ctx.structure.totalRow) : headerCell(ctx);
  groups.push({ kids: ctx.index.areas(), cell: top, parent: null });
  // Built on first need: most present nodes have a row of their own.
  let under: Map<string, CodedRow> | null = null;
  // A node is also present through its descendants (a sheet listing 2.2 without an area 2 row).
  for (const node of ctx.index.set.nodes) {
    if (!present.has(node.code)) continue;
    let at = ctx.structure.byCode.get(node.code);
    if (at === undefined) {
      under ??= firstUnder(ctx);
      at = under.get(node.code);
    }
    if (at) groups.push({ kids: ctx.index.children(node.code), cell: codeCell(at.row), parent: at.canonical === node.code ? at.code : node.code });
  }
  for (const group of groups) {
    if (!group.kids.some((k) => present.has(k.code))) continue;
    for (const node of group.kids) {
      if (present.has(node.code)) continue;
      out.push(
        makeFinding(ctx, {
          rule: 'missing-criterion',
          severity: 'info',
          at: group.cell,
          code: node.code,
          expected: node.code,
          messageKey: 'finding.missing-criterion',
          params: { name: node.name, parentCode: group.parent ?? '' },
        }),
      );
    }
  }
}

export function headerCell(ctx: CheckContext): CellRef {
  const { layout } = ctx.table;
  const first = Math.min(...layout.columns.map((c) => c.col));
  return { row: layout.headerRow, col: Number.isFinite(first) ? first : 0 };
}

function hasLead(row: TableRow): boolean {
  return row.lead.length > 0;
}

/** A lead written on a parent row (Kế hoạch Đắk Lắk 2020 area 6) covers the rows under it. */
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
 * the table has a lead column at all. Appended to `out`.
 */
export function missingLeadFindings(ctx: CheckContext, out: Finding[]): void {
  const leadCol = columnOf(ctx, 'lead');
  if (leadCol === null) return;
  if (ctx.isScoreTable) {
    for (const e of ctx.structure.coded) {
      if (e.level === 'area' || ctx.structure.children(e.canonical).length !== 0 || leadInherited(ctx, e)) continue;
      out.push(
        makeFinding(ctx, {
          rule: 'missing-lead',
          severity: 'warning',
          at: e.row.leadCell ?? { row: e.row.row, col: leadCol },
          code: e.code,
          messageKey: 'finding.missing-lead',
        }),
      );
    }
    return;
  }
  for (const row of ctx.table.rows) {
    if (row.kind !== 'task' && row.kind !== 'criterion') continue;
    if ((row.task?.text.trim() ?? '') === '' || hasLead(row)) continue;
    out.push(
      makeFinding(ctx, {
        rule: 'missing-lead',
        severity: 'warning',
        at: row.leadCell ?? { row: row.row, col: leadCol },
        code: row.code.codes[0] ?? null,
        messageKey: 'finding.missing-lead.task',
      }),
    );
  }
}
