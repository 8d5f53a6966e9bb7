/** What Excel refuses in a formula: both adapters write HYPERLINK formulas and keep within these. */

/** The longest text constant a formula may hold, in characters. */
export const MAX_FORMULA_TEXT = 255;

/** The longest formula, in characters. */
export const MAX_FORMULA_LENGTH = 8192;

/** The most characters a cell holds. */
export const EXCEL_MAX_CELL_CHARS = 32_767;
