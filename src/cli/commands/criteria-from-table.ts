import { basename, resolve } from 'path';
import { criteriaSheetLayout } from '../../domain/api/custom-criteria';
import { criteriaSetFromTable } from '../../domain/api/criteria-from-table';
import { CRITERIA_SHEET } from '../../domain/api/workbook';
import { translator } from '../../i18n';
import type { Lang } from '../../i18n/types';
import type { CriteriaArg } from '../criteria-source';
import { issueLine } from '../criteria-source';
import { findingLine } from '../human';
import type { CliIo } from '../io';
import { CliError, EXIT_CLEAN, EXIT_FINDINGS } from '../io';
import { loadTable } from '../workbook';
import { writeCriteriaFile } from './criteria';

interface FromTableOptions {
  readonly file: string;
  readonly output: string;
  readonly sheet?: string;
  readonly criteria: CriteriaArg;
  readonly lang: Lang;
}

/**
 * `criteria --from-table FILE -o SET.xlsx`: the score table's own maxima, once they add up, written
 * as a "Bộ tiêu chí" sheet (the built-in set extended by them) in a new workbook. A table whose
 * maxima do not add up is refused with its findings (exit 1); nothing is written.
 */
export async function criteriaFromTable(options: FromTableOptions, io: CliIo): Promise<number> {
  const t = translator(options.lang);
  if (resolve(options.output) === resolve(options.file)) throw new CliError('cli.error.output-is-input', { file: options.file });
  const { analysis } = await loadTable(options.file, options, t);
  const result = criteriaSetFromTable(analysis, {
    source: { kind: 'sheet', sheet: CRITERIA_SHEET, file: options.output },
    tableFile: basename(options.file),
  });
  const where = { file: options.file, sheet: analysis.sheet };
  if (!result.ok) {
    if (result.reason === 'inconsistent') {
      const lines = [t('criteria.from-table.inconsistent', { ...where, count: result.blocking.length }), ...result.blocking.map((f) => findingLine(f, t))];
      io.stderr(`${lines.join('\n')}\n`);
      return EXIT_FINDINGS;
    }
    if (result.reason === 'invalid-set') {
      io.stderr(`${[t('criteria.from-table.invalid-set', where), ...result.issues.map((i) => issueLine(i, t))].join('\n')}\n`);
      return EXIT_FINDINGS;
    }
    throw new CliError(`criteria.from-table.${result.reason}`, where);
  }
  const layout = criteriaSheetLayout(result.set);
  await writeCriteriaFile(options.output, layout);
  const done = t('criteria.from-table.done', {
    title: result.set.title,
    sheet: layout.name,
    file: options.output,
    filled: result.filled,
    added: result.added,
  });
  io.stdout(`${done}\n${t('criteria.from-table.next', { file: options.output, table: options.file })}\n`);
  return EXIT_CLEAN;
}
