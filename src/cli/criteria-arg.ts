import { extname } from 'path';
import type { CriteriaChoice } from '../domain/api/criteria-choices';
import type { ResolvedCriteria } from './criteria-source';
import { CliError } from './io';

/** `--criteria`: a built-in set, 'auto', or a file holding a custom set. */
export type CriteriaArg =
  | CriteriaChoice
  /** `loaded`: the file already read, so a folder check reads it once rather than once per workbook. */
  | { readonly file: string; readonly loaded?: ResolvedCriteria };

/** Parsing the options must not load the criteria sets themselves: `--version` and `--help` need none of them. */
function choices(): readonly CriteriaChoice[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CRITERIA_SET_IDS } = require('../domain/api/criteria-choices') as typeof import('../domain/api/criteria-choices');
  return ['auto', ...CRITERIA_SET_IDS];
}

export function parseCriteriaArg(value: string): CriteriaArg {
  const all = choices();
  const choice = all.find((c) => c === value.toLowerCase());
  if (choice) return choice;
  const ext = extname(value).toLowerCase();
  if (ext === '.xlsx' || ext === '.json') return { file: value };
  throw new CliError('cli.error.bad-value', { option: '--criteria', value, allowed: [...all, 'FILE.xlsx', 'FILE.json'].join(', ') });
}
