import { createHash } from 'crypto';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

/** The example workbooks built from Kế hoạch Đắk Lắk 2020 (npm run examples). */
export const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** What one run of par-scorer printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs par-scorer in this process, as bin/par-scorer does, keeping what it prints. `terminal` makes
 * it believe it writes to a terminal of that width (the progress line and the column layout).
 */
export async function runCli(argv: readonly string[], terminal?: { columns: number }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), ...(terminal ? { terminal } : {}) };
  const code = await main([...argv], io);
  return { code, stdout, stderr };
}

/** A new empty folder under the system's temporary folder. */
export function tempDir(prefix = 'par-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A workbook file as ExcelJS reads it. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A file's SHA-256, to show that a run left it byte for byte as it was. */
export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
