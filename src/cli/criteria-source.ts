import { promises as fs } from 'fs';
import { basename, extname } from 'path';
import type { BuildResult, CriteriaIssue } from '../domain/api/custom-criteria';
import { isCriteriaSheetName, looksLikeCriteriaSheet, MARKER_SHEET } from '../domain/api/workbook';
import type { CriteriaSet, CriteriaSpec } from '../domain/api/criteria';
import type { Translate } from '../i18n/types';
import type { SheetEntry, XlsxPackage } from '../xlsx/read/package';
import { CliError } from './io';
import type { CriteriaArg } from './criteria-arg';
import { openWorkbook, readIn } from './package-read';

export { parseCriteriaArg, type CriteriaArg } from './criteria-arg';

/**
 * Building a custom set validates it with the schema library: loaded only when the workbook has a
 * criteria sheet or --criteria names a file, not for every check.
 */
function custom(): typeof import('../domain/api/custom-criteria') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../domain/api/custom-criteria') as typeof import('../domain/api/custom-criteria');
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
async function criteriaSheetOf(
  workbook: XlsxPackage,
  options: { readonly lookalike: boolean },
  file: string,
  t: Translate,
): Promise<SheetEntry | null> {
  const sheets = workbook.worksheets().filter((ws) => ws.name !== MARKER_SHEET && ws.state !== 'veryHidden');
  const named = sheets.find((ws) => isCriteriaSheetName(ws.name));
  if (named || !options.lookalike) return named ?? null;
  for (const ws of sheets) if (looksLikeCriteriaSheet(await readIn(file, t, () => workbook.grid(ws.name)))) return ws;
  return null;
}

async function fromSheet(workbook: XlsxPackage, ws: SheetEntry, file: string, t: Translate): Promise<ResolvedCriteria> {
  const result = custom().criteriaSetFromGrid(await readIn(file, t, () => workbook.grid(ws.name)), { file: basename(file) });
  const set = usable(result, file, t);
  return { spec: set, note: noteFor(set, file, t), warnings: result.issues, sheet: ws.name };
}

export async function loadCriteriaFile(file: string, t: Translate): Promise<ResolvedCriteria> {
  if (extname(file).toLowerCase() === '.xlsx') {
    const workbook = await openWorkbook(file, t);
    const ws = await criteriaSheetOf(workbook, { lookalike: true }, file, t);
    if (!ws) throw new CliError('criteria.cli.not-found', { file });
    return fromSheet(workbook, ws, file, t);
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
  const result = custom().criteriaSetFromJson(text, basename(file));
  const set = usable(result, file, t);
  return { spec: set, note: noteFor(set, file, t), warnings: result.issues, sheet: null };
}

/**
 * `--criteria FILE` wins; a built-in id is used as given; otherwise a "Bộ tiêu chí" sheet in the
 * checked workbook itself is used, and failing that the set is detected from the table.
 */
export async function resolveCriteria(
  arg: CriteriaArg,
  workbook: XlsxPackage,
  file: string,
  t: Translate,
): Promise<ResolvedCriteria> {
  // Whichever set is used, the workbook's own "Bộ tiêu chí" sheet is never taken for a table.
  const own = await criteriaSheetOf(workbook, { lookalike: false }, file, t);
  const sheet = own?.name ?? null;
  if (typeof arg === 'object') return { ...(arg.loaded ?? (await loadCriteriaFile(arg.file, t))), sheet };
  if (arg !== 'auto') return { spec: arg, note: null, warnings: [], sheet };
  return own ? fromSheet(workbook, own, file, t) : { spec: 'auto', note: null, warnings: [], sheet };
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
