import type { Translate } from '../i18n/types';
import { inPackage, openPackage, WorkbookReadError } from '../xlsx/read/file';
import type { XlsxPackage } from '../xlsx/read/package';
import { CliError } from './io';

/** A read failure as the CLI reports it: a translated message naming the file, exit 2. */
export function readFailure(err: WorkbookReadError, file: string, t: Translate): CliError {
  if (err.reason === 'damaged' && err.problem) {
    return new CliError('cli.error.damaged', { file, problem: t(err.problem.key, err.problem.params) });
  }
  return new CliError(`cli.error.${err.reason}`, { file, detail: err.message });
}

/** Opens a workbook, turning every read failure into a CliError naming the file. `keepTexts`: see openPackage. */
export async function openWorkbook(file: string, t: Translate, keepTexts = false): Promise<XlsxPackage> {
  try {
    return await openPackage(file, keepTexts);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw readFailure(err, file, t);
    throw err;
  }
}

/** Runs a read inside an open workbook (a sheet's grid), with the same messages as opening it. */
export async function readIn<T>(file: string, t: Translate, read: () => Promise<T>): Promise<T> {
  try {
    return await inPackage(file, read);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw readFailure(err, file, t);
    throw err;
  }
}
