import { fixed } from '../../../src/domain/fixed';
import type { CriteriaIndex, CriteriaNode, CriteriaSet, NodeKind, NodeLevel } from '../../../src/domain/criteria/types';
import type { GridCell } from '../../../src/domain/grid';
import { parseAgencies } from '../../../src/domain/parse/agencies';
import { parseCodes } from '../../../src/domain/parse/codes';
import { parseDeadline } from '../../../src/domain/parse/deadline';
import { parseNumber } from '../../../src/domain/parse/number';
import type {
  ColumnMatch,
  ColumnRole,
  NumberField,
  NumericRole,
  ReadTable,
  RowKind,
  RowNumbers,
  TableRow,
  TextField,
} from '../../../src/domain/table/types';
import { DAKLAK_2020_HEADERS, DAKLAK_2020_ROWS } from './daklak-2020';

/**
 * Hand-built ReadTables and CriteriaIndexes, so the rules are tested without the table reader.
 * Cells hold what a grid would: numbers as numbers, text as text.
 */
export type Value = string | number | null;

export interface LineSpec {
  readonly code?: Value;
  readonly name?: string;
  readonly max?: Value;
  readonly score?: Value;
  readonly target?: Value;
  readonly lead?: string;
  readonly coordinating?: string;
  readonly task?: string;
  readonly product?: string;
  readonly deadline?: string;
  readonly kind?: RowKind;
  /** The code (or name) came from a merged cell above. */
  readonly filled?: boolean;
}

export interface TableSpec {
  readonly sheet?: string;
  readonly shape?: 'score' | 'task';
  /** Header text per role; the column order follows this object. */
  readonly headers?: Partial<Record<ColumnRole, string>>;
  readonly headerRow?: number;
}

const SCORE_HEADERS: Partial<Record<ColumnRole, string>> = {
  code: 'STT',
  name: 'Tiêu chí',
  max: 'Điểm tối đa',
  score: 'Điểm',
  target: 'Mục tiêu',
  lead: 'Chủ trì',
};

const TASK_HEADERS: Partial<Record<ColumnRole, string>> = {
  code: 'TT',
  name: 'Tiêu chí',
  task: 'Nhiệm vụ',
  product: 'Sản phẩm',
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
  deadline: 'Thời hạn',
};

export function cellOf(value: Value | undefined): GridCell {
  if (value === null || value === undefined || value === '') return { value: null, text: '', kind: 'empty' };
  if (typeof value === 'number') return { value, text: String(value), kind: 'number' };
  return { value, text: value, kind: 'string' };
}

function inferKind(spec: LineSpec, shape: 'score' | 'task'): RowKind {
  if (spec.kind) return spec.kind;
  if (spec.name && /^t[ổo]ng/i.test(spec.name) && (spec.code === undefined || spec.code === '' || spec.code === null)) return 'total';
  const code = spec.code === undefined || spec.code === null ? '' : String(spec.code);
  if (/^(\d+|[IVX]+)$/.test(code)) return 'area';
  return shape === 'score' ? 'criterion' : 'task';
}

export function tableFromLines(lines: readonly LineSpec[], spec: TableSpec = {}): ReadTable {
  const shape = spec.shape ?? 'score';
  const headers = spec.headers ?? (shape === 'score' ? SCORE_HEADERS : TASK_HEADERS);
  const headerRow = spec.headerRow ?? 2;
  const columns: ColumnMatch[] = Object.entries(headers).map(([role, header], col) => ({
    role: role as ColumnRole,
    col,
    header: header ?? '',
  }));
  const colOf = (role: ColumnRole): number | null => columns.find((c) => c.role === role)?.col ?? null;
  const text = (role: ColumnRole, row: number, value: string | undefined, filled = false): TextField | null => {
    const col = colOf(role);
    return col === null || value === undefined || value === '' ? null : { cell: { row, col }, text: value, filled };
  };
  const rows: TableRow[] = lines.map((line, i) => {
    const row = headerRow + 1 + i;
    const codeCol = colOf('code');
    const codeParse = parseCodes(cellOf(line.code));
    const numberOf = (role: NumericRole): NumberField | null => {
      const col = colOf(role);
      const value = line[role];
      return col !== null && value !== undefined ? { cell: { row, col }, parse: parseNumber(cellOf(value)) } : null;
    };
    const numbers: RowNumbers = { max: numberOf('max'), score: numberOf('score'), target: numberOf('target') };
    const leadCol = colOf('lead');
    const deadlineCol = colOf('deadline');
    return {
      row,
      kind: inferKind(line, shape),
      code: { ...codeParse, cell: codeCol === null ? null : { row, col: codeCol }, filled: line.filled ?? false },
      name: text('name', row, line.name, line.filled ?? false),
      numbers,
      lead: line.lead ? parseAgencies(line.lead) : [],
      leadCell: leadCol === null ? null : { row, col: leadCol },
      leadNote: null,
      coordinating: line.coordinating ? parseAgencies(line.coordinating) : [],
      task: text('task', row, line.task),
      product: text('product', row, line.product),
      deadline:
        deadlineCol === null || !line.deadline ? null : { ...parseDeadline(line.deadline, 2020), cell: { row, col: deadlineCol } },
      budget: null,
      note: null,
    };
  });
  const lastCol = columns.reduce((m, c) => Math.max(m, c.col), 0);
  return {
    layout: {
      sheet: spec.sheet ?? 'Phụ lục I',
      headerRow,
      headerRowCount: 1,
      columns,
      firstDataRow: headerRow + 1,
      lastDataRow: headerRow + lines.length,
      lastUsedCol: lastCol,
      shape,
    },
    rows,
  };
}

