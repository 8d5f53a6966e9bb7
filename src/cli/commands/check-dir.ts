import { extname, join } from 'path';
import {
  mergeAgencies,
  buildCheckDirSheets,
  checkDirTotals,
  type MergedAgency,
  type CheckDirFailure,
  type CheckDirFile,
  type CheckDirReport,
} from '../../domain/api/check-dir';
import { countBySeverity } from '../../domain/api/findings';
import type { Analysis } from '../../domain/api/analyze';
import { criteriaSetLabel } from '../../domain/api/criteria';
import { loadCriteriaFile, type CriteriaArg } from '../criteria-source';
import { toPoints, type Fixed } from '../../domain/api/cells';
import { MARKER_SHEET, isToolOutputSheets } from '../../domain/api/workbook';
import { translator } from '../../i18n';
import type { Lang, Translate } from '../../i18n/types';
import type { XlsxPackage } from '../../xlsx/read/package';
import { listDir } from '../dir-listing';
import type { Ignored, IgnoredReason } from '../dir-listing';
import { pointsText } from '../human';
import type { CliIo } from '../io';
import { CliError, EXIT_CLEAN, EXIT_FINDINGS } from '../io';
import { ProgressBar } from '../progress';
import { analyzeWorkbook, openWorkbook, workbookMarker } from '../workbook';
import { readIn } from '../package-read';
import { sameFile, writeAtomically } from '../files';

interface CheckDirOptions {
  readonly dir: string;
  readonly output?: string;
  readonly criteria: CriteriaArg;
  readonly recursive: boolean;
  readonly json: boolean;
  readonly lang: Lang;
}

/** Failures with a message of their own that does not repeat the file name (the line starts with it). */
const FAILURE_KEYS: Readonly<Record<string, string>> = {
  'cli.error.not-xlsx': 'check-dir.failure.not-xlsx',
  'cli.error.encrypted': 'check-dir.failure.encrypted',
  'cli.error.legacy-xls': 'check-dir.failure.legacy-xls',
  'cli.error.opendocument': 'check-dir.failure.opendocument',
  'cli.error.no-table': 'check-dir.failure.no-table',
  'cli.error.not-found': 'check-dir.failure.not-found',
  'cli.error.not-a-file': 'check-dir.failure.not-a-file',
  'cli.error.unreadable': 'check-dir.failure.unreadable',
  'cli.error.damaged': 'check-dir.failure.damaged',
};

function failureOf(err: unknown, file: string): CheckDirFailure {
  if (err instanceof CliError) {
    const reason = err.key.replace(/^cli\.error\./, '');
    return { reason, messageKey: FAILURE_KEYS[err.key] ?? err.key, params: { ...err.params, file } };
  }
  // A workbook exceljs opens but chokes on later must not end the run: it is one more broken file.
  const detail = err instanceof Error ? err.message : String(err);
  return { reason: 'unexpected', messageKey: 'check-dir.failure.unexpected', params: { file, detail } };
}

/** No sheet holds a single value: said plainly rather than as "no table found in Sheet1". */
async function isEmptyWorkbook(workbook: XlsxPackage, file: string, t: Translate): Promise<boolean> {
  for (const ws of workbook.worksheets()) {
    if (ws.name === MARKER_SHEET) continue;
    if ((await readIn(file, t, () => workbook.grid(ws.name))).cells.length > 0) return false;
  }
  return true;
}

async function isToolOutput(workbook: XlsxPackage, file: string, t: Translate): Promise<boolean> {
  return isToolOutputSheets(
    workbook.sheets.map((s) => s.name),
    await workbookMarker(workbook, file, t),
  );
}

type Outcome = CheckDirFile | { readonly file: string; readonly toolOutput: true };

