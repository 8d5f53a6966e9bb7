import { fixed, type Fixed } from '../fixed';

/**
 * Points are written with two decimals, so parts rounded one by one can miss their stated sum by a
 * hundredth or two. A difference up to this is rounding drift (a warning); above it, a mismatch (an
 * error). The one default for the checker, the check column's formulas, the command line and the pane.
 */
export const DEFAULT_TOLERANCE: Fixed = fixed(0.02);
