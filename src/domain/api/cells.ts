/*
 * Public domain API: cells. Where a cell is (A1 addresses, sheet references), what a sheet holds
 * as read (grids, merged areas), and what a cell's value means (amounts in fixed point, numbers
 * and criterion codes as the plans write them, Vietnamese text). Light pure modules, loaded by
 * every reader.
 */
export { a1, columnIndex, columnLetter, parseA1, rangeA1, sheetRef } from '../address';
export { fixed, toPoints, type Fixed } from '../fixed';
export { EMPTY_CELL, cellAt, type Grid, type GridCell, type MergedArea } from '../grid';
export { cellRaw, textCell, type CellInput } from '../parse/cell';
export { parseCodes } from '../parse/codes';
export { formatPoints, parseNumber } from '../parse/number';
export type { CodeParse } from '../parse/types';
export { cleanText, compareVi } from '../text';
