import { extname } from 'path';
import { columnLetter } from '../../domain/api/cells';
import { criteriaLines, type CriteriaArg } from '../criteria-source';
import { buildWritePlan } from '../../domain/api/build-plan';
import type { PlanConflict, WritePlan, UserEdits, UserEditsChoice } from '../../domain/api/plan';
import { translator } from '../../i18n';
import type { Lang, Translate } from '../../i18n/types';
import { PlanApplyError, UserEditsError, type ApplyProblem } from '../../xlsx/apply-errors';
import { applyPlanToPackage, PackageRefusal, type PackageApplyResult } from '../../xlsx/package/apply-plan';
import { NotAWorkbookError } from '../../xlsx/package/workbook-part';
import { packageReadError } from '../../xlsx/read/file';
import type { ZipArchive } from '../../xlsx/zip/archive';
import { ZipFormatError } from '../../xlsx/zip/write';
import { countBySeverity } from '../../domain/api/findings';
import { headerLine, resultLine, summaryCounts, totalsLines } from '../human';
import type { CliIo } from '../io';
import { CliError, EXIT_CLEAN, EXIT_FINDINGS } from '../io';
import { readFailure } from '../package-read';
import { loadTable, type LoadedTable } from '../workbook';
import { sameFile, writeBytesAtomically } from '../files';

export { sameFile, writeAtomically } from '../files';

interface ScoreOptions {
  readonly file: string;
  readonly output: string;
  readonly sheet?: string;
  readonly criteria: CriteriaArg;
  readonly agencySheets: boolean;
  readonly lang: Lang;
  readonly userEdits?: UserEditsChoice;
}

function conflictError(problems: readonly (PlanConflict | ApplyProblem)[], t: Translate): CliError {
  const details = problems.map((p) => `  - ${t(`cli.error.conflict.${p.reason}`, { ...p })}`);
  return new CliError('cli.error.plan-conflict', {}, details);
}

function userEditsError(found: UserEdits, t: Translate): CliError {
  const details = found.edits.map((e) => `  - ${t('cli.user-edits.cell', { sheet: e.sheet, cell: e.cell })}`);
  if (!found.certain) details.push(t('cli.error.user-edits.unsure'));
  if (found.tableResized) details.push(t('cli.error.user-edits.table-resized'));
  return new CliError('cli.error.user-edits', { count: found.edits.length }, details);
}

/** The reason in the user's words for the usual causes; the system's text for anything else. */
function writeReason(err: unknown, t: Translate): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const key = `write-errors.${code ?? ''}`;
  const text = code ? t(key) : key;
  return text !== key ? text : err instanceof Error ? err.message : String(err);
}

/** The scored package, or the reason it cannot be written, in the CLI's terms. */
function scoredPackage(
  input: ZipArchive,
  sharedStrings: readonly string[] | null,
  plan: WritePlan,
  options: ScoreOptions,
  t: Translate,
): PackageApplyResult {
  const file = options.file;
  try {
    return applyPlanToPackage(input, plan, { sharedStrings, ...(options.userEdits ? { userEdits: options.userEdits } : {}) });
  } catch (err) {
    if (err instanceof PlanApplyError) throw conflictError(err.problems, t);
    if (err instanceof UserEditsError) throw userEditsError(err.found, t);
    if (err instanceof PackageRefusal) throw new CliError(`cli.error.${err.reason}`, { file, sheet: err.sheet });
    if (err instanceof ZipFormatError || err instanceof NotAWorkbookError) throw new CliError('cli.error.not-xlsx', { file, detail: err.message });
    const unreadable = packageReadError(file, err);
    if (unreadable) throw readFailure(unreadable, file, t);
    throw err;
  }
}

/** Excel opens a macro workbook only under an .xlsm name, and any other only under .xlsx. */
function checkOutputType(options: ScoreOptions, macroEnabled: boolean): void {
  const wanted = macroEnabled ? '.xlsm' : '.xlsx';
  if (extname(options.output).toLowerCase() === wanted) return;
  throw new CliError(macroEnabled ? 'cli.error.output-needs-xlsm' : 'cli.error.output-needs-xlsx', { input: options.file, file: options.output });
}

export async function runScore(options: ScoreOptions, io: CliIo): Promise<number> {
  const t = translator(options.lang);
  if (!['.xlsx', '.xlsm'].includes(extname(options.output).toLowerCase())) {
    throw new CliError('cli.error.score-output-type', { file: options.output });
  }
  if (sameFile(options.file, options.output)) {
    throw new CliError('cli.error.output-is-input', { file: options.file });
  }

  // The parts read are kept for the writer: the package is read and inflated once per run.
  let loaded: LoadedTable | null = await loadTable(options.file, { ...options, keepTexts: true }, t);
  const { analysis, criteria } = loaded;
  const built = buildWritePlan(analysis, {
    grid: loaded.grid,
    previous: loaded.marker,
    ...(loaded.renamedTable ? { renamedTable: loaded.renamedTable } : {}),
    existingSheets: loaded.workbook.sheets.map((ws) => ws.name),
    t,
    lang: options.lang,
    include: { tableColumns: true, summary: true, agencySheets: options.agencySheets },
  });
  if (!built.ok) throw conflictError(built.conflicts, t);
  const { plan } = built;
  const { archive, sharedStrings } = loaded.workbook;
  // The grid is not needed to write: let it go before the writer makes its garbage. (The reader's
  // decoded shared strings are the writer's index keys; the plan's cells hold most of them anyway.)
  loaded = null;
  const scored = scoredPackage(archive, sharedStrings, plan, options, t);
  checkOutputType(options, scored.macroEnabled);
  const { kept } = scored;

  try {
    writeBytesAtomically(options.output, scored.bytes);
  } catch (err) {
    throw new CliError('cli.error.write-failed', { file: options.output, detail: writeReason(err, t) });
  }

  const none = t('cli.none');
  const lines = [
    ...criteriaLines(criteria, t),
    headerLine(options.file, analysis, t),
    ...totalsLines(analysis, t, options.lang, summaryCounts(analysis.agencies)),
    resultLine(analysis, t),
    t('cli.score.written', { file: options.output }),
    ...(scored.signed ? [t('cli.score.signature-broken', { file: options.file })] : []),
    t('cli.score.table-columns', {
      sheet: plan.marker.tableSheet ?? analysis.sheet,
      columns: plan.marker.tableColumns.map(columnLetter).join(', ') || none,
    }),
    t('cli.score.sheets', { sheets: plan.marker.sheets.join(', ') || none }),
  ];
  if (kept.length > 0) {
    lines.push(t('cli.score.kept', { count: kept.length, cells: kept.map((e) => `${e.sheet}!${e.cell}`).join(', ') }));
  }
  const removed = plan.deleteSheets.filter((name) => !scored.spared.includes(name));
  if (removed.length > 0) lines.push(t('cli.score.removed', { sheets: removed.join(', ') }));
  if (scored.spared.length > 0) lines.push(t('cli.score.spared', { sheets: scored.spared.join(', ') }));
  if (analysis.findings.length > 0) lines.push(t('cli.findings.hint', { file: options.file }));
  io.stdout(`${lines.join('\n')}\n`);
  return countBySeverity(analysis.findings).error > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
