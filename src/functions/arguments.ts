import type { CriteriaSet } from '../domain/api/criteria';
import { defaultCriteriaSetId } from '../domain/api/criteria-choices';
import { cellRaw, textCell, parseCodes, cleanText, type CellInput, type CodeParse } from '../domain/api/cells';
import { invalidValue } from './problems';

/** Where the functions find criteria sets: the embedded ones today, custom ones can be added here. */
export interface SetSource {
  ids(): readonly string[];
  get(id: string): CriteriaSet | undefined;
}

const EMPTY: CellInput = { value: null, text: '', kind: 'empty' };

/**
 * An argument as Excel hands it over, seen as a cell so the engine's own parsers read it: a number
 * stays a number (so 1.1 keeps its "maybe 1.10" flag), an omitted argument or empty cell is empty.
 */
export function argumentCell(arg: unknown): CellInput {
  // Excel on the desktop passes an empty cell as 0 (the web passes null): no code, name or maximum
  // is ever 0, so 0 is read as empty rather than as "name 0" or "maximum 0".
  if (arg === null || arg === undefined || arg === 0) return EMPTY;
  if (typeof arg === 'number') return Number.isFinite(arg) ? { value: arg, text: '', kind: 'number' } : { value: null, text: String(arg), kind: 'error' };
  if (typeof arg === 'string') return textCell(arg);
  if (typeof arg === 'boolean') return { value: arg, text: arg ? 'TRUE' : 'FALSE', kind: 'boolean' };
  // A range or an entity where one value was expected: nothing a parser should guess from.
  return { value: null, text: String(arg), kind: 'error' };
}

export function argumentText(arg: unknown): string {
  const cell = argumentCell(arg);
  return cell.kind === 'empty' ? '' : cleanText(cellRaw(cell));
}

export interface CodeArgument {
  /** The one canonical code the argument names ("2.4.1", "2" for "II"). */
  readonly code: string;
  readonly parse: CodeParse;
  readonly cell: CellInput;
}

/** Exactly one criterion code, else a #VALUE! that says what was wrong. */
export function readCode(arg: unknown): CodeArgument {
  const cell = argumentCell(arg);
  if (cell.kind === 'empty') throw invalidValue('functions.error.codeEmpty');
  const parse = cell.kind === 'error' ? null : parseCodes(cell);
  if (!parse || parse.codes.length === 0) throw invalidValue('functions.error.codeInvalid', { value: cellRaw(cell) });
  if (parse.codes.length > 1) throw invalidValue('functions.error.codeSeveral', { codes: parse.codes.join('; ') });
  return { code: parse.codes[0]!, parse, cell };
}

/**
 * The named set, or the default. 'auto' is refused rather than guessed: detection needs a whole
 * sheet of codes, and a formula sees one cell, so the answer would change from row to row.
 */
export function readSet(arg: unknown, sets: SetSource): CriteriaSet {
  const wanted = argumentText(arg).toLowerCase();
  const ids = sets.ids();
  // A formula that names no set uses the current national methodology, as the CLI and the pane do.
  const id = wanted === '' ? defaultCriteriaSetId() : wanted;
  const found = ids.includes(id) ? sets.get(id) : undefined;
  if (found) return found;
  if (id === 'auto') throw invalidValue('functions.error.setAuto', { ids: ids.join(', ') });
  throw invalidValue('functions.error.setUnknown', { value: argumentText(arg), ids: ids.join(', ') });
}
