/**
 * The generated tables as .xlsx files for the whole-process measurements, written with exceljs's
 * streaming writer (shared strings, as Excel writes them) so 200,000 rows fit in memory. Kept in
 * bench/out between runs: the generator is deterministic.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ROOT } from './child';
import { generated, type Shape } from './sheets';

export const FIXTURE_DIR = path.join(ROOT, 'bench', 'out', 'xlsx');
/** Bumped when the generator or the writer changes, so stale files are not measured. */
const VERSION = 1;

export async function tableXlsx(shape: Shape, rows: number): Promise<string> {
  const file = path.join(FIXTURE_DIR, `${shape}-${rows}-v${VERSION}.xlsx`);
  if (existsSync(file)) return file;
  await fs.mkdir(FIXTURE_DIR, { recursive: true });
  const sheet = generated(shape, rows);
  const tmp = `${file}.${process.pid}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.cells) ws.addRow(row.map((v) => (v === null ? undefined : v))).commit();
  ws.commit();
  await wb.commit();
  await fs.rename(tmp, file);
  return file;
}
