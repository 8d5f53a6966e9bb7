import { isCustomSet } from '../criteria/sets';
import { a1 } from '../address';
import type { MergedAgency } from '../agencies/merge';
import type { Analysis } from '../analysis';
import { countBySeverity } from '../check/severity';
import type { Severity } from '../check/types';
import { subFixed, type Fixed } from '../fixed';
import type { Params, Translate } from '../../i18n/types';
import { BlockWriter, HEADER_STYLE, SECTION_STYLE, TITLE_STYLE, pointsCell, textCell } from './cells';
import type { CellStyle, ConditionalFormat, PlanCell, PlanSheet } from './types';

/*
 * The consolidated workbook of a folder check: which workbook of the folder says what, in one place.
 * Like the summary sheet it is a pure description (PlanSheet); src/xlsx writes it.
 */

/** Why a workbook of the folder could not be checked; the message is an i18n key with params. */
export interface CheckDirFailure {
  /** Stable id for scripts: "not-xlsx", "encrypted", "no-table", ... */
  readonly reason: string;
  readonly messageKey: string;
  readonly params: Params;
}

export type CheckDirFile =
  | { readonly file: string; readonly ok: true; readonly analysis: Analysis }
  | { readonly file: string; readonly ok: false; readonly failure: CheckDirFailure };

export interface CheckDirReport {
  /** The folder as the user typed it. */
  readonly dir: string;
  /** In the order they were checked (Vietnamese order of their paths). */
  readonly files: readonly CheckDirFile[];
  readonly agencies: readonly MergedAgency[];
}

type FileStatus = 'clean' | 'errors' | 'failed';

interface CheckDirTotals {
  readonly files: number;
  readonly clean: number;
  readonly withErrors: number;
  readonly failed: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function fileStatus(file: CheckDirFile): FileStatus {
  if (!file.ok) return 'failed';
  return countBySeverity(file.analysis.findings).error > 0 ? 'errors' : 'clean';
}

export function checkDirTotals(files: readonly CheckDirFile[]): CheckDirTotals {
  let clean = 0;
  let withErrors = 0;
  let failed = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    const status = fileStatus(file);
    if (status === 'clean') clean++;
    else if (status === 'errors') withErrors++;
    else failed++;
    if (file.ok) {
      const counts = countBySeverity(file.analysis.findings);
      errors += counts.error;
      warnings += counts.warning;
      infos += counts.info;
    }
  }
  return { files: files.length, clean, withErrors, failed, errors, warnings, infos };
}

/** The three sheets, named in the user's language (all short enough for Excel's 31 characters). */
interface CheckDirSheetNames {
  readonly files: string;
  readonly findings: string;
  readonly agencies: string;
}

export function checkDirSheetNames(t: Translate): CheckDirSheetNames {
  return { files: t('check-dir.sheet.files'), findings: t('check-dir.sheet.findings'), agencies: t('check-dir.sheet.agencies') };
}

const COUNT_FORMAT = '0';
const ERROR_STYLE: CellStyle = { fill: '#FFC7CE', fontColor: '#9C0006' };
const WARNING_STYLE: CellStyle = { fill: '#FFEB9C', fontColor: '#9C5700' };
const CLEAN_STYLE: CellStyle = { fill: '#C6EFCE', fontColor: '#006100' };
const BOLD: CellStyle = { bold: true };

function headers(t: Translate, keys: readonly string[]): PlanCell[] {
  return keys.map((k) => textCell(t(k), HEADER_STYLE));
}

function countCell(value: number, style?: CellStyle): PlanCell {
  return style ? { value, numberFormat: COUNT_FORMAT, style } : { value, numberFormat: COUNT_FORMAT };
}

function difference(a: Fixed | null, b: Fixed | null): Fixed | null {
  return a === null || b === null ? null : subFixed(a, b);
}

const FILE_HEADERS = [
  'check-dir.head.index',
  'check-dir.head.file',
  'check-dir.head.sheet',
  'check-dir.head.shape',
  'check-dir.head.criteria',
  'check-dir.head.stated-max',
  'check-dir.head.stated-score',
  'check-dir.head.stated-target',
  'check-dir.head.recomputed-score',
  'check-dir.head.score-difference',
  'check-dir.head.lost',
  'check-dir.head.errors',
  'check-dir.head.warnings',
  'check-dir.head.infos',
  'check-dir.head.result',
] as const;
/** 0-based columns of the counts, for the totals row and the conditional formats. */
const ERRORS_COL = FILE_HEADERS.indexOf('check-dir.head.errors');
const WARNINGS_COL = ERRORS_COL + 1;
const INFOS_COL = ERRORS_COL + 2;

