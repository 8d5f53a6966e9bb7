import { summarizeAgencies } from '../../../src/domain/agencies';
import { checkTable } from '../../../src/domain/check';
import { criteriaIndex, getCriteriaSet } from '../../../src/domain/criteria';
import { fixed } from '../../../src/domain/fixed';
import { scoreTable } from '../../../src/domain/score';
import { readTable } from '../../../src/domain/table';
import { gridFromRows, type BuilderValue } from '../../support/grid-builder';
import { DAKLAK_2020_HEADERS, DAKLAK_2020_ROWS } from './daklak-2020';

/** Kế hoạch Đắk Lắk 2020, Phụ lục I as a sheet: title rows, the printed header, numbers as numbers. */
function daklakGrid() {
  const rows: BuilderValue[][] = [
    ['Phụ lục I'],
    ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2019 VÀ MỤC TIÊU NĂM 2020'],
    [],
    [...DAKLAK_2020_HEADERS],
    ...DAKLAK_2020_ROWS.map(([code, name, max, score, target, lead]) => [code === '' ? null : code, name, max, score, target, lead === '' ? null : lead]),
  ];
  return gridFromRows(rows, { sheet: 'Phụ lục I' });
}

describe('Kế hoạch Đắk Lắk 2020, Phụ lục I through the table reader', () => {
  const read = readTable(daklakGrid());
  if (!read.ok) throw new Error(`table not read: ${JSON.stringify(read.failure)}`);
  const index = criteriaIndex(getCriteriaSet('par-2017'));
  const findings = checkTable(read.table, index);

  it('finds the five rounding warnings and no error', () => {
    const sums = findings.filter((f) => f.rule === 'subtotal-mismatch' || f.rule === 'total-mismatch');
    // Header on sheet row 4: the data row of printed row i is sheet row i + 5.
    const at = (code: string, column: string) => `${column}${DAKLAK_2020_ROWS.findIndex(([c]) => c === code) + 5}`;
    expect(sums.map((f) => [f.code, f.cell, f.actual, f.expected, f.severity])).toEqual([
      ['2', at('2', 'D'), '8.67', '8.66', 'warning'],
      ['3', at('3', 'E'), '13.7', '13.68', 'warning'],
      ['4', at('4', 'D'), '7.74', '7.73', 'warning'],
      ['5', at('5', 'D'), '11.47', '11.48', 'warning'],
      ['6', at('6', 'D'), '8.41', '8.42', 'warning'],
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('scores the table: total 100 / 79.53 / 92.81, stated and recomputed', () => {
    const { lines, totals } = scoreTable(read.table, index);
    expect(lines).toHaveLength(DAKLAK_2020_ROWS.length - 1);
    expect(totals.recomputed).toEqual({ max: fixed(100), score: fixed(79.53), target: fixed(92.81) });
    expect(totals.stated).toMatchObject({ max: fixed(100), score: fixed(79.53), target: fixed(92.81) });
    const agencies = summarizeAgencies(read.table, lines);
    expect(agencies.find((a) => a.name === 'Sở Nội vụ')?.totals.count).toBeGreaterThan(0);
  });
});
