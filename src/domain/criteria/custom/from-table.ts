import { a1 } from '../../address';
import type { Analysis } from '../../analysis';
import type { Finding } from '../../check/types';
import { buildStructure } from '../../score/structure';
import { fold } from '../../text';
import { valueOf } from '../../score/values';
import { criteriaIndex, getCriteriaSet, isCustomSet, methodologyOf } from '../sets';
import type { CriteriaSet, CriteriaSource } from '../types';
import { buildCustomSet } from './build';
import type { CriteriaIssue, DraftNode, DraftSet } from './types';

/*
 * A province's score table carries, in its "Điểm tối đa" column, the maxima the year's guidance gives
 * below the areas, which QĐ 876/QĐ-BNV does not set. Once those maxima are consistent (they
 * add up to every parent and to the decision's areas), the table can become the province's criteria
 * set: the built-in set extended by the table's maxima, and by the rows the built-in copy lacks.
 */

type FromTableRefusal =
  /** Not a score table, or no maximum column: there are no maxima to take. */
  | 'no-maxima-column'
  /** The table is already checked against a set of the user's own: edit that set instead. */
  | 'custom-set'
  /** The table gives no maximum the set does not already have. */
  | 'nothing-new'
  /** Findings on the maxima (listed in `blocking`): the set would carry the same mistakes. */
  | 'inconsistent';

export type FromTableResult =
  | { readonly ok: true; readonly set: CriteriaSet; readonly filled: number; readonly added: number; readonly issues: readonly CriteriaIssue[] }
  | {
      readonly ok: false;
      readonly reason: FromTableRefusal | 'invalid-set';
      readonly blocking: readonly Finding[];
      readonly issues: readonly CriteriaIssue[];
    };

/** Rules whose findings mean the table's maxima (or the rows they sit on) cannot be trusted as a set. */
const BLOCKING_RULES: ReadonlySet<Finding['rule']> = new Set(['max-sum-mismatch', 'max-mismatch', 'duplicate-code', 'unknown-code']);
/** Cell problems that block only when they are in the maximum column. */
const BLOCKING_IN_MAX_COLUMN: ReadonlySet<Finding['rule']> = new Set(['not-a-number', 'negative-value']);

function blockingFindings(analysis: Analysis, maxCol: number): Finding[] {
  return analysis.findings.filter(
    (f) =>
      (BLOCKING_RULES.has(f.rule) && (f.severity === 'error' || f.rule === 'max-sum-mismatch')) ||
      (BLOCKING_IN_MAX_COLUMN.has(f.rule) && f.col === maxCol),
  );
}

interface FromTableOptions {
  /** Where the set will live (the sheet written, in a workbook or a new file). */
  readonly source: Exclude<CriteriaSource, { kind: 'built-in' }>;
  /** The table's file, named in the set's title and basis when known. */
  readonly tableFile?: string;
}

/** The set a consistent score table makes: see the module comment. */
export function criteriaSetFromTable(analysis: Analysis, options: FromTableOptions): FromTableResult {
  const refuse = (reason: FromTableRefusal, blocking: readonly Finding[] = []): FromTableResult => ({ ok: false, reason, blocking, issues: [] });
  const { table } = analysis;
  const maxColumn = table.layout.columns.find((c) => c.role === 'max');
  if (table.layout.shape !== 'score' || !maxColumn) return refuse('no-maxima-column');
  const baseId = methodologyOf(analysis.criteria);
  if (isCustomSet(analysis.criteria) || baseId === null) return refuse('custom-set');
  const blocking = blockingFindings(analysis, maxColumn.col);
  if (blocking.length > 0) return refuse('inconsistent', blocking);

  const base = getCriteriaSet(baseId);
  const index = criteriaIndex(analysis.criteria);
  const structure = buildStructure(table.rows, index);
  const nodes: DraftNode[] = [];
  let filled = 0;
  let added = 0;
  for (const entry of structure.coded) {
    const max = valueOf(entry.row, 'max');
    const cell = entry.row.numbers.max?.cell;
    if (max === null || !cell) continue;
    const place = { sheet: analysis.sheet, cell: a1(cell.row, cell.col) };
    if (entry.node) {
      // Only what the set lacks: a maximum it already has is the decision's, and stays its source.
      if (entry.node.max !== null) continue;
      nodes.push({ code: entry.node.code, place, max: { value: max, place } });
      filled++;
    } else {
      nodes.push({ code: entry.canonical, place, max: { value: max, place }, ...(entry.name ? { name: { value: entry.name, place } } : {}) });
      added++;
    }
  }
  if (nodes.length === 0) return refuse('nothing-new');

  const from = options.tableFile ? `bảng “${analysis.sheet}” (${options.tableFile})` : `bảng “${analysis.sheet}”`;
  const place = { sheet: analysis.sheet, cell: a1(table.layout.headerRow, maxColumn.col) };
  // Its own id, so sets made from two tables are told apart (the title's slug would be cut short first).
  const slug = fold(analysis.sheet).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32);
  const draft: DraftSet = {
    source: options.source,
    place,
    fallbackTitle: base.title,
    id: { value: `custom:${baseId}-theo-bang${slug ? `-${slug}` : ''}`, place },
    title: { value: `${base.title} — điểm tối đa theo ${from}`, place },
    basis: { value: `${base.basis}; điểm tối đa dưới cấp lĩnh vực theo ${from}`, place },
    extends: { value: baseId, place },
    nodes,
  };
  const built = buildCustomSet(draft);
  if (!built.set) return { ok: false, reason: 'invalid-set', blocking: [], issues: built.issues };
  return { ok: true, set: built.set, filled, added, issues: built.issues };
}
