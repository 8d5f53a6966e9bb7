import { fixed, type Fixed } from '../fixed';
import { isCustomSet, methodologyOf } from '../criteria/sets';
import type { CriteriaIndex, CriteriaSet } from '../criteria/types';
import { buildStructure, type CodedRow } from '../score/structure';
import type { ReadTable, TableRow } from '../table/types';
import { duplicateFindings, rowCodeFindings } from './codes';
import { headerCell, missingCriterionFindings, missingLeadFindings } from './coverage';
import { makeFinding, type CheckContext } from './context';
import { sumFindings } from './sums';
import type { Finding, MessageParams } from './types';
import { cellValueFindings, rowValueFindings } from './values';

export type { Finding, RuleId, Severity, MessageParams } from './types';

export interface CheckOptions {
  /** Largest subtotal difference still called rounding drift (default 0.02 points). */
  readonly tolerance?: Fixed;
  /** The sheet mixes codes of both methodologies (from detectCriteriaSet). */
  readonly mixedMethodology?: boolean;
  /** What is mixed (default: the two methodologies); 'numberings' is seed 003's renumbering beside seed 000's. */
  readonly mixedKind?: 'methodologies' | 'numberings';
}

export const DEFAULT_TOLERANCE: Fixed = fixed(0.02);

/** Which set the mixed table is checked against: a built-in methodology, or the custom set by its title. */
function mixedMessage(set: CriteriaSet): { messageKey: string; params?: MessageParams } {
  if (!isCustomSet(set)) return { messageKey: `finding.mixed-methodology.${set.id}` };
  return { messageKey: 'finding.mixed-methodology.custom', params: { set: set.title, methodology: methodologyOf(set) ?? '' } };
}

function entriesByRow(rows: readonly CodedRow[]): Map<TableRow, CodedRow> {
  return new Map(rows.map((e) => [e.row, e]));
}

/** Every finding for one table, sorted by row, then column (stable within a cell). */
export function checkTable(table: ReadTable, index: CriteriaIndex, options: CheckOptions = {}): Finding[] {
  const structure = buildStructure(table.rows, index);
  const ctx: CheckContext = {
    table,
    index,
    structure,
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    isScoreTable: table.layout.shape === 'score',
  };
  const findings: Finding[] = [];
  if (options.mixedMethodology) {
    findings.push(
      makeFinding(ctx, {
        rule: 'mixed-methodology',
        severity: 'warning',
        cell: headerCell(ctx),
        code: null,
        ...(options.mixedKind === 'numberings' ? { messageKey: 'finding.mixed-methodology.numbering' } : mixedMessage(index.set)),
      }),
    );
  }
  const entries = entriesByRow([...structure.coded, ...structure.duplicates.map((d) => d.repeat)]);
  for (const row of table.rows) {
    const entry = entries.get(row);
    const code = entry?.code ?? row.code.codes[0] ?? null;
    findings.push(...rowCodeFindings(ctx, row), ...cellValueFindings(ctx, row, code), ...rowValueFindings(ctx, row, entry));
  }
  findings.push(...duplicateFindings(ctx), ...sumFindings(ctx), ...missingCriterionFindings(ctx), ...missingLeadFindings(ctx));
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => a.finding.row - b.finding.row || a.finding.col - b.finding.col || a.order - b.order)
    .map((x) => x.finding);
}
