import { promises as fs } from 'fs';
import { basename, extname } from 'path';
import type ExcelJS from 'exceljs';
import {
  criteriaSetFromGrid,
  criteriaSetFromJson,
  isCriteriaSheetName,
  looksLikeCriteriaSheet,
  type BuildResult,
  type CriteriaIssue,
} from '../domain/criteria/custom';
import { CRITERIA_SET_IDS } from '../domain/criteria/registry';
import type { CriteriaChoice, CriteriaSet, CriteriaSpec } from '../domain/criteria/types';
import { MARKER_SHEET } from '../domain/plan/types';
import type { Translate } from '../i18n/types';
import { gridFromWorksheet, readWorkbook, WorkbookReadError } from '../xlsx/read';
import { CliError } from './io';

/** `--criteria`: a built-in set, 'auto', or a file holding a custom set. */
export type CriteriaArg =
  | CriteriaChoice
  /** `loaded`: the file already read, so a folder check reads it once rather than once per workbook. */
  | { readonly file: string; readonly loaded?: ResolvedCriteria };

export function parseCriteriaArg(value: string): CriteriaArg {
  const choices: readonly CriteriaChoice[] = ['auto', ...CRITERIA_SET_IDS];
  const choice = choices.find((c) => c === value.toLowerCase());
  if (choice) return choice;
  const ext = extname(value).toLowerCase();
  if (ext === '.xlsx' || ext === '.json') return { file: value };
  throw new CliError('cli.error.bad-value', { option: '--criteria', value, allowed: [...choices, 'FILE.xlsx', 'FILE.json'].join(', ') });
}

/** The set a check uses, and what to tell the user about it. */
export interface ResolvedCriteria {
  readonly spec: CriteriaSpec;
  /** "Dùng bộ tiêu chí … trong trang …": null for a built-in choice. */
  readonly note: string | null;
  /** Warnings about the custom set (errors stop the run instead). */
  readonly warnings: readonly CriteriaIssue[];
  /** The workbook sheet the set was read from, which is then not a table to check. */
  readonly sheet: string | null;
}

export function issueLine(issue: CriteriaIssue, t: Translate): string {
  return `  - [${t(`cli.severity.${issue.severity}`)}] ${t(issue.messageKey, issue.params)}`;
}

/** A set with errors is never used: the run stops (exit 2) with every problem listed. */
function usable(result: BuildResult, file: string, t: Translate): CriteriaSet {
  if (result.set) return result.set;
  throw new CliError('criteria.cli.invalid', { file }, result.issues.map((i) => issueLine(i, t)));
}

function noteFor(set: CriteriaSet, file: string, t: Translate): string {
  const source = set.source;
  const params = { title: set.title, nodes: set.nodes.length, file };
  return source?.kind === 'sheet' ? t('criteria.cli.using-sheet', { ...params, sheet: source.sheet }) : t('criteria.cli.using-file', params);
}

/** The workbook's "Bộ tiêu chí" sheet; with `lookalike`, else the first sheet shaped like one. */
export function criteriaSheetOf(workbook: ExcelJS.Workbook, options: { readonly lookalike: boolean }): ExcelJS.Worksheet | null {
  const sheets = workbook.worksheets.filter((ws) => ws.name !== MARKER_SHEET && ws.state !== 'veryHidden');
  const named = sheets.find((ws) => isCriteriaSheetName(ws.name));
  if (named || !options.lookalike) return named ?? null;
  return sheets.find((ws) => looksLikeCriteriaSheet(gridFromWorksheet(ws))) ?? null;
}

function fromSheet(ws: ExcelJS.Worksheet, file: string, t: Translate): ResolvedCriteria {
  const result = criteriaSetFromGrid(gridFromWorksheet(ws), { file: basename(file) });
  const set = usable(result, file, t);
  return { spec: set, note: noteFor(set, file, t), warnings: result.issues, sheet: ws.name };
}

export async function loadCriteriaFile(file: string, t: Translate): Promise<ResolvedCriteria> {
  if (extname(file).toLowerCase() === '.xlsx') {
    let workbook: ExcelJS.Workbook;
    try {
      workbook = await readWorkbook(file);
    } catch (err) {
      if (err instanceof WorkbookReadError) throw new CliError(`cli.error.${err.reason}`, { file, detail: err.message });
      throw err;
    }
    const ws = criteriaSheetOf(workbook, { lookalike: true });
    if (!ws) throw new CliError('criteria.cli.not-found', { file });
    return fromSheet(ws, file, t);
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('cli.error.not-found', { file });
    if (code === 'EISDIR') throw new CliError('cli.error.not-a-file', { file });
    throw new CliError('cli.error.unreadable', { file, detail: (err as Error).message });
  }
  const result = criteriaSetFromJson(text, basename(file));
  const set = usable(result, file, t);
  return { spec: set, note: noteFor(set, file, t), warnings: result.issues, sheet: null };
}

/**
 * `--criteria FILE` wins; a built-in id is used as given; otherwise a "Bộ tiêu chí" sheet in the
 * checked workbook itself is used, and failing that the set is detected from the table.
 */
export async function resolveCriteria(
  arg: CriteriaArg,
  workbook: ExcelJS.Workbook,
  file: string,
  t: Translate,
): Promise<ResolvedCriteria> {
  // Whichever set is used, the workbook's own "Bộ tiêu chí" sheet is never taken for a table.
  const own = criteriaSheetOf(workbook, { lookalike: false });
  const sheet = own?.name ?? null;
  if (typeof arg === 'object') return { ...(arg.loaded ?? (await loadCriteriaFile(arg.file, t))), sheet };
  if (arg !== 'auto') return { spec: arg, note: null, warnings: [], sheet };
  return own ? fromSheet(own, file, t) : { spec: 'auto', note: null, warnings: [], sheet };
}


/** What --json adds about the set: where it came from, and its warnings. */
export function criteriaJson(resolved: ResolvedCriteria, set: CriteriaSet, t: Translate) {
  return {
    criteriaTitle: set.title,
    criteriaSource: set.source ?? { kind: 'built-in' as const },
    criteriaIssues: resolved.warnings.map((i) => ({
      rule: i.rule,
      severity: i.severity,
      where: i.params.where,
      message: t(i.messageKey, i.params),
    })),
  };
}

/** The human report's lines about a custom set: which one, and its warnings. */
export function criteriaLines(resolved: ResolvedCriteria, t: Translate): string[] {
  if (resolved.note === null) return [];
  const lines = [resolved.note];
  if (resolved.warnings.length > 0) {
    const warnings = resolved.warnings.filter((i) => i.severity === 'warning').length;
    lines.push(t('criteria.cli.issues', { errors: resolved.warnings.length - warnings, warnings }), ...resolved.warnings.map((i) => issueLine(i, t)));
  }
  return lines;
}
