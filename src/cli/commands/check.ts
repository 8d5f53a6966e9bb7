import type { Lang } from '../../i18n/types';
import { translator } from '../../i18n';
import { countBySeverity } from '../../domain/api/findings';
import { findingLines, headerLine, resultLine, totalsLines } from '../human';
import type { CliIo } from '../io';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../io';
import { checkJson } from '../json';
import { writeJson } from '../json-writer';
import { loadTable } from '../workbook';
import { criteriaJson, criteriaLines, type CriteriaArg } from '../criteria-source';

interface CheckOptions {
  readonly file: string;
  readonly sheet?: string;
  readonly criteria: CriteriaArg;
  readonly json: boolean;
  readonly lang: Lang;
}

export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const t = translator(options.lang);
  const { analysis, criteria } = await loadTable(options.file, options, t);
  if (options.json) {
    const report = { ...checkJson(options.file, analysis, t), ...criteriaJson(criteria, analysis.criteria, t) };
    writeJson(report, io.stdout);
  } else {
    const lines = [...criteriaLines(criteria, t), headerLine(options.file, analysis, t), ...totalsLines(analysis, t, options.lang), resultLine(analysis, t)];
    const findings = findingLines(analysis, t);
    // Joined, not spread into push: a large table's findings outnumber the arguments a call takes.
    const body = findings.length > 0 ? `${lines.join('\n')}\n\n${findings.join('\n')}` : lines.join('\n');
    io.stdout(`${body}\n`);
  }
  return countBySeverity(analysis.findings).error > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
