import type { Finding, Severity } from './types';

/** How many findings of each severity: what every summary line, status and exit code is made from. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
