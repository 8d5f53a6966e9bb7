export { readTable, type ReadOptions } from './read';
export { hasInheritedCode } from './rows';
export { roleOfHeader } from './headers';
export { detectPlanYear } from './plan-year';
export type {
  CellRef,
  ColumnMatch,
  ColumnOverrides,
  ColumnRole,
  NumberField,
  NumericRole,
  ReadFailure,
  ReadResult,
  ReadTable,
  RowKind,
  TableLayout,
  TableRow,
  TextField,
} from './types';
