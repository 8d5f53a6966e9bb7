import type { Fixed } from '../fixed';
import { mixedMethodologyMessage } from '../criteria/mixed';
import type { CriteriaIndex, CriteriaSetId } from '../criteria/types';
import { buildStructure, type TableStructure } from '../score/structure';
import type { ReadTable } from '../table/types';
import { duplicateFindings, rowCodeFindings } from './codes';
import { headerCell, missingCriterionFindings, missingLeadFindings } from './coverage';
import { makeContext, makeFinding } from './context';
import { areaMaximaFindings, maximaFromTableFinding } from './maxima';
import { sumFindings } from './sums';
import { DEFAULT_TOLERANCE } from './tolerance';
import type { Finding } from './types';
import { cellValueFindings, rowValueFindings } from './values';

export type { Finding, RuleId, Severity, MessageParams } from './types';
export { DEFAULT_TOLERANCE } from './tolerance';
export { countBySeverity } from './severity';

export interface CheckOptions {
  /** Largest subtotal difference still called rounding drift (default: DEFAULT_TOLERANCE, check/tolerance.ts). */
  readonly tolerance?: Fixed;
  /** The sheet mixes codes of both methodologies (from detectCriteriaSet). */
  readonly mixedMethodology?: boolean;
  /** What is mixed (default: the two methodologies); 'numberings' is Kế hoạch Vĩnh Phúc 2024's renumbering beside Kế hoạch Hà Tĩnh 2023's. */
  readonly mixedKind?: 'methodologies' | 'numberings';
  /** The other set a mix of methodologies takes codes from (from otherMixedSet), named in the warning. */
  readonly mixedWith?: CriteriaSetId;
}

/**
 * Every finding for one table, sorted by row, then column (stable within a cell). `structure` is
 * the table's under this index, when the caller has it already (analyze builds it once for check and score).
 */
export function checkTable(
  table: ReadTable,
  index: CriteriaIndex,
  options: CheckOptions = {},
  structure: TableStructure = buildStructure(table.rows, index),
): Finding[] {
  const ctx = makeContext(table, index, structure, options.tolerance ?? DEFAULT_TOLERANCE);
  const findings: Finding[] = [];
  if (options.mixedMethodology) {
    const { messageKey, params } =
      options.mixedKind === 'numberings'
        ? { messageKey: 'finding.mixed-methodology.numbering', params: undefined }
        : mixedMethodologyMessage(index.set, options.mixedWith);
    findings.push(makeFinding(ctx, { rule: 'mixed-methodology', severity: 'warning', at: headerCell(ctx), code: null, messageKey, params }));
  }
  // Every rule appends to the one list: no arrays per row.
  // The structure was built from these very rows, and lists its entries in their order.
  const entries = structure.inRowOrder;
  // A repeated code in a score table is reported once, as a duplicate: its name and maximum are
  // not also held against the node it repeats (the code is what is wrong, most often a typo).
  const repeats = ctx.isScoreTable && structure.repeats.size > 0 ? structure.repeats : null;
  let next = 0;
  for (const row of table.rows) {
    const entry = next < entries.length && entries[next]!.row === row ? entries[next++] : undefined;
    const code = entry?.code ?? row.code.codes[0] ?? null;
    const repeat = repeats !== null && entry !== undefined && repeats.has(entry);
    rowCodeFindings(ctx, row, entry, findings, repeat);
    cellValueFindings(ctx, row, code, findings);
    rowValueFindings(ctx, row, entry, findings, repeat);
  }
  duplicateFindings(ctx, findings);
  sumFindings(ctx, findings);
  areaMaximaFindings(ctx, findings);
  maximaFromTableFinding(ctx, findings);
  missingCriterionFindings(ctx, findings);
  missingLeadFindings(ctx, findings);
  // Array.prototype.sort is stable: findings of one cell keep the order they were found in.
  return findings.sort(byCell);
}

function byCell(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col;
}