function statusCell(file: CheckDirFile, t: Translate): PlanCell {
  if (!file.ok) {
    const reason = t(file.failure.messageKey, file.failure.params);
    return textCell(t('check-dir.status.failed', { reason }), { ...ERROR_STYLE, wrap: true });
  }
  return fileStatus(file) === 'errors'
    ? textCell(t('check-dir.status.errors'), ERROR_STYLE)
    : textCell(t('check-dir.status.clean'), CLEAN_STYLE);
}

function fileRow(index: number, file: CheckDirFile, t: Translate): (PlanCell | null)[] {
  const lead: (PlanCell | null)[] = [countCell(index), textCell(file.file)];
  if (!file.ok) {
    // Nothing was read: every column between the name and the result stays blank, counts included.
    const blanks = Array<PlanCell | null>(FILE_HEADERS.length - lead.length - 1).fill(null);
    return [...lead, ...blanks, statusCell(file, t)];
  }
  const { analysis } = file;
  const counts = countBySeverity(analysis.findings);
  const score = analysis.table.layout.shape === 'score';
  const { stated, recomputed, lost } = analysis.totals;
  return [
    ...lead,
    textCell(analysis.sheet),
    textCell(t(`check-dir.shape.${analysis.table.layout.shape}`)),
    textCell(isCustomSet(analysis.criteria) ? analysis.criteria.title : analysis.criteria.id),
    score ? pointsCell(stated.max) : null,
    score ? pointsCell(stated.score) : null,
    score ? pointsCell(stated.target) : null,
    score ? pointsCell(recomputed.score) : null,
    score ? pointsCell(difference(stated.score, recomputed.score)) : null,
    score ? pointsCell(lost) : null,
    countCell(counts.error),
    countCell(counts.warning),
    countCell(counts.info),
    statusCell(file, t),
  ];
}

function sumFormula(col: number, first: number, last: number, cached: number): PlanCell {
  return { formula: `=SUM(${a1(first, col)}:${a1(last, col)})`, cached, numberFormat: COUNT_FORMAT, style: BOLD };
}

function countFormats(col: number, first: number, last: number, style: CellStyle): ConditionalFormat {
  return {
    range: `${a1(first, col)}:${a1(last, col)}`,
    rule: { type: 'cellIs', operator: 'greaterThan', formula: '=0' },
    style,
  };
}

/** One row per workbook: where its table is, its totals as stated and recomputed, its findings counted. */
export function buildFilesSheet(report: CheckDirReport, name: string, t: Translate): PlanSheet {
  const totals = checkDirTotals(report.files);
  const w = new BlockWriter();
  w.add([textCell(t('check-dir.files.title', { dir: report.dir }), TITLE_STYLE)]);
  w.add([textCell(t('check-dir.files.counts', { ...totals }))]);
  w.add();
  const headerRow = w.add(headers(t, FILE_HEADERS));
  const first = w.nextRow;
  report.files.forEach((file, i) => w.add(fileRow(i + 1, file, t)));
  const last = w.nextRow - 1;
  const conditionalFormats: ConditionalFormat[] = [];
  if (report.files.length > 0) {
    const totalsRow: (PlanCell | null)[] = Array<PlanCell | null>(FILE_HEADERS.length).fill(null);
    totalsRow[1] = textCell(t('check-dir.files.total'), BOLD);
    totalsRow[ERRORS_COL] = sumFormula(ERRORS_COL, first, last, totals.errors);
    totalsRow[WARNINGS_COL] = sumFormula(WARNINGS_COL, first, last, totals.warnings);
    totalsRow[INFOS_COL] = sumFormula(INFOS_COL, first, last, totals.infos);
    w.add(totalsRow);
    conditionalFormats.push(
      countFormats(ERRORS_COL, first, last, ERROR_STYLE),
      countFormats(WARNINGS_COL, first, last, WARNING_STYLE),
    );
  }
  const widths = [6, 40, 22, 16, 12, 11, 11, 11, 13, 12, 11, 8, 10, 10, 40];
  return {
    name,
    role: 'summary',
    owned: true,
    blocks: [w.block()],
    columnWidths: widths.map((width, col) => ({ col, width })),
    conditionalFormats,
    freeze: { rows: headerRow + 1, cols: 2 },
  };
}