async function checkOne(path: string, file: string, criteria: CriteriaArg, t: Translate): Promise<Outcome> {
  try {
    const workbook = await openWorkbook(path, t);
    if (await isToolOutput(workbook, file, t)) return { file, toolOutput: true };
    try {
      // Only the analysis is kept: holding every parsed workbook of a large folder would pile up memory.
      const { analysis } = await analyzeWorkbook(workbook, file, { criteria }, t);
      return { file, ok: true, analysis };
    } catch (err) {
      // Asked only when no table was found: an empty workbook is said plainly, and reading every
      // sheet twice is spared for the workbooks that have a table.
      if (err instanceof CliError && err.key === 'cli.error.no-table' && (await isEmptyWorkbook(workbook, file, t))) {
        const failure = { reason: 'empty-workbook', messageKey: 'check-dir.failure.empty-workbook', params: { file } };
        return { file, ok: false, failure };
      }
      throw err;
    }
  } catch (err) {
    return { file, ok: false, failure: failureOf(err, file) };
  }
}

function fileLine(file: CheckDirFile, t: Translate, lang: Lang): string {
  if (!file.ok) return t('check-dir.line.failed', { file: file.file, reason: t(file.failure.messageKey, file.failure.params) });
  const { analysis } = file;
  const counts = countBySeverity(analysis.findings);
  const params = {
    file: file.file,
    sheet: analysis.sheet,
    set: criteriaSetLabel(analysis.criteria),
    errors: counts.error,
    warnings: counts.warning,
  };
  if (analysis.table.layout.shape === 'task') return t('check-dir.line.task', params);
  return t('check-dir.line.score', {
    ...params,
    stated: pointsText(analysis.totals.stated.score, lang),
    recomputed: pointsText(analysis.totals.recomputed.score, lang),
    from: t(`check-dir.from.${analysis.totals.recomputedFrom ?? 'areas'}`),
  });
}

function points(value: Fixed | null): number | null {
  return value === null ? null : toPoints(value);
}

function fileJson(file: CheckDirFile, t: Translate) {
  if (!file.ok) {
    return {
      file: file.file,
      ok: false,
      sheet: null,
      criteriaSet: null,
      shape: null,
      totals: null,
      errors: 0,
      warnings: 0,
      infos: 0,
      findings: [],
      failure: { reason: file.failure.reason, message: t(file.failure.messageKey, file.failure.params) },
    };
  }
  const a: Analysis = file.analysis;
  const counts = countBySeverity(a.findings);
  const { stated, recomputed } = a.totals;
  return {
    file: file.file,
    ok: true,
    sheet: a.sheet,
    criteriaSet: a.criteria.id,
    criteriaTitle: a.criteria.title,
    shape: a.table.layout.shape,
    totals: {
      stated: {
        max: points(stated.max),
        score: points(stated.score),
        target: points(stated.target),
        row: stated.row === null ? null : stated.row + 1,
      },
      recomputed: { max: points(recomputed.max), score: points(recomputed.score), target: points(recomputed.target) },
      lost: points(a.totals.lost),
      gapToTarget: points(a.totals.gapToTarget),
    },
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    findings: a.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      code: f.code,
      message: t(f.messageKey, f.params),
    })),
  };
}

function agencyJson(a: MergedAgency) {
  return {
    name: a.name,
    kind: a.kind,
    files: a.files,
    criteria: a.criteria,
    max: points(a.max),
    score: points(a.score),
    target: points(a.target),
    lost: points(a.lost),
    gapToTarget: points(a.gapToTarget),
    tasks: a.tasks,
    coordinates: a.coordinates,
  };
}

const IGNORED_ORDER: readonly IgnoredReason[] = ['lock-file', 'not-xlsx', 'folder', 'tool-output'];

function ignoredLine(ignored: readonly Ignored[], t: Translate): string | null {
  const items = IGNORED_ORDER.map((reason) => ({ reason, count: ignored.filter((i) => i.reason === reason).length }))
    .filter((x) => x.count > 0)
    .map((x) => t(`check-dir.ignored.${x.reason}`, { count: x.count }));
  return items.length === 0 ? null : t('check-dir.summary.ignored', { items: items.join('; ') });
}

