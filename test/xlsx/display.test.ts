import { excelSerialToDate, formatDate, formatGeneral, formatNumber } from '../../src/xlsx/display';

describe('formatGeneral', () => {
  it.each([
    [0, '0'],
    [8.5, '8.5'],
    [1.1, '1.1'],
    [0.1 + 0.2, '0.3'],
    [79.53, '79.53'],
    [-2.25, '-2.25'],
    [1 / 3, '0.3333333333'],
    [123456789012, '1.23457E+11'],
  ])('%p shows as %p', (value, text) => {
    expect(formatGeneral(value)).toBe(text);
  });
});

describe('formatNumber', () => {
  it.each([
    [8.5, '0.00', '8.50'],
    [1.1, '0.00', '1.10'],
    [100, '0.00', '100.00'],
    [7.5, '#,##0.0#', '7.5'],
    [1234.567, '#,##0.00', '1,234.57'],
    [0.8675, '0.00%', '86.75%'],
    [0.5, '0%', '50%'],
    [-3, '0.00;(0.00)', '(3.00)'],
    [-3, '0.00', '-3.00'],
    [12, '0.00 "điểm"', '12.00 điểm'],
    [3.25, 'General', '3.25'],
    [3.25, undefined, '3.25'],
    [3.25, '@', '3.25'],
  ])('%p under %p shows as %p', (value, numFmt, text) => {
    expect(formatNumber(value, numFmt)).toBe(text);
  });

  it('formats date serials with the date format', () => {
    // 44196 is 31/12/2020 in the 1900 date system.
    expect(formatNumber(44196, 'dd/mm/yyyy')).toBe('31/12/2020');
    expect(formatNumber(44196, 'd/m/yy')).toBe('31/12/20');
  });
});

describe('formatDate', () => {
  it('uses dd/mm/yyyy when the cell has no date format', () => {
    expect(formatDate(new Date(Date.UTC(2024, 0, 15)), undefined)).toBe('15/01/2024');
  });

  it('tells minutes from months after an hour token', () => {
    expect(formatDate(new Date(Date.UTC(2024, 2, 5, 9, 7)), 'dd/mm/yyyy hh:mm')).toBe('05/03/2024 09:07');
  });

  it('converts serials to the right UTC day', () => {
    expect(excelSerialToDate(43831).toISOString().slice(0, 10)).toBe('2020-01-01');
  });
});
