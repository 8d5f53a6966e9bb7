/** What Excel refuses in a formula: both adapters write HYPERLINK formulas and keep within these. */

/** The longest text constant a formula may hold, in characters. */
export const MAX_FORMULA_TEXT = 255;

/** The longest formula, in characters. */
export const MAX_FORMULA_LENGTH = 8192;

/** The most characters a cell holds. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/**
 * The rows of a worksheet ("Excel specifications and limits": 1,048,576 rows by 16,384 columns). A
 * sheet the tool writes lists findings or tasks a row each, and a large table can have more of them
 * than a sheet holds: such a list stops at the last row and says how many it left out.
 */
export const EXCEL_MAX_ROWS = 1_048_576;
