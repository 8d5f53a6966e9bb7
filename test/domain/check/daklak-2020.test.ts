import { checkTable } from '../../../src/domain/check';
import { criteriaIndex, getCriteriaSet } from '../../../src/domain/criteria';
import { translator } from '../../../src/i18n';
import { localizeParams } from '../../../src/taskpane/localize';
import { daklak2020Index, daklak2020Table } from './builders';

const SUMS = new Set(['subtotal-mismatch', 'total-mismatch']);

/** Kế hoạch Đắk Lắk 2020, Phụ lục I: each stated parent against the exact sum of its direct children. */
const EXPECTED = [
  { code: '2', column: 'Điểm năm 2019', actual: '8.67', expected: '8.66' },
  { code: '3', column: 'Mục tiêu năm 2020', actual: '13.7', expected: '13.68' },
  { code: '4', column: 'Điểm năm 2019', actual: '7.74', expected: '7.73' },
  { code: '5', column: 'Điểm năm 2019', actual: '11.47', expected: '11.48' },
  { code: '6', column: 'Điểm năm 2019', actual: '8.41', expected: '8.42' },
];

describe.each([
  ['a hand-made index of the printed tree', () => daklak2020Index()],
  ['the embedded par-2017 set', () => criteriaIndex(getCriteriaSet('par-2017'))],
])('Kế hoạch Đắk Lắk 2020, Phụ lục I checked against %s', (_label, makeIndex) => {
  const findings = checkTable(daklak2020Table(), makeIndex());
  const sums = findings.filter((f) => SUMS.has(f.rule));

  it('finds exactly the five printed rounding discrepancies and nothing else in the sums', () => {
    expect(sums.map((f) => ({ code: f.code, column: f.params['column'], actual: f.actual, expected: f.expected }))).toEqual(EXPECTED);
    expect(sums.every((f) => f.rule === 'subtotal-mismatch' && f.severity === 'warning')).toBe(true);
    expect(sums.every((f) => f.messageKey === 'finding.subtotal-mismatch.area.rounding')).toBe(true);
  });

  it('finds no error at all: the total 79.53 / 92.81 / 100 matches the areas', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.some((f) => f.rule === 'total-mismatch')).toBe(false);
  });
});

describe('Kế hoạch Đắk Lắk 2020 subtotal messages', () => {
  const findings = checkTable(daklak2020Table(), daklak2020Index()).filter((f) => f.rule === 'subtotal-mismatch');
  const area2 = findings.find((f) => f.code === '2')!;

  it('point at the area row cell in the score column', () => {
    // Header on sheet row 6, area 2 is the eighth data row: D14.
    expect(area2).toMatchObject({ sheet: 'Phụ lục I', cell: 'D14', row: 14, col: 3 });
    expect(area2.params).toMatchObject({ stated: '8.67', sum: '8.66', difference: '0.01' });
  });

  it('read as one concrete line in both languages', () => {
    expect(translator('vi')(area2.messageKey, localizeParams(area2.params, 'vi'))).toBe(
      'Tổng lĩnh vực 2 (cột “Điểm năm 2019”) ghi 8,67 nhưng tổng các tiêu chí con là 8,66 (lệch 0,01, do làm tròn).',
    );
    expect(translator('en')(area2.messageKey, localizeParams(area2.params, 'en'))).toBe(
      'Area 2 (column “Điểm năm 2019”) states 8.67 but its criteria add up to 8.66 (off by 0.01, rounding).',
    );
  });
});
