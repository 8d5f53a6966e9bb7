import type { Finding, Severity } from '../domain/api/findings';

export { countBySeverity } from '../domain/api/findings';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings without a code (header, total row) are grouped under this area key. */
export const NO_AREA = '';

interface FindingFilter {
  readonly severities: ReadonlySet<Severity>;
  /** An area code ("1".."8"), NO_AREA, or null for every area. */
  readonly area: string | null;
}

interface AreaGroup {
  readonly area: string;
  readonly findings: readonly Finding[];
}

interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly areas: readonly AreaGroup[];
}

export function areaOf(finding: Finding): string {
  const code = finding.code?.trim();
  if (!code) return NO_AREA;
  const head = code.split('.')[0] ?? '';
  return /^\d+$/.test(head) ? head : NO_AREA;
}

export const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITY_ORDER);

/** Areas present among the findings, in numeric order, the code-less group last. */
export function areasOf(findings: readonly Finding[]): string[] {
  const areas = new Set(findings.map(areaOf));
  return [...areas].sort((a, b) => {
    if (a === NO_AREA) return 1;
    if (b === NO_AREA) return -1;
    return Number(a) - Number(b);
  });
}

/** Row order inside a group is sheet order, so the list reads like the table. */
function bySheetPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col;
}

export function groupFindings(findings: readonly Finding[], filter: FindingFilter): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    if (!filter.severities.has(severity)) continue;
    const matching = findings.filter(
      (f) => f.severity === severity && (filter.area === null || areaOf(f) === filter.area),
    );
    if (matching.length === 0) continue;
    const areas = areasOf(matching).map((area) => ({
      area,
      findings: matching.filter((f) => areaOf(f) === area).sort(bySheetPosition),
    }));
    groups.push({ severity, count: matching.length, areas });
  }
  return groups;
}
