import { detectPlanYear } from '../../../src/domain/table/plan-year';
import { gridFromRows } from '../../support/grid-builder';

describe('detectPlanYear', () => {
  it('reads the year of the plan from a title row', () => {
    const grid = gridFromRows([['UBND TỈNH SƠN LA'], ['Kế hoạch CCHC năm 2021'], ['STT', 'Nội dung', 'Chủ trì']]);
    expect(detectPlanYear(grid)).toBe(2021);
  });

  it('prefers the target year over last year\'s score year', () => {
    const grid = gridFromRows([['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm năm 2019', 'Mục tiêu năm 2020']]);
    expect(detectPlanYear(grid)).toBe(2020);
  });

  it('ignores years outside 2017..2035 and sheets without a year', () => {
    expect(detectPlanYear(gridFromRows([['Quyết định năm 2015'], ['STT', 'Tên']]))).toBeUndefined();
    expect(detectPlanYear(gridFromRows([['STT', 'Tên']]))).toBeUndefined();
  });

  it('reads numbers only from text cells', () => {
    expect(detectPlanYear(gridFromRows([[2024, 'STT']]))).toBeUndefined();
  });
});
