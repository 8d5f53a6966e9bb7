import { promises as fs } from 'fs';
import { dirname, extname, resolve } from 'path';
import { columnLetter } from '../../domain/address';
import { criteriaLines, type CriteriaArg } from '../criteria-source';
import { buildWritePlan } from '../../domain/plan/build';
import type { PlanConflict } from '../../domain/plan/types';
import { translator } from '../../i18n';
import type { Lang, Translate } from '../../i18n/types';
import { applyPlan, PlanApplyError, UserEditsError } from '../../xlsx/apply';
import type { UserEdit, UserEdits, UserEditsChoice } from '../../domain/plan/user-edits';
import type { ApplyProblem } from '../../xlsx/apply';
import { headerLine, resultLine, severityCounts, totalsLines } from '../human';
import type { CliIo } from '../io';
import { CliError, EXIT_CLEAN, EXIT_FINDINGS } from '../io';
import { loadTable } from '../workbook';

export interface ScoreOptions {
  readonly file: string;
  readonly output: string;
  readonly sheet?: string;
  readonly criteria: CriteriaArg;
  readonly agencySheets: boolean;
  readonly lang: Lang;
  readonly userEdits?: UserEditsChoice;
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    // Catches links and case-insensitive file systems, where different paths name one file.
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function conflictError(problems: readonly (PlanConflict | ApplyProblem)[], t: Translate): CliError {
  const details = problems.map((p) => `  - ${t(`cli.error.conflict.${p.reason}`, { ...p })}`);
  return new CliError('cli.error.plan-conflict', {}, details);
}

function userEditsError(found: UserEdits, t: Translate): CliError {
  const details = found.edits.map((e) => `  - ${t('cli.user-edits.cell', { sheet: e.sheet, cell: e.cell })}`);
  if (!found.certain) details.push(t('cli.error.user-edits.unsure'));
  return new CliError('cli.error.user-edits', { count: found.edits.length }, details);
}

/** The reason in the user's words for the usual causes; the system's text for anything else. */
function writeReason(err: unknown, t: Translate): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const key = `cli.write-reason.${code ?? ''}`;
  const text = code ? t(key) : key;
  return text !== key ? text : err instanceof Error ? err.message : String(err);
}

/** Writes next to the target, then renames: a failed write never leaves half a file behind. */
export async function writeAtomically(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await fs.mkdir(dirname(resolve(path)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await write(tmp);
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

export async function runScore(options: ScoreOptions, io: CliIo): Promise<number> {
  const t = translator(options.lang);
  if (extname(options.output).toLowerCase() !== '.xlsx') {
    throw new CliError('cli.error.output-not-xlsx', { file: options.output });
  }
  if (await sameFile(options.file, options.output)) {
    throw new CliError('cli.error.output-is-input', { file: options.file });
  }

  const { workbook, grid, analysis, marker, criteria } = await loadTable(options.file, options, t);
  const built = buildWritePlan(analysis, {
    grid,
    previous: marker,
    existingSheets: workbook.worksheets.map((ws) => ws.name),
    t,
    lang: options.lang,
    include: { tableColumns: true, summary: true, agencySheets: options.agencySheets },
  });
  if (!built.ok) throw conflictError(built.conflicts, t);
  const { plan } = built;
  let kept: readonly UserEdit[];
  try {
    ({ kept } = applyPlan(workbook, plan, options.userEdits ? { userEdits: options.userEdits } : {}));
  } catch (err) {
    if (err instanceof PlanApplyError) throw conflictError(err.problems, t);
    if (err instanceof UserEditsError) throw userEditsError(err.found, t);
    throw err;
  }

  try {
    await writeAtomically(options.output, (tmp) => workbook.xlsx.writeFile(tmp));
  } catch (err) {
    throw new CliError('cli.error.write-failed', { file: options.output, detail: writeReason(err, t) });
  }

  const none = t('cli.none');
  const lines = [
    ...criteriaLines(criteria, t),
    headerLine(options.file, analysis, t),
    ...totalsLines(analysis, t, options.lang),
    resultLine(analysis, t),
    t('cli.score.written', { file: options.output }),
    t('cli.score.table-columns', {
      sheet: plan.marker.tableSheet ?? analysis.sheet,
      columns: plan.marker.tableColumns.map(columnLetter).join(', ') || none,
    }),
    t('cli.score.sheets', { sheets: plan.marker.sheets.join(', ') || none }),
  ];
  if (kept.length > 0) {
    lines.push(t('cli.score.kept', { count: kept.length, cells: kept.map((e) => `${e.sheet}!${e.cell}`).join(', ') }));
  }
  if (plan.deleteSheets.length > 0) lines.push(t('cli.score.removed', { sheets: plan.deleteSheets.join(', ') }));
  if (analysis.findings.length > 0) lines.push(t('cli.findings.hint', { file: options.file }));
  io.stdout(`${lines.join('\n')}\n`);
  return severityCounts(analysis).error > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
