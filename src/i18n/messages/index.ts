import type { MessageTable } from '../types';
import { COMMON_MESSAGES } from './common';
import { CLI_MESSAGES } from './cli';
import { PANE_MESSAGES } from './pane';
import { SHEETS_MESSAGES } from './sheets';
import { FINDINGS_MESSAGES } from './findings';
import { EXCEL_MESSAGES } from './excel';
import { CHECK_DIR_MESSAGES } from './check-dir';
import { FUNCTIONS_MESSAGES } from './functions';
import { WRITE_ERROR_MESSAGES } from './write-errors';
import { CRITERIA_MESSAGES } from './criteria';
import { XLSX_MESSAGES } from './xlsx';
import { SERVE_MESSAGES } from './serve';

/**
 * Each module owns one table (findings, cli, sheet output, pane, excel ...) so that parallel work
 * never edits the same file; keys are prefixed by module.
 */
export const MESSAGE_TABLES: readonly MessageTable[] = [
  COMMON_MESSAGES,
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
