import type { GridCell } from '../grid';
import { memoizeText } from '../memo';
import { cellRaw } from '../parse/cell';
import { parseNumber, parseNumberText } from '../parse/number';
import type { NumberParse } from '../parse/types';

/**
 * A score table holds a few dozen distinct point values over thousands of cells: each distinct
 * (value, displayed text) is parsed once and its result shared by every cell that holds it.
 * Parses are read-only, so sharing them is safe.
 */
const EMPTY: NumberParse = Object.freeze({ status: 'empty' });
const byNumber = new Map<number, Map<string, NumberParse>>();
const LIMIT = 10_000;
let numberEntries = 0;
const byText = memoizeText(parseNumberText, LIMIT);

export function numberParseOf(cell: GridCell): NumberParse {
  if (cell.kind === 'empty' && cell.value === null && cell.text === '') return EMPTY;
  if (cell.kind === 'string' && typeof cell.value === 'string') return byText(cell.value);
  if (cell.kind !== 'number' || typeof cell.value !== 'number') return parseNumber(cell);
  const raw = cellRaw(cell);
  let texts = byNumber.get(cell.value);
  if (texts === undefined) {
    if (numberEntries >= LIMIT) {
      byNumber.clear();
      numberEntries = 0;
    }
    texts = new Map();
    byNumber.set(cell.value, texts);
  }
  let parse = texts.get(raw);
  if (parse === undefined) {
    parse = parseNumber(cell);
    texts.set(raw, parse);
    numberEntries++;
  }
  return parse;
}
