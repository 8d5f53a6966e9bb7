import { readTable } from '../../../src/domain/table';
import { holdsOnlyAreas } from '../../../src/domain/table/depth';
import { gridFromRows } from '../../support/grid-builder';

const HEADER = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt được'];

function tableOf(rows: (string | number | null)[][]) {
  const read = readTable(gridFromRows([HEADER, ...rows]));
  if (!read.ok) throw new Error(`no table: ${JSON.stringify(read.failure)}`);
  return read.table;
}

describe('a table of areas alone (a summary sheet)', () => {
  it('is the eight areas with a total, roman or arabic', () => {
    expect(
      holdsOnlyAreas(
        tableOf([
          ['I', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8],
          ['II', 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh', 7.5, 7],
          [null, 'Tổng cộng', 17, 15],
        ]),
      ),
    ).toBe(true);
    expect(
      holdsOnlyAreas(
        tableOf([
          ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8],
          ['2', 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh', 7.5, 7],
        ]),
      ),
    ).toBe(true);
  });

  it('is not a table with a criterion under an area', () => {
    expect(
      holdsOnlyAreas(
        tableOf([
          ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8],
          ['1.1', 'Kế hoạch cải cách hành chính', 2.5, 2],
        ]),
      ),
    ).toBe(false);
  });
});