export interface NodeSpec {
  readonly code: string;
  readonly name: string;
  readonly max?: number | null;
  readonly kind?: NodeKind;
  readonly aliases?: readonly string[];
  readonly level?: NodeLevel;
}

function levelOf(code: string): NodeLevel {
  const depth = code.split('.').length;
  return depth === 1 ? 'area' : depth === 2 ? 'criterion' : depth === 3 ? 'subcriterion' : 'item';
}

function parentOf(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

export function setFromNodes(nodes: readonly NodeSpec[], options: { partial?: boolean; id?: CriteriaSet['id'] } = {}): CriteriaSet {
  const built: CriteriaNode[] = nodes.map((n) => ({
    code: n.code,
    parent: parentOf(n.code),
    level: n.level ?? levelOf(n.code),
    name: n.name,
    max: n.max === undefined || n.max === null ? null : fixed(n.max),
    kind: n.kind ?? 'self-assessment',
    aliases: n.aliases ?? [],
    sources: [],
  }));
  return {
    id: options.id ?? 'par-2017',
    title: 'test set',
    basis: 'test',
    total: fixed(100),
    partial: options.partial ?? false,
    nodes: built,
  };
}

/** A CriteriaIndex over any set, independent of the criteria module's own implementation. */
export function indexOf(set: CriteriaSet): CriteriaIndex {
  const byCode = new Map(set.nodes.map((n) => [n.code, n]));
  return {
    set,
    byCode: (code) => byCode.get(code),
    resolve: (code) => byCode.get(code) ?? set.nodes.find((n) => n.aliases.includes(code)),
    children: (code) => set.nodes.filter((n) => n.parent === code),
    areas: () => set.nodes.filter((n) => n.parent === null),
  };
}

export function indexFromNodes(nodes: readonly NodeSpec[], options: { partial?: boolean; id?: CriteriaSet['id'] } = {}): CriteriaIndex {
  return indexOf(setFromNodes(nodes, options));
}

/** Survey-based "impact" criteria of the 2017 methodology, and area 8's SIPAS / socio-economic split. */
function kindIn2017(code: string): NodeKind {
  if (code === '8.1') return 'sipas';
  if (code === '8' ) return 'mixed';
  if (/^8\.\d$/.test(code)) return 'socio-economic';
  if (/^(2\.4|4\.4|5\.8|5\.9|6\.4|7\.5)(\.|$)/.test(code)) return 'leader-survey';
  return /^\d$/.test(code) ? 'mixed' : 'self-assessment';
}

/** The tree of Kế hoạch Đắk Lắk 2020, Phụ lục I (maxima as printed). */
export function daklak2020Index(): CriteriaIndex {
  return indexFromNodes(
    DAKLAK_2020_ROWS.filter(([code]) => code !== '').map(([code, name, max]) => ({ code, name, max, kind: kindIn2017(code) })),
  );
}

/** Kế hoạch Đắk Lắk 2020, Phụ lục I as a read table, with the printed headers. */
export function daklak2020Table(edit?: (lines: LineSpec[]) => LineSpec[]): ReadTable {
  const lines: LineSpec[] = DAKLAK_2020_ROWS.map(([code, name, max, score, target, lead]) => ({
    code: code === '' ? undefined : code,
    name,
    max,
    score,
    target,
    lead,
  }));
  const [code, name, max, score, target, lead] = DAKLAK_2020_HEADERS;
  return tableFromLines(edit ? edit(lines) : lines, { headers: { code, name, max, score, target, lead }, headerRow: 5 });
}
