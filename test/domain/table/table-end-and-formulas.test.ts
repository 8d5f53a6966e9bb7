import { analyze } from '../../../src/domain/engine';
import { fixed } from '../../../src/domain/fixed';
import type { Grid, GridCell } from '../../../src/domain/grid';
import { readTable } from '../../../src/domain/table';
import { plainSumCells } from '../../../src/domain/table/formulas';
import { translator } from '../../../src/i18n';
import { gridFromRows, type BuilderValue } from '../../support/grid-builder';

const HEADER = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt được', 'Cơ quan chủ trì'];

/** A grid with formula cells saved without a result (as a program that does not calculate writes them). */
function withFormulas(rows: BuilderValue[][], formulas: Readonly<Record<string, string>>): Grid {
  const grid = gridFromRows(rows);
  const cells = grid.cells.map((row) => [...row]);
  for (const [a1, formula] of Object.entries(formulas)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    const cell: GridCell = { value: null, text: '', kind: 'empty', formula };
    cells[Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65] = cell;
  }
  return { ...grid, cells };
}

describe('the table ends at the recipients list or the signature', () => {
  it.each([
    ['Nơi nhận:', 'KT. CHỦ TỊCH'],
    ['', 'TM. ỦY BAN NHÂN DÂN'],
    ['', 'PHÓ CHỦ TỊCH'],
  ])('%p / %p closes the table: nothing below it is data', (left, right) => {
    const result = readTable(
      gridFromRows([
        HEADER,
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 9.5, 8.82, 'Sở Nội vụ'],
        ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5, 'Sở Nội vụ'],
        [],
        [left, '', '', right],
        ['- Bộ Nội vụ (b/c);', '', '', ''],
        ['- Lưu: VT, NC.', '', '', '1,5'],
        ['', '', '', 'Nguyễn Văn An'],
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(result.table.layout.lastDataRow).toBe(2);
  });

  /*
   * A signed table under its total: the place and date line over the signature, the compiler's
   * "NGƯỜI LẬP BIỂU" beside the signer's title, and the names after the space left for signing.
   * Cells right of the table are where the tool writes its columns: read as rows, they pushed those
   * columns right of the signature and made the tool claim the signature's rows.
   */
  it.each<[string, BuilderValue[][]]>([
    ['the place and date line', [['', '', '', '', '', '', '', 'Đắk Lắk, ngày 15 tháng 8 năm 2020'], ['', 'NGƯỜI LẬP BIỂU', '', '', '', '', '', 'KT. GIÁM ĐỐC']]],
    ['the place and a date left blank until signed', [['', '', '', '', '', '', 'Hà Tĩnh, ngày      tháng      năm 2023']]],
    ['a city’s place and date line', [['', '', '', '', '', '', 'Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2024']]],
    ['"NGƯỜI LẬP BIỂU" beside the signer’s title', [['', 'NGƯỜI LẬP BIỂU', '', '', '', '', '', 'GIÁM ĐỐC']]],
    ['"Người lập biểu" alone', [['', 'Người lập biểu']]],
  ])('%s closes the table: the names under it are no rows, and lie outside its columns', (_, block) => {
    const result = readTable(
      gridFromRows([
        HEADER,
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 9.5, 8.82, 'Sở Nội vụ'],
        ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5, 'Sở Nội vụ'],
        ['', 'TỔNG ĐIỂM', 9.5, 8.82, ''],
        ...block,
        [],
        ['', 'Nguyễn Văn An', '', '', '', '', '', 'Trần Thị Bình'],
      ]),
    );
    if (!result.ok) throw new Error('unread');
    expect(result.table.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(result.table.layout.lastDataRow).toBe(3);
    // Columns A-E: the tool's columns then start at G, beside the table, not right of the signature.
    expect(result.table.layout.lastUsedCol).toBe(4);
  });

  it('ends at the total row when another table follows it under a header of its own (a SIPAS table)', () => {
    const result = readTable(
      gridFromRows([
        HEADER,
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 9.5, 8.82, 'Sở Nội vụ'],
        ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5, 'Sở Nội vụ'],
        ['', 'TỔNG ĐIỂM', 9.5, 8.82, ''],
        [],
        ['BẢNG 2. CHỈ SỐ HÀI LÒNG SIPAS NĂM 2023'],
        ['STT', 'Yếu tố', 'Số phiếu', 'Tỷ lệ hài lòng (%)', 'Cơ quan chủ trì', 'Nguồn'],
        ['1', 'Tiếp cận dịch vụ', 1200, 82.5, 'Văn phòng UBND tỉnh', 'Bộ Nội vụ'],
        ['2', 'Thủ tục hành chính', 1200, 80.1, 'Sở Nội vụ', 'Bộ Nội vụ'],
      ]),
    );
    if (!result.ok) throw new Error('unread');
    expect(result.table.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(result.table.layout.lastUsedCol).toBe(4);
  });

  it('reads on under a total row at the top, and past its own header repeated under a total', () => {
    const top = readTable(
      gridFromRows([
        HEADER,
        ['', 'TỔNG ĐIỂM', 11, 10.32, ''],
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 9.5, 8.82, 'Sở Nội vụ'],
        ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5, 'Sở Nội vụ'],
        ['1.2', 'Thực hiện chế độ báo cáo', 1, 1, 'Sở Nội vụ'],
        ['1.3', 'Kiểm tra cải cách hành chính', 1, 1, 'Sở Nội vụ'],
        ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm đạt được', 'Cơ quan chủ trì'],
        ['2', 'CẢI CÁCH THỂ CHẾ', 1.5, 1.5, 'Sở Tư pháp'],
      ]),
    );
    expect(top.ok && top.table.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 7]);
    const repeated = readTable(
      gridFromRows([
        HEADER,
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 9.5, 8.82, 'Sở Nội vụ'],
        ['', 'Tổng cộng', 9.5, 8.82, ''],
        HEADER,
        ['2', 'CẢI CÁCH THỂ CHẾ', 10, 8.53, 'Sở Tư pháp'],
      ]),
    );
    expect(repeated.ok && repeated.table.rows.map((r) => r.row)).toEqual([1, 2, 4]);
  });

  it('reads on past a deadline or a document’s date alone on its row: without a place name before a comma it is no date line', () => {
    const header = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'];
    const result = readTable(
      gridFromRows([
        header,
        ['1.1', 'Ban hành Kế hoạch cải cách hành chính năm 2024', 'Sở Nội vụ', 'Quý I/2024'],
        ['', '', '', 'Trước ngày 31 tháng 12 năm 2024'],
        ['', '', 'Quyết định của UBND tỉnh, ngày 10 tháng 02 năm 2024', ''],
        ['1.2', 'Kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', 'Quý IV/2024'],
      ]),
    );
    expect(result.ok && result.table.layout.lastDataRow).toBe(4);
  });

  it.each(['Ghi chú:', 'Ghi chú: Điểm tối đa theo Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ.', '* Lưu ý: số liệu đến ngày 30/6/2024'])(
    'the notes under the table (%p) and the lines under them are not rows',
    (note) => {
      const result = readTable(
        gridFromRows([
          HEADER,
          ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 9.5, 8.82, 'Sở Nội vụ'],
          ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5, 'Sở Nội vụ'],
          ['', note],
          ['', '- Lĩnh vực 8 gồm Chỉ số SIPAS và các chỉ tiêu phát triển kinh tế - xã hội.'],
        ]),
      );
      expect(result.ok && result.table.rows.map((r) => r.row)).toEqual([1, 2]);
    },
  );

  it('reads on after notes between two parts of the table, from the next coded row', () => {
    const result = readTable(
      gridFromRows([
        HEADER,
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 9.5, 8.82, 'Sở Nội vụ'],
        ['', 'Ghi chú: điểm lĩnh vực 1 theo kết quả thẩm định.'],
        ['', '- Lĩnh vực 2 chưa có kết quả.'],
        ['2', 'CẢI CÁCH THỂ CHẾ', 10, 8.53, 'Sở Tư pháp'],
        ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ]),
    );
    expect(result.ok && result.table.rows.map((r) => r.row)).toEqual([1, 4, 5]);
  });

  it('keeps a row whose note column says "Ghi chú" without a colon as data', () => {
    const result = readTable(gridFromRows([HEADER, ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5, 'Sở Nội vụ'], ['1.2', 'Ghi chú', 1, 1, '']]));
    expect(result.ok && result.table.rows.map((r) => r.row)).toEqual([1, 2]);
  });

  it('keeps a letterhead in the middle of the table and a lead "Chủ tịch UBND tỉnh" as data', () => {
    const result = readTable(
      gridFromRows([
        HEADER,
        ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 1.5, 1.5, 'Sở Nội vụ'],
        ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['1.2', 'Thực hiện chế độ báo cáo', 1, 1, 'Chủ tịch UBND tỉnh'],
      ]),
    );
    expect(result.ok && result.table.rows.map((r) => r.row)).toEqual([1, 3]);
  });
});

