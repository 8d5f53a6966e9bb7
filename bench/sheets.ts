/**
 * The generated sheets every section measures on: the shared generator of test/support (rows shaped
 * like Kế hoạch Đắk Lắk 2020's Phụ lục I and II), so the bench and the adapter tests agree on what "n rows" is.
 */
import { asFakeSheet, asGrid, generateScoreSheet, generateTaskSheet, type GeneratedSheet } from '../test/support/generate-plan';

export type Shape = 'score' | 'task';
export const SHAPES: readonly Shape[] = ['score', 'task'];

export function generated(shape: Shape, rows: number): GeneratedSheet {
  return shape === 'score' ? generateScoreSheet(rows) : generateTaskSheet(rows);
}

export { asFakeSheet, asGrid };