/** The output may sit in the folder: a consolidated workbook of an earlier run is fine, an agency's workbook is not. */
async function guardOutput(options: CheckDirOptions, workbooks: readonly string[], t: Translate): Promise<void> {
  const { output } = options;
  if (output === undefined) return;
  for (const file of workbooks) {
    const path = join(options.dir, file);
    if (!sameFile(path, output)) continue;
    const earlier = await openWorkbook(path, t).then(
      (wb) => isToolOutput(wb, path, t),
      () => false,
    );
    if (!earlier) throw new CliError('check-dir.error.output-in-dir', { file: output });
  }
}

/**
 * par-scorer check-dir: every workbook of a folder, one line each, then the folder's totals and, with
 * -o, the consolidated workbook. A file that cannot be read is one line more, never the end of the run.
 */
export async function runCheckDir(options: CheckDirOptions, io: CliIo): Promise<number> {
  const t = translator(options.lang);
  if (options.output !== undefined && extname(options.output).toLowerCase() !== '.xlsx') {
    throw new CliError('cli.error.output-not-xlsx', { file: options.output });
  }
  const listing = await listDir(options.dir, options.recursive);
  if (listing.workbooks.length === 0) {
    const folders = listing.ignored.filter((i) => i.reason === 'folder').length;
    const details = folders > 0 ? [t('check-dir.error.no-workbooks.recursive', { count: folders })] : [];
    throw new CliError('check-dir.error.no-workbooks', { dir: options.dir }, details);
  }
  await guardOutput(options, listing.workbooks, t);
  // A criteria file is one input for the whole folder: read it once, and an unusable one stops the run.
  const criteria: CriteriaArg =
    typeof options.criteria === 'object' ? { ...options.criteria, loaded: await loadCriteriaFile(options.criteria.file, t) } : options.criteria;

  const progress = new ProgressBar(io, listing.workbooks.length);
  const files: CheckDirFile[] = [];
  const ignored: Ignored[] = [...listing.ignored];
  for (const [i, file] of listing.workbooks.entries()) {
    progress.update(i, file);
    const outcome = await checkOne(join(options.dir, file), file, criteria, t);
    if ('toolOutput' in outcome) ignored.push({ file, reason: 'tool-output' });
    else files.push(outcome);
    if (!options.json) {
      progress.clear();
      io.stdout(`${'toolOutput' in outcome ? t('check-dir.line.tool-output', { file }) : fileLine(outcome, t, options.lang)}\n`);
    }
  }
  progress.update(listing.workbooks.length, '');
  progress.clear();
  if (files.length === 0) throw new CliError('check-dir.error.no-workbooks', { dir: options.dir });

  const agencies = mergeAgencies(files.flatMap((f) => (f.ok ? [{ file: f.file, agencies: f.analysis.agencies }] : [])));
  const report: CheckDirReport = { dir: options.dir, files, agencies };
  const totals = checkDirTotals(files);

  if (options.output !== undefined) {
    // exceljs is loaded only when a consolidated workbook is asked for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { checkDirWorkbook } = require('../../xlsx/check-dir-workbook') as typeof import('../../xlsx/check-dir-workbook');
    const workbook = checkDirWorkbook(buildCheckDirSheets(report, t));
    const output = options.output;
    try {
      await writeAtomically(output, (tmp) => workbook.xlsx.writeFile(tmp));
    } catch (err) {
      throw new CliError('cli.error.write-failed', { file: output, detail: (err as Error).message });
    }
  }

  if (options.json) {
    const json = {
      dir: options.dir,
      files: files.map((f) => fileJson(f, t)),
      agencies: agencies.map(agencyJson),
      totals,
      ignored,
      output: options.output ?? null,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lines = ['', t('check-dir.summary', { dir: options.dir, ...totals })];
    const agencyCount = agencies.filter((a) => a.kind === 'agency').length;
    if (agencies.length > 0) {
      lines.push(t('check-dir.summary.agencies', { agencies: agencyCount, groups: agencies.length - agencyCount }));
    }
    const skipped = ignoredLine(ignored, t);
    if (skipped !== null) lines.push(skipped);
    if (options.output !== undefined) lines.push(t('check-dir.summary.written', { file: options.output }));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return totals.failed > 0 || totals.withErrors > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
