import { ALL_SEVERITIES, NO_AREA, areaOf, areasOf, countBySeverity, groupFindings } from '../../src/taskpane/findings-model';
import { FINDINGS, finding } from './fixtures';

describe('findings model', () => {
  it('takes the area from the first segment of the code', () => {
    expect(areaOf(finding({ cell: 'A1', severity: 'error', code: '7.3.6' }))).toBe('7');
    expect(areaOf(finding({ cell: 'A1', severity: 'error', code: null }))).toBe(NO_AREA);
    expect(areaOf(finding({ cell: 'A1', severity: 'error', code: 'IV' }))).toBe(NO_AREA);
  });

  it('lists areas in numeric order with the code-less group last', () => {
    const findings = ['10.1', '2.1', null, '1.4'].map((code, i) => finding({ cell: `A${i + 1}`, severity: 'warning', code }));
    expect(areasOf(findings)).toEqual(['1', '2', '10', NO_AREA]);
  });

  it('groups by severity (errors first), then by area, rows in sheet order', () => {
    const extra = finding({ cell: 'D12', severity: 'error', code: '3.2' });
    const groups = groupFindings([...FINDINGS, extra], { severities: ALL_SEVERITIES, area: null });
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['warning', 1],
      ['info', 1],
    ]);
    expect(groups[0]!.areas.map((a) => [a.area, a.findings.map((f) => f.cell)])).toEqual([
      ['3', ['D12', 'D16']],
      ['5', ['B40']],
    ]);
  });

  it('filters by severity and area', () => {
    const groups = groupFindings(FINDINGS, { severities: new Set(['error', 'info']), area: NO_AREA });
    expect(groups.map((g) => g.severity)).toEqual(['info']);
    expect(countBySeverity(FINDINGS)).toEqual({ error: 2, warning: 1, info: 1 });
  });
});
