/*
 * Public domain API: building write plans. The scored copy's plan for an analysis, the plan that
 * removes everything the tool wrote, and a criteria set's export sheet.
 */
export { buildRemovalPlan, buildWritePlan } from '../plan/build';
export { criteriaPlanSheet } from '../plan/criteria-sheet';
