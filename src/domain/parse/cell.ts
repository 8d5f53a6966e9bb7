import type { GridCell } from '../grid';

/** The part of a grid cell the parsers read; any GridCell fits. */
export type CellInput = Pick<GridCell, 'value' | 'text' | 'kind'>;

/** A plain string as a text cell, so parsers can be called on text alone. */
export function textCell(text: string): CellInput {
  return text.trim() === '' ? { value: null, text: '', kind: 'empty' } : { value: text, text, kind: 'string' };
}

/** What the cell shows: its displayed text, else its stored value as text. */
export function cellRaw(cell: CellInput): string {
  if (cell.text !== '') return cell.text;
  if (cell.value === null) return '';
  return String(cell.value);
}
