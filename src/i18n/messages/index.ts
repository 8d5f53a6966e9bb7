import type { MessageTable } from '../types';
import { APP_MESSAGES } from './app';
import { SEVERITY_MESSAGES } from './severity';
import { CLI_MESSAGES } from './cli';
import { PANE_MESSAGES } from './pane';
import { SHEETS_MESSAGES } from './sheet';
import { FINDINGS_MESSAGES } from './finding';
import { EXCEL_MESSAGES } from './excel';
import { CHECK_DIR_MESSAGES } from './check-dir';
import { FUNCTIONS_MESSAGES } from './functions';
import { WRITE_ERROR_MESSAGES } from './write-errors';
import { CRITERIA_MESSAGES } from './criteria';
import { XLSX_MESSAGES } from './xlsx';
import { SERVE_MESSAGES } from './serve';

/**
 * Each module owns one table (findings, cli, sheet output, pane, excel ...) so that parallel work
 * never edits the same file; every key of a file starts with the file's name (test/i18n).
 */
export const MESSAGE_TABLES: readonly MessageTable[] = [
  APP_MESSAGES,
  SEVERITY_MESSAGES,
  CLI_MESSAGES,
  PANE_MESSAGES,
  SHEETS_MESSAGES,
  FINDINGS_MESSAGES,
  EXCEL_MESSAGES,
  CHECK_DIR_MESSAGES,
  FUNCTIONS_MESSAGES,
  WRITE_ERROR_MESSAGES,
  CRITERIA_MESSAGES,
  XLSX_MESSAGES,
  SERVE_MESSAGES,
];