describe('formula cells saved without a result', () => {
  it('reads the plain sums a subtotal formula names', () => {
    expect(plainSumCells('=SUM(C3:C5)')).toEqual([
      { row: 2, col: 2 },
      { row: 3, col: 2 },
      { row: 4, col: 2 },
    ]);
    expect(plainSumCells('C3+$C$4 + D5')).toEqual([
      { row: 2, col: 2 },
      { row: 3, col: 2 },
      { row: 4, col: 3 },
    ]);
    expect(plainSumCells('SUM(C3,C5;D7)')).toHaveLength(3);
    for (const other of ['=ROUND(C3,2)', '=C3*2', '=8.32+4.5', '=SUM(C3:C5)/2', "='Sheet 2'!C3"]) expect(plainSumCells(other)).toBeNull();
  });

  it('works out a plain sum of the table cells, nested sums included, and says nothing', () => {
    const grid = withFormulas(
      [
        HEADER,
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', null, null, 'Sở Nội vụ'],
        ['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, 1.5, 'Sở Nội vụ'],
        ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ', 0.5, '0,25', 'Sở Nội vụ'],
        ['', 'TỔNG ĐIỂM', null, null, ''],
      ],
      { C2: 'SUM(C3:C4)', D2: 'D3+D4', C5: 'SUM(C2)', D5: 'D2' },
    );
    const result = analyze(grid, { criteria: 'par-2017' });
    if (!result.ok) throw new Error('unread');
    const area = result.analysis.table.rows[0]!;
    expect(area.numbers.max?.parse).toEqual({ status: 'ok', value: fixed(2), storedAsText: false, raw: '2' });
    expect(area.numbers.score?.parse).toMatchObject({ status: 'ok', value: fixed(1.75) });
    expect(result.analysis.findings.filter((f) => f.rule === 'formula-not-calculated')).toEqual([]);
  });

  it('counts a formula saved without its result right of the table as filled: the tool writes beside it, not over it', () => {
    // An officer's own check beside the total row (G5), written by a program that does not calculate.
    const grid = withFormulas(
      [
        [...HEADER, '', ''],
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 2, 2, 'Sở Nội vụ', '', ''],
        ['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, 1.5, 'Sở Nội vụ', '', ''],
        ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ', 0.5, 0.5, 'Sở Nội vụ', '', ''],
        ['', 'TỔNG ĐIỂM', 2, 2, '', '', ''],
      ],
      { G5: 'D5-SUM(D2)' },
    );
    const result = readTable(grid);
    expect(result.ok && result.table.layout.lastUsedCol).toBe(6);
  });

  it('asks the officer to recalculate any other formula, in Vietnamese and English, and leaves it out of sums', () => {
    const grid = withFormulas(
      [
        HEADER,
        ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 2, null, 'Sở Nội vụ'],
        ['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, null, 'Sở Nội vụ'],
        ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ', 0.5, 0.5, 'Sở Nội vụ'],
      ],
      { D2: 'SUM(D3:D4)', D3: 'ROUND(1.456,2)' },
    );
    const result = analyze(grid, { criteria: 'par-2017' });
    if (!result.ok) throw new Error('unread');
    const found = result.analysis.findings.filter((f) => f.rule === 'formula-not-calculated');
    // D3 cannot be worked out, so neither can the sum over it in D2: both are named, nothing is guessed.
    expect(found.map((f) => [f.cell, f.severity, f.actual])).toEqual([
      ['D2', 'error', '=SUM(D3:D4)'],
      ['D3', 'error', '=ROUND(1.456,2)'],
    ]);
    expect(result.analysis.findings.filter((f) => f.rule === 'subtotal-mismatch')).toEqual([]);
    const d3 = found[1]!;
    expect(translator('vi')(d3.messageKey, d3.params)).toBe(
      'Ô D3 (cột “Điểm đạt được”) có công thức =ROUND(1.456,2) nhưng chưa có kết quả (tệp được lưu mà chưa tính). Hãy mở tệp bằng Excel, tính lại (F9) và lưu, rồi kiểm tra lại; đến lúc đó ô này không được cộng vào tổng.',
    );
    expect(translator('en')(d3.messageKey, d3.params)).toBe(
      'Cell D3 (column “Điểm đạt được”) holds the formula =ROUND(1.456,2) but no result (the file was saved without calculating). Open it in Excel, recalculate (F9) and save, then check again; until then this cell is left out of every sum.',
    );
  });
});
