import { criteriaSetKeys } from '../domain/api/criteria-choices';
import type { PaneCriteria } from './services';

/** The i18n key naming a picker choice: the pane's own for 'auto' and 'workbook', a set's from the registry. */
export function criteriaChoiceKey(choice: PaneCriteria): string {
  return choice === 'auto' || choice === 'workbook' ? `pane.criteria.${choice}` : criteriaSetKeys(choice).name;
}
