import { createFakeWorkbook, displayText, formatNumber } from './index';

describe('fake Excel: displayed text', () => {
  it.each([
    [1.5, '0.00', '1,50', '1.50'],
    [1.5, 'General', '1,5', '1.5'],
    [8.6667, 'General', '8,6667', '8.6667'],
    [1 / 3, 'General', '0,3333333333', '0.3333333333'],
    [1234567.891, '#,##0.00', '1.234.567,89', '1,234,567.89'],
    [1.005, '0.00', '1,01', '1.01'],
    [-2.5, '0.0', '-2,5', '-2.5'],
    [0.125, '0%', '13%', '13%'],
    [12, '0.##', '12,', '12.'],
    [0, '0.00;(0.00);"-"', '-', '-'],
    [-3, '0.00;(0.00)', '(3,00)', '(3.00)'],
    [1e12, 'General', '1E+12', '1E+12'],
  ])('%p in %p shows %p in vi-VN and %p in en-US', (value, format, vi, en) => {
    expect(formatNumber(value, format, 'vi-VN')).toBe(vi);
    expect(formatNumber(value, format, 'en-US')).toBe(en);
  });

  it('shows text, booleans and empty cells as Excel does', () => {
    expect(displayText('1.10', '@', 'vi-VN')).toBe('1.10');
    expect(displayText(true, 'General', 'vi-VN')).toBe('TRUE');
    expect(displayText(null, '0.00', 'vi-VN')).toBe('');
  });

  it('uses the workbook locale for range.text', async () => {
    const spec = (locale: 'vi-VN' | 'en-US') =>
      createFakeWorkbook({ locale, sheets: [{ name: 'S', cells: [[1.5, 2]], numberFormats: [['0.00', '#,##0.0']] }] });
    for (const [locale, expected] of [
      ['vi-VN', ['1,50', '2,0']],
      ['en-US', ['1.50', '2.0']],
    ] as const) {
      const text = await spec(locale).run(async (context) => {
        const r = context.workbook.worksheets.getItem('S').getRange('A1:B1').load('text');
        await context.sync();
        return r.text[0];
      });
      expect(text).toEqual(expected);
    }
  });
});
