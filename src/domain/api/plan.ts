/*
 * Public domain API: applying a write plan. The plan's shape as the writers (Office.js, the .xlsx
 * package) carry it out, Excel's limits on what a formula may hold, and the officer's own edits in
 * cells the tool wrote before: which areas to read back, which edits were made, how to keep them.
 */
export type { CellStyle, ConditionalFormat, KeptCell, PlanBlock, PlanCell, PlanConflict, PlanRows, PlanSheet, WritePlan } from '../plan/types';
export { blockHeight, blockRowAt } from '../plan/row-blocks';
export type { CellContent } from '../plan/fingerprint';
export { MAX_FORMULA_LENGTH, MAX_FORMULA_TEXT } from '../excel-limits';
export { followRename } from '../plan/renamed-table';
export { followGrowth } from '../plan/grown-table';
export { areasToRead, findUserEdits, keepUserEdits, keptOn } from '../plan/user-edits';
export type { AreaContent, AreaToRead, UserEdit, UserEdits, UserEditsChoice } from '../plan/user-edits';
