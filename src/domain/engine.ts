import type { AnalyzeOptions, AnalyzeResult } from './analysis';
import { summarizeAgencies, type AgencySummary } from './agencies';
import { checkTable, DEFAULT_TOLERANCE, type CheckOptions } from './check';
import { criteriaIndex, detectCriteriaSet, getCriteriaSet, isCustomSet, methodologyOf, otherMixedSet } from './criteria';
import type { CriteriaSet, CriteriaSpec } from './criteria/types';
import { EMPTY_CELL, type Grid } from './grid';
import { buildStructure, scoreTable } from './score';
import { detectPlanYear, hasInheritedCode, readTable } from './table';
import type { ReadTable } from './table/types';

export type EngineOptions = AnalyzeOptions & {
  /** The tool's own output columns (from the marker): masked so they are never read as data. */
  readonly ownedColumns?: readonly number[];
};

/**
 * The grid with the given columns emptied. Without this a second run would read the first run's
 * subtotal and check columns as part of the table (and push lastUsedCol past them).
 */
function maskColumns(grid: Grid, columns: readonly number[]): Grid {
  if (columns.length === 0) return grid;
  const masked = new Set(columns.map((c) => c - grid.originCol));
  return {
    ...grid,
    cells: grid.cells.map((row) => row.map((cell, i) => (masked.has(i) ? EMPTY_CELL : cell))),
    merges: grid.merges.filter((m) => {
      for (let c = m.col; c < m.col + m.colCount; c++) if (!columns.includes(c)) return true;
      return false;
    }),
  };
}

/**
 * What the detector compares with the criteria sets: every code, and every name written, as rows
 * (codes[i] beside names[i]), so a name is judged with the code printed beside it. The total row
 * is no criterion; a cell of several codes gives each code without a name (the name is not theirs alone).
 */
function codesAndNames(table: ReadTable): { codes: string[]; names: string[] } {
  // Sized once, since growing lists this long reallocates a large backing store over and over
  // (measured: half the cost of this loop at 50,000 rows); trimmed at the end.
  const codes: string[] = new Array<string>(table.rows.length);
  const names: string[] = new Array<string>(table.rows.length);
  let n = 0;
  for (const row of table.rows) {
    if (row.kind === 'total') continue;
    // A task row that took its criterion's code says nothing the criterion row did not.
    const inherited = hasInheritedCode(row);
    const written = inherited ? [] : row.code.codes;
    const name = row.name?.text || (inherited ? '' : row.code.rest);
    if (written.length === 1) {
      codes[n] = written[0]!;
      names[n++] = name;
    } else if (written.length === 0) {
      if (!name) continue;
      codes[n] = '';
      names[n++] = name;
    } else {
      // A loop, not push(...codes): no spread call per row.
      for (const code of written) {
        codes[n] = code;
        names[n++] = '';
      }
    }
  }
  codes.length = n;
  names.length = n;
  return { codes, names };
}

/** grid -> table -> criteria set -> findings, scores, agencies: everything one check produces. */
export function analyze(grid: Grid, options: EngineOptions = {}): AnalyzeResult {
  const sheet = maskColumns(grid, options.ownedColumns ?? []);
  const planYear = options.planYear ?? detectPlanYear(sheet);
  const read = readTable(sheet, { overrides: options.overrides, planYear });
  if (!read.ok) return { ok: false, failure: read.failure };
  const { table } = read;

  const { codes, names } = codesAndNames(table);
  const detected = detectCriteriaSet(codes, names);
  const choice: CriteriaSpec = options.criteria ?? 'auto';
  const criteria: CriteriaSet = typeof choice === 'object' ? choice : getCriteriaSet(choice === 'auto' ? detected.id : choice);
  const index = criteriaIndex(criteria);
  // Check and score both walk the table's own tree: built here, once.
  const structure = buildStructure(table.rows, index);

  const other = otherMixedSet(detected, methodologyOf(criteria));
  const checkOptions: CheckOptions = {
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    // Two national methodologies in one sheet only means something for a set that follows one:
    // a province's own index (cấp sở, cấp huyện) has codes of its own.
    mixedMethodology: detected.mixed && methodologyOf(criteria) !== null,
    // Every field always present (undefined when not mixed): a literal of one shape keeps one
    // hidden class, which checkTable's optimised code keeps; spread-in fields made a new one per table.
    mixedKind: detected.mixedKind,
    mixedWith: other,
  };
  const findings = checkTable(table, index, checkOptions, structure);
  const { lines, totals } = scoreTable(table, index, structure);
  let agencies: AgencySummary[] | undefined;

  return {
    ok: true,
    analysis: {
      sheet: grid.sheet,
      table,
      criteria,
      criteriaChosenBy: choice === 'auto' ? 'detected' : typeof choice === 'object' && isCustomSet(choice) ? 'custom' : 'forced',
      findings,
      lines,
      totals,
      // Made on first read, once: a report that only counts the agencies (countAgencies) never builds
      // their lists, nor loads the Vietnamese collator to sort them.
      get agencies(): AgencySummary[] {
        return (agencies ??= summarizeAgencies(table, lines));
      },
    },
  };
}
