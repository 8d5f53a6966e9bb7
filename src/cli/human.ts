import { countBySeverity, type Finding, type Severity } from '../domain/api/findings';
import { countAgencies, type AgencyCounts, type AgencySummary, type RecomputedFrom, type Analysis } from '../domain/api/analyze';
import { criteriaSetLabel } from '../domain/api/criteria';
import { formatPoints, type Fixed } from '../domain/api/cells';
import type { Lang, Translate } from '../i18n/types';

/** Points as the user's locale writes them ("8,67" in Vietnamese); "—" when unknown. */
export function pointsText(value: Fixed | null, lang: Lang): string {
  return value === null ? '—' : formatPoints(value, lang);
}

export function headerLine(file: string, analysis: Analysis, t: Translate): string {
  const layout = analysis.table.layout;
  return t('cli.header', {
    file,
    sheet: analysis.sheet,
    shape: t(`cli.shape.${layout.shape}`),
    headerRow: layout.headerRow + 1,
    first: layout.firstDataRow + 1,
    last: layout.lastDataRow + 1,
    // A custom set's id is made up; its title is what the user wrote.
    set: criteriaSetLabel(analysis.criteria),
    how: t(`cli.header.criteria.${analysis.criteriaChosenBy}`),
  });
}

/** The counts of an agency summary already made (as `score` makes it for its sheets). */
export function summaryCounts(agencies: readonly AgencySummary[]): AgencyCounts {
  const count = agencies.filter((a) => a.kind === 'agency').length;
  return { agencies: count, groups: agencies.length - count };
}

/**
 * `counts` defaults to counting the agencies alone: `check` never needs their lists. A command that
 * has made the summary anyway passes its counts (summaryCounts) rather than count twice.
 */
export function totalsLines(
  analysis: Analysis,
  t: Translate,
  lang: Lang,
  counts: AgencyCounts = countAgencies(analysis.table, analysis.lines),
): string[] {
  const lines: string[] = [];
  if (analysis.table.layout.shape === 'score') {
    const { stated, recomputed, lost } = analysis.totals;
    const p = (v: Fixed | null): string => pointsText(v, lang);
    if (stated.row !== null) {
      lines.push(t('cli.totals.stated', { row: stated.row + 1, max: p(stated.max), score: p(stated.score), target: p(stated.target) }));
    }
    lines.push(
      t(recomputedKey(analysis.totals.recomputedFrom), { max: p(recomputed.max), score: p(recomputed.score), target: p(recomputed.target), lost: p(lost) }),
    );
  } else {
    lines.push(t('cli.totals.none'));
  }
  const { agencies, groups } = counts;
  if (agencies + groups > 0) lines.push(t('cli.agencies.line', { agencies, groups }));
  return lines;
}

export function resultLine(analysis: Analysis, t: Translate): string {
  const counts = countBySeverity(analysis.findings);
  const params = { errors: counts.error, warnings: counts.warning, infos: counts.info };
  return counts.error > 0 ? t('cli.result.errors', params) : t('cli.result.clean', params);
}

/** One line per finding: "Sheet!A1  [severity] message". */
export function findingLines(analysis: Analysis, t: Translate): string[] {
  // The three severities' labels looked up once, not a key built and hashed per finding (a table of
  // codes outside the set has thousands).
  const labels: Readonly<Record<Severity, string>> = {
    error: severityLabel('error', t),
    warning: severityLabel('warning', t),
    info: severityLabel('info', t),
  };
  const lines = new Array<string>(analysis.findings.length);
  for (let i = 0; i < lines.length; i++) {
    const f = analysis.findings[i]!;
    lines[i] = lineOf(f, labels[f.severity], t);
  }
  return lines;
}

/** `Sheet!A1  [error] message`: one finding as every command prints it. */
export function findingLine(f: Finding, t: Translate): string {
  return lineOf(f, severityLabel(f.severity, t), t);
}

function severityLabel(severity: Severity, t: Translate): string {
  return t(`cli.severity.${severity}`);
}

function lineOf(f: Finding, label: string, t: Translate): string {
  return `${f.sheet}!${f.cell}  [${label}] ${t(f.messageKey, f.params)}`;
}

/** The recomputed total's line says what it adds up: the areas, or the criteria of a table without area rows. */
function recomputedKey(from: RecomputedFrom | null): string {
  return from === 'criteria' || from === 'both' ? `cli.totals.recomputed.${from}` : 'cli.totals.recomputed';
}