/** Every finding of every workbook, with the file it is in: the list an officer works through. */
export function buildFindingsSheet(report: CheckDirReport, name: string, t: Translate): PlanSheet {
  const w = new BlockWriter();
  w.add(
    headers(t, [
      'check-dir.head.file',
      'check-dir.head.sheet',
      'sheet.head.cell',
      'sheet.head.severity',
      'sheet.head.code',
      'sheet.head.message',
    ]),
  );
  const severityStyle: Record<Severity, CellStyle | undefined> = { error: ERROR_STYLE, warning: WARNING_STYLE, info: undefined };
  let count = 0;
  for (const file of report.files) {
    if (!file.ok) continue;
    for (const f of file.analysis.findings) {
      count++;
      w.add([
        textCell(file.file),
        textCell(f.sheet),
        textCell(f.cell),
        textCell(t(`severity.${f.severity}`), severityStyle[f.severity]),
        f.code === null ? null : textCell(f.code),
        textCell(t(f.messageKey, f.params), { wrap: true }),
      ]);
    }
  }
  if (count === 0) w.add([textCell(t('check-dir.findings.none'))]);
  return {
    name,
    role: 'summary',
    owned: true,
    blocks: [w.block()],
    columnWidths: [40, 22, 8, 12, 10, 90].map((width, col) => ({ col, width })),
    conditionalFormats: [],
    freeze: { rows: 1, cols: 0 },
  };
}

const AGENCY_HEADERS = [
  'check-dir.head.index',
  'check-dir.head.agency',
  'check-dir.head.file-count',
  'check-dir.head.criteria-count',
  'sheet.head.max',
  'sheet.head.score',
  'sheet.head.lost',
  'sheet.head.gap',
  'check-dir.head.tasks',
  'check-dir.head.coordinates',
  'check-dir.head.files',
] as const;

function agencyRows(w: BlockWriter, agencies: readonly MergedAgency[], t: Translate): void {
  w.add(headers(t, AGENCY_HEADERS));
  agencies.forEach((a, i) => {
    w.add([
      countCell(i + 1),
      textCell(a.name, { wrap: true }),
      countCell(a.files.length),
      countCell(a.criteria),
      pointsCell(a.max),
      pointsCell(a.score),
      pointsCell(a.lost),
      pointsCell(a.gapToTarget),
      countCell(a.tasks),
      countCell(a.coordinates),
      textCell(a.files.join('; '), { wrap: true }),
    ]);
  });
}

/**
 * The lead agencies of every workbook added up, one row per canonical agency; group names
 * ("UBND cấp huyện") in their own section, never spread over the agencies they stand for.
 */
export function buildAgenciesSheet(report: CheckDirReport, name: string, t: Translate): PlanSheet {
  const agencies = report.agencies.filter((a) => a.kind === 'agency');
  const groups = report.agencies.filter((a) => a.kind === 'group');
  const read = report.files.filter((f) => f.ok).length;
  const w = new BlockWriter();
  w.add([textCell(t('check-dir.agencies.title', { files: read }), TITLE_STYLE)]);
  w.add([textCell(t('check-dir.agencies.note'))]);
  w.add();
  w.add([textCell(t('check-dir.agencies.section', { count: agencies.length }), SECTION_STYLE)]);
  if (agencies.length > 0) agencyRows(w, agencies, t);
  else w.add([textCell(t('check-dir.agencies.none'))]);
  w.add();
  w.add([textCell(t('check-dir.groups.section', { count: groups.length }), SECTION_STYLE)]);
  if (groups.length > 0) agencyRows(w, groups, t);
  else w.add([textCell(t('check-dir.groups.none'))]);
  return {
    name,
    role: 'summary',
    owned: true,
    blocks: [w.block()],
    columnWidths: [6, 45, 8, 10, 11, 11, 11, 13, 11, 11, 50].map((width, col) => ({ col, width })),
    conditionalFormats: [],
  };
}

/** The consolidated workbook: files, findings, merged agencies, in that tab order. */
export function buildCheckDirSheets(report: CheckDirReport, t: Translate): PlanSheet[] {
  const names = checkDirSheetNames(t);
  return [
    buildFilesSheet(report, names.files, t),
    buildFindingsSheet(report, names.findings, t),
    buildAgenciesSheet(report, names.agencies, t),
  ];
}
