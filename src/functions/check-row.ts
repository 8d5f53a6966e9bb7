import { checkTable, type ReadTable, type TableLayout, type TableRow } from '../domain/api/analyze';
import type { Finding, RuleId } from '../domain/api/findings';
import type { CriteriaIndex } from '../domain/api/criteria';
import { parseNumber, type CellInput } from '../domain/api/cells';
import type { CodeArgument } from './arguments';

/**
 * The rules PAR.CHECK can answer with: those about one row's code, name and maximum. The others
 * need the whole table (sums, duplicates, coverage) or, for code-trailing-zero, the sheet's cell
 * format: a formula that passes 1.1 may mean 1.10, and the name settles it the way the engine does.
 */
const CHECK_RULES: readonly RuleId[] = [
  'unknown-code',
  'code-not-in-copy',
  'ambiguous-code',
  'name-mismatch',
  'max-mismatch',
  'not-a-number',
  'number-as-text',
  'negative-value',
];

const SEVERITY_RANK: Readonly<Record<Finding['severity'], number>> = { error: 0, warning: 1, info: 2 };

const DATA_ROW = 1;
const COLUMNS = { code: 0, name: 1, max: 2 } as const;

const LAYOUT: TableLayout = {
  sheet: '',
  headerRow: 0,
  headerRowCount: 1,
  columns: [
    { role: 'code', col: COLUMNS.code, header: 'code' },
    { role: 'name', col: COLUMNS.name, header: 'name' },
    { role: 'max', col: COLUMNS.max, header: 'max' },
  ],
  firstDataRow: DATA_ROW,
  lastDataRow: DATA_ROW,
  lastUsedCol: COLUMNS.max,
  shape: 'score',
};

/** The arguments as the one row of a score table, so the checker runs exactly as on a sheet. */
function oneRowTable(code: CodeArgument, name: string, max: CellInput): ReadTable {
  const row: TableRow = {
    row: DATA_ROW,
    kind: code.code.includes('.') ? 'criterion' : 'area',
    code: { ...code.parse, cell: { row: DATA_ROW, col: COLUMNS.code }, filled: false },
    name: name === '' ? null : { cell: { row: DATA_ROW, col: COLUMNS.name }, text: name, filled: false },
    numbers: { max: max.kind === 'empty' ? null : { cell: { row: DATA_ROW, col: COLUMNS.max }, parse: parseNumber(max) }, score: null, target: null },
    lead: [],
    leadCell: null,
    leadNote: null,
    coordinating: [],
    task: null,
    product: null,
    deadline: null,
    budget: null,
    note: null,
  };
  return { layout: LAYOUT, rows: [row] };
}

/** The findings of the row's rules, most severe first, the engine's order within a severity. */
export function rowFindings(index: CriteriaIndex, code: CodeArgument, name: string, max: CellInput): Finding[] {
  return checkTable(oneRowTable(code, name, max), index)
    .filter((f) => CHECK_RULES.includes(f.rule))
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.order - b.order)
    .map((x) => x.finding);
}
