import { sheetRef } from '../../address';
import type { CriteriaIssue, CriteriaIssueRule, Place } from './types';

/** "'Bộ tiêu chí'!C7" or "tree.json: nodes[3].max": what a message shows as the place. */
export function placeText(place: Place): string {
  return 'sheet' in place ? sheetRef(place.sheet, place.cell) : place.path === '' ? place.file : `${place.file}: ${place.path}`;
}

export function issue(
  rule: CriteriaIssueRule,
  place: Place,
  params: Readonly<Record<string, string | number>> = {},
  options: { readonly severity?: 'error' | 'warning'; readonly variant?: string } = {},
): CriteriaIssue {
  return {
    rule,
    severity: options.severity ?? 'error',
    place,
    messageKey: `criteria.issue.${rule}${options.variant ? `.${options.variant}` : ''}`,
    params: { where: placeText(place), ...params },
  };
}

export function hasErrors(issues: readonly CriteriaIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
