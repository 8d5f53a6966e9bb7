import type { Lang } from '../../i18n/types';
import { translator } from '../../i18n';
import { findingLines, headerLine, resultLine, severityCounts, totalsLines } from '../human';
import type { CliIo } from '../io';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../io';
import { checkJson } from '../json';
import { loadTable } from '../workbook';
import type { CriteriaChoice } from '../../domain/criteria/types';

export interface CheckOptions {
  readonly file: string;
  readonly sheet?: string;
  readonly criteria: CriteriaChoice;
  readonly json: boolean;
  readonly lang: Lang;
}

export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const t = translator(options.lang);
  const { analysis } = await loadTable(options.file, options, t);
  if (options.json) {
    io.stdout(`${JSON.stringify(checkJson(options.file, analysis, t), null, 2)}\n`);
  } else {
    const lines = [headerLine(options.file, analysis, t), ...totalsLines(analysis, t, options.lang), resultLine(analysis, t)];
    const findings = findingLines(analysis, t);
    if (findings.length > 0) lines.push('', ...findings);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return severityCounts(analysis).error > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
