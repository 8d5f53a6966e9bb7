import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCli, EXAMPLES, loadWorkbook } from '../support/cli';

/**
 * Acceptance for Kế hoạch Đắk Lắk 2020, Phụ lục I: the tool reports every arithmetic discrepancy the table holds
 * and no others. The expected list is recomputed here straight from the example workbook's cells
 * (integer hundredths, parents found by dotted code prefix), independently of the engine.
 */
const FILE = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');
const COLUMNS = { max: 'C', score: 'D', target: 'E' } as const;
type Role = keyof typeof COLUMNS;
const ROLES = Object.keys(COLUMNS) as Role[];
const ARITHMETIC_RULES = new Set([
  'subtotal-mismatch',
  'total-mismatch',
  'score-exceeds-max',
  'target-exceeds-max',
  'target-below-score',
  'negative-value',
  'not-a-number',
]);

interface SheetRow {
  readonly row: number;
  readonly code: string;
  readonly values: Record<Role, number>;
}

/** Hundredths from a number cell or a text cell typed with a comma ("0,78"). */
function hundredths(value: ExcelJS.CellValue): number {
  const text = typeof value === 'number' ? String(value) : String(value).trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) throw new Error(`not a two-decimal amount: ${String(value)}`);
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function show(h: number): string {
  return String(h / 100);
}

async function readSheet(): Promise<{ rows: SheetRow[]; total: SheetRow }> {
  const wb = await loadWorkbook(FILE);
  const ws = wb.getWorksheet('Phụ lục I')!;
  const rows: SheetRow[] = [];
  let total: SheetRow | undefined;
  ws.eachRow((row, r) => {
    const code = row.getCell('A').value;
    const name = String(row.getCell('B').value ?? '');
    const values = () => Object.fromEntries(ROLES.map((role) => [role, hundredths(row.getCell(COLUMNS[role]).value)])) as Record<Role, number>;
    if (typeof code === 'number' || (typeof code === 'string' && /^\d+(\.\d+)*$/.test(code.trim()))) {
      rows.push({ row: r, code: String(code).trim(), values: values() });
    } else if (/^TỔNG ĐIỂM$/i.test(name.trim())) {
      total = { row: r, code: '', values: values() };
    }
  });
  return { rows, total: total! };
}

interface Discrepancy {
  readonly rule: string;
  readonly severity: string;
  readonly cell: string;
  readonly code: string | null;
  readonly expected: string;
  readonly actual: string;
}

function expectedDiscrepancies(rows: readonly SheetRow[], total: SheetRow): Discrepancy[] {
  const out: Discrepancy[] = [];
  const parentOf = (code: string) => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);
  const sumCheck = (rule: string, at: SheetRow, code: string | null, parts: readonly SheetRow[]) => {
    if (parts.length === 0) return;
    for (const role of ROLES) {
      const sum = parts.reduce((s, p) => s + p.values[role], 0);
      const stated = at.values[role];
      if (sum === stated) continue;
      const severity = Math.abs(sum - stated) <= 2 ? 'warning' : 'error';
      out.push({ rule, severity, cell: `${COLUMNS[role]}${at.row}`, code, expected: show(sum), actual: show(stated) });
    }
  };
  for (const r of rows) sumCheck('subtotal-mismatch', r, r.code, rows.filter((c) => parentOf(c.code) === r.code));
  sumCheck('total-mismatch', total, null, rows.filter((r) => parentOf(r.code) === null));
  for (const r of rows) {
    const { max, score, target } = r.values;
    const at = (role: Role) => `${COLUMNS[role]}${r.row}`;
    if (score > max) out.push({ rule: 'score-exceeds-max', severity: 'error', cell: at('score'), code: r.code, expected: show(max), actual: show(score) });
    if (target > max) out.push({ rule: 'target-exceeds-max', severity: 'error', cell: at('target'), code: r.code, expected: show(max), actual: show(target) });
    if (target < score) out.push({ rule: 'target-below-score', severity: 'warning', cell: at('target'), code: r.code, expected: show(score), actual: show(target) });
  }
  const order = (d: Discrepancy) => Number(d.cell.slice(1)) * 100 + d.cell.charCodeAt(0);
  return out.sort((a, b) => order(a) - order(b));
}

describe('Kế hoạch Đắk Lắk 2020, Phụ lục I arithmetic', () => {
  it('reports exactly the discrepancies recomputed from the cells, rounding drift as warnings', async () => {
    const { rows, total } = await readSheet();
    // The annex lists 8 areas, 43 criteria and 52 sub-criteria.
    expect(rows).toHaveLength(103);
    const expected = expectedDiscrepancies(rows, total);
    expect(expected.length).toBeGreaterThan(0);

    const { code, stdout } = await runCli(['check', FILE, '--json']);
    const report = JSON.parse(stdout) as { findings: (Discrepancy & { row: number; sheet: string })[] };
    const reported = report.findings
      .filter((f) => ARITHMETIC_RULES.has(f.rule))
      .map(({ rule, severity, cell, code: c, expected: e, actual }) => ({ rule, severity, cell, code: c, expected: e, actual }));
    expect(reported).toEqual(expected);
    // All of them are within the 0.02 rounding tolerance, so the table has no errors at all.
    expect(code).toBe(0);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
