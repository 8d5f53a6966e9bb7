import fc from 'fast-check';
import { fixed } from '../../../src/domain/fixed';
import { readTable } from '../../../src/domain/table';
import type { ReadTable, TableRow } from '../../../src/domain/table/types';
import { gridFromRows, type BuilderValue, type GridBuilderOptions } from '../../support/grid-builder';

function read(rows: BuilderValue[][], opts: GridBuilderOptions = {}, options = {}): ReadTable {
  const result = readTable(gridFromRows(rows, opts), options);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.table;
}

const roles = (t: ReadTable): Record<string, number> => Object.fromEntries(t.layout.columns.map((c) => [c.role, c.col]));
const names = (r: TableRow, key: 'lead' | 'coordinating'): string[] => r[key].map((m) => m.name);

describe('readTable: a task table like the one in Kế hoạch Sơn La 2023', () => {
  const header = ['STT', 'Nội dung', 'Phân công trách nhiệm', '', 'Thời gian\nhoàn thành', 'Ghi chú'];
  const header2 = ['', '', 'Cơ quan chủ trì', 'Cơ quan phối hợp', '', ''];
  const table = read([
    ['UBND TỈNH SƠN LA', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2023'],
    header,
    header2,
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    [1, 'Lĩnh vực “Công tác chỉ đạo, điều hành CCHC”'],
    ['a', 'Triển khai bảo đảm mức độ hoàn thành kế hoạch', 'Sở Nội vụ', 'Các sở, ban, ngành;\nUBND cấp huyện;\nUBND cấp xã.', 'Quý IV'],
    ['b', 'Kiểm tra CCHC', 'Sở Nội vụ', 'Các sở, ban, ngành', 'Tháng 6'],
    ['Trang 2'],
    header,
    header2,
    [2, 'Lĩnh vực “Cải cách thể chế”'],
    ['a', 'Rà soát văn bản QPPL', 'Sở Tư pháp', 'Sở, ban, ngành cấp tỉnh', 'Năm 2023'],
  ]);

  it('finds a two-row header under the title rows', () => {
    expect(table.layout).toMatchObject({ headerRow: 3, headerRowCount: 2, shape: 'task', firstDataRow: 5 });
    expect(roles(table)).toEqual({ code: 0, name: 1, lead: 2, coordinating: 3, deadline: 4, note: 5 });
    expect(table.layout.columns.find((c) => c.role === 'lead')?.header).toBe('Phân công trách nhiệm Cơ quan chủ trì');
  });

  it('skips the index row, the page footer and the repeated header', () => {
    expect(table.rows.map((r) => [r.row, r.kind])).toEqual([
      [5, 'area'],
      [6, 'task'],
      [7, 'task'],
      [11, 'area'],
      [12, 'task'],
    ]);
  });

  it('reads "1 | Lĩnh vực ..." as an area labelled in words, and letters as uncoded tasks', () => {
    expect(table.rows[0]!.code).toMatchObject({ codes: ['1'], areaStyle: 'label', cell: { row: 5, col: 0 } });
    expect(table.rows[0]!.name?.text).toBe('Công tác chỉ đạo, điều hành CCHC');
    expect(table.rows[1]!.code.codes).toEqual([]);
  });

  it('reads agencies and deadlines, the year taken from the title', () => {
    const a = table.rows[1]!;
    expect(names(a, 'lead')).toEqual(['Sở Nội vụ']);
    expect(names(a, 'coordinating')).toEqual(['Sở, ban, ngành cấp tỉnh', 'UBND cấp huyện', 'UBND cấp xã']);
    expect(a.leadCell).toEqual({ row: 6, col: 2 });
    expect(a.deadline).toEqual({ raw: 'Quý IV', kind: 'quarter', start: '2023-10-01', end: '2023-12-31', cell: { row: 6, col: 4 } });
    expect(table.rows[2]!.deadline).toMatchObject({ kind: 'month', start: '2023-06-01' });
  });
});

describe('readTable: a table like Kế hoạch Hà Tĩnh 2023, Phụ lục I whose criterion cell carries the code', () => {
  const rows: BuilderValue[][] = [
    ['TT', 'Tiêu chí/ tiêu chí thành phần', 'Nhiệm vụ, giải pháp', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành (tháng/quý/năm)'],
    ['I', 'Chỉ đạo điều hành CCHC'],
    [1, '1.1 - Thực hiện Kế hoạch\nCCHC năm: đạt 98,2%', 'Theo dõi tiến độ', 'Sở Nội vụ và\ncác Sở, ngành\nchủ trì các\nlĩnh vực\nCCHC', 'Sở, ban, ngành\ncấp tỉnh;', 'Thường xuyên'],
    [null, null, 'Báo cáo định kỳ', null, 'UBND cấp huyện', 'Quý IV/2023'],
    [2, '5.2.3 - Tuyển dụng; 5.2.4 - Nâng ngạch', 'Tổ chức thi tuyển', 'Sở Nội vụ', '', 'Năm 2023'],
  ];

  it('takes the codes from the name column when STT is a row count', () => {
    const t = read(rows, { merges: [{ row: 2, col: 1, rowCount: 2, colCount: 1 }, { row: 2, col: 3, rowCount: 2, colCount: 1 }] });
    expect(t.rows.map((r) => [r.kind, r.code.codes])).toEqual([
      ['area', ['1']],
      ['task', ['1.1']],
      ['task', ['1.1']],
      ['task', ['5.2.3', '5.2.4']],
    ]);
    const first = t.rows[1]!;
    expect(first.code).toMatchObject({ cell: { row: 2, col: 1 }, filled: false });
    expect(first.name?.text).toBe('Thực hiện Kế hoạch CCHC năm: đạt 98,2%');
    expect(names(first, 'lead')).toEqual(['Sở Nội vụ', 'Các cơ quan chủ trì các lĩnh vực CCHC của tỉnh']);
  });

  it('fills merged criterion and lead cells down the rows they span', () => {
    const t = read(rows, { merges: [{ row: 2, col: 1, rowCount: 2, colCount: 1 }, { row: 2, col: 3, rowCount: 2, colCount: 1 }] });
    const second = t.rows[2]!;
    expect(second.code).toMatchObject({ codes: ['1.1'], filled: true });
    expect(second.name).toMatchObject({ filled: true, cell: { row: 3, col: 1 } });
    expect(names(second, 'lead')).toEqual(['Sở Nội vụ', 'Các cơ quan chủ trì các lĩnh vực CCHC của tỉnh']);
    expect(second.task).toEqual({ cell: { row: 3, col: 2 }, text: 'Báo cáo định kỳ', filled: false });
  });

  it('fills down by heuristic when the adapter could not read merges', () => {
    const t = read(rows, { mergesKnown: false });
    const second = t.rows[2]!;
    expect(second.code).toMatchObject({ codes: ['1.1'], filled: true });
    expect(names(second, 'lead')).toEqual(['Sở Nội vụ', 'Các cơ quan chủ trì các lĩnh vực CCHC của tỉnh']);
    expect(names(second, 'coordinating')).toEqual(['UBND cấp huyện']);
  });

  it('leaves blank cells blank when merges are known and none covers them, but the row keeps its criterion', () => {
    const t = read(rows);
    // A task row with blank code cells under a criterion belongs to that criterion (issue 11);
    // its other blank cells (here the lead) stay blank.
    expect(t.rows[2]!.code).toMatchObject({ codes: ['1.1'], filled: true });
    expect(t.rows[2]!.name).toBeNull();
    expect(t.rows[2]!.lead).toEqual([]);
  });
});

describe('readTable: an English score table with roman areas', () => {
  const table = read(
    [
      ['PAR INDEX plan 2024'],
      ['Code', 'Criterion', 'Max points', 'Score', 'Target', 'Lead agency', 'Notes'],
      [1, 2, 3, 4, 5, 6, 7],
      ['I', 'Direction and management', 9.5, 8, 9],
      ['1.1', 'Annual plan', 1.5, '1,5', 1.5, 'SNV'],
      [1.1, 'Reports typed as a number', 0.5, 0, 0.5, null],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Code', 'Criterion', 'Max points', 'Score', 'Target', 'Lead agency', 'Notes'],
      ['II', 'Institutions', 10, 8.67, 9.4, 'Sở Tư pháp', '', 'checked'],
      ['Total', '', 100, 79.53, 92.81],
    ],
    { merges: [{ row: 4, col: 5, rowCount: 2, colCount: 1 }], originRow: 0 },
  );

  it('maps English headers and skips the numbered index row', () => {
    expect(roles(table)).toEqual({ code: 0, name: 1, max: 2, score: 3, target: 4, lead: 5, note: 6 });
    expect(table.layout).toMatchObject({ shape: 'score', headerRow: 1, firstDataRow: 3 });
  });

  it('reads areas, criteria and the total, skipping letterhead and repeated headers', () => {
    expect(table.rows.map((r) => [r.row, r.kind, r.code.codes.join()])).toEqual([
      [3, 'area', '1'],
      [4, 'criterion', '1.1'],
      [5, 'criterion', '1.1'],
      [8, 'area', '2'],
      [9, 'total', ''],
    ]);
    expect(table.rows[0]!.code.areaStyle).toBe('roman');
  });

  it('flags points stored as text and codes that may have lost a trailing zero', () => {
    expect(table.rows[1]!.numbers.score).toEqual({
      cell: { row: 4, col: 3 },
      parse: { status: 'ok', value: fixed(1.5), storedAsText: true, raw: '1,5' },
    });
    expect(table.rows[2]!.code.maybeTrailingZeroLost).toBe(true);
  });

  it('fills a merged lead cell but never a number', () => {
    expect(names(table.rows[2]!, 'lead')).toEqual(['Sở Nội vụ']);
    expect(table.rows[2]!.numbers.max?.parse).toMatchObject({ status: 'ok', value: fixed(0.5) });
  });

  it('puts output columns to the right of anything in the table', () => {
    expect(table.layout.lastUsedCol).toBe(7);
    expect(table.layout.lastDataRow).toBe(9);
  });
});

describe('readTable: implementers without a lead column', () => {
  it('takes "Đơn vị thực hiện" as the lead when no "Chủ trì" column exists', () => {
    const t = read([
      ['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Kết quả thực hiện'],
      [1, 'Rà soát TTHC', 'Văn phòng UBND tỉnh', 'Đã xong'],
    ]);
    expect(roles(t)).toEqual({ code: 0, task: 1, lead: 2, note: 3 });
    expect(names(t.rows[0]!, 'lead')).toEqual(['Văn phòng UBND tỉnh']);
  });

  it('moves agencies marked "(thực hiện)" in a lead cell to the coordinating list (Kế hoạch Vĩnh Phúc 2024)', () => {
    const t = read([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì, thực hiện', 'Cơ quan Phối hợp'],
      [1, 'Kiểm tra', 'Sở Nội vụ (theo dõi, kiểm tra); Các cơ quan, đơn vị, địa phương (thực hiện)', 'Sở Tư pháp'],
    ]);
    expect(names(t.rows[0]!, 'lead')).toEqual(['Sở Nội vụ']);
    expect(names(t.rows[0]!, 'coordinating')).toEqual(['Sở Tư pháp', 'Các cơ quan, đơn vị, địa phương']);
  });
});

describe('readTable: placement, overrides and failures', () => {
  it('keeps absolute coordinates when the used range does not start at A1', () => {
    const t = read(
      [
        ['STT', 'Tiêu chí', 'Điểm tối đa'],
        ['1.1', 'Kế hoạch', 1.5],
      ],
      { originRow: 4, originCol: 2 },
    );
    expect(t.layout.headerRow).toBe(4);
    expect(roles(t)).toEqual({ code: 2, name: 3, max: 4 });
    expect(t.rows[0]!.numbers.max?.cell).toEqual({ row: 5, col: 4 });
    expect(t.rows[0]!.code.cell).toEqual({ row: 5, col: 2 });
  });

  it('uses the hand mapping instead of detection', () => {
    const t = read(
      [
        ['Cột A', 'Cột B', 'Cột C'],
        ['2.1', 'Theo dõi thi hành pháp luật', 2],
      ],
      {},
      { overrides: { headerRow: 0, columns: { code: 0, name: 1, max: 2 } } },
    );
    expect(t.layout.columns).toEqual([
      { role: 'code', col: 0, header: 'Cột A' },
      { role: 'name', col: 1, header: 'Cột B' },
      { role: 'max', col: 2, header: 'Cột C' },
    ]);
    expect(t.rows[0]).toMatchObject({ kind: 'criterion', code: { codes: ['2.1'] } });
  });

  it('lets a hand mapping override a header it would have read differently', () => {
    const t = read(
      [
        ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm'],
        ['2.1', 'Theo dõi', 2, 1.5],
      ],
      {},
      { overrides: { headerRow: 0, columns: { code: 0, name: 1, score: 2 } } },
    );
    expect(roles(t)).toEqual({ code: 0, name: 1, score: 2 });
    expect(t.rows[0]!.numbers.score?.parse).toMatchObject({ value: fixed(2) });
  });

  it('reports an empty sheet', () => {
    expect(readTable(gridFromRows([], { sheet: 'Trống' }))).toEqual({
      ok: false,
      failure: { reason: 'empty-sheet', sheet: 'Trống' },
    });
    expect(readTable(gridFromRows([[null, ''], ['  ', null]]))).toMatchObject({ ok: false, failure: { reason: 'empty-sheet' } });
  });

  it('reports a missing header with the roles it did see', () => {
    expect(readTable(gridFromRows([['Ghi chú', 'xin chào'], ['a', 'b']], { sheet: 'S' }))).toEqual({
      ok: false,
      failure: { reason: 'no-header', sheet: 'S', rolesSeen: ['note'] },
    });
  });

  it('looks for the header in the first 30 rows only', () => {
    const rows: BuilderValue[][] = Array.from({ length: 30 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]);
    rows.push(['STT', 'Tiêu chí', 'Điểm tối đa']);
    expect(readTable(gridFromRows(rows))).toMatchObject({ ok: false, failure: { reason: 'no-header' } });
    rows.splice(0, 1);
    expect(readTable(gridFromRows(rows))).toMatchObject({ ok: true, table: { layout: { headerRow: 29 } } });
  });

  it('never throws on a sheet of random cells', () => {
    const cells: BuilderValue[][] = [
      ['#REF!', true, 3.5, 'Tổng'],
      ['Chủ trì', 'STT', null, '1.1'],
      ['', 'IV', 'Sở Nội vụ', 'Quý IV'],
    ];
    const result = readTable(gridFromRows(cells));
    expect(result.ok).toBe(true);
  });
});

describe('readTable: a score table without a code column', () => {
  const table = read([
    ['Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá'],
    ['I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', 9.5, 8],
    ['1.1 - Thực hiện Kế hoạch CCHC năm', 1.5, 1.5],
    ['Tiêu chí 1.2: Báo cáo', 0.5, 0.25],
    ['Kiểm tra CCHC', 2, 2],
    ['Tổng cộng', 9.5, 8],
  ]);

  it('reads codes, areas and the total from the name column', () => {
    expect(table.rows.map((r) => [r.kind, r.code.codes.join(), r.name?.text])).toEqual([
      ['area', '1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
      ['criterion', '1.1', 'Thực hiện Kế hoạch CCHC năm'],
      ['criterion', '1.2', 'Tiêu chí 1.2: Báo cáo'],
      ['criterion', '', 'Kiểm tra CCHC'],
      ['total', '', 'Tổng cộng'],
    ]);
    expect(table.rows[1]!.code.cell).toEqual({ row: 2, col: 0 });
  });
});

describe('readTable properties', () => {
  const vocabulary: BuilderValue[] = [
    'STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'I', 'IV', '1.1', '2.4.1', 1.1, 3,
    0.5, 'Sở Nội vụ', 'Quý IV', 'TỔNG ĐIỂM', 'Lĩnh vực 3', '(1)', '(2)', null, '', true, '#REF!', 'Trang 2',
  ];
  it('never throws and keeps every row inside the grid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 }), { maxLength: 12 }),
        fc.boolean(),
        (rows, mergesKnown) => {
          const result = readTable(gridFromRows(rows, { mergesKnown }));
          if (result.ok) {
            for (const row of result.table.rows) {
              expect(row.row).toBeGreaterThan(result.table.layout.headerRow);
              expect(row.row).toBeLessThan(rows.length);
            }
          } else expect(['empty-sheet', 'no-header']).toContain(result.failure.reason);
        },
      ),
    );
  });
});

describe('readTable: letterhead lines against real rows', () => {
  it('skips issuer lines in capitals but keeps a row naming "UBND tỉnh" as lead', () => {
    const t = read(
      [
        ['STT', 'Nhiệm vụ', 'Chủ trì'],
        ['1.1', 'Ban hành kế hoạch', 'Sở Nội vụ'],
        [null, null, 'UBND tỉnh'],
        ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH'],
        ['1.2', 'Kiểm tra', 'Sở Nội vụ'],
      ],
      { mergesKnown: true },
    );
    expect(t.rows.map((r) => r.row)).toEqual([1, 2, 4]);
    expect(names(t.rows[1]!, 'lead')).toEqual(['UBND tỉnh']);
  });
});

describe('readTable: "Chỉ tiêu" over words is the criterion, over points the target (issue 11)', () => {
  it('reads a task table whose "Chỉ tiêu" column holds indicator texts as its criterion column', () => {
    const t = read([
      ['STT', 'Chỉ tiêu', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì'],
      ['1.1', 'Hoàn thành 100% kế hoạch CCHC', 'Theo dõi, đôn đốc', 'Sở Nội vụ'],
      ['1.2', 'Báo cáo đúng hạn', 'Tổng hợp báo cáo', 'Sở Nội vụ'],
    ]);
    expect(roles(t)).toEqual({ code: 0, name: 1, task: 2, lead: 3 });
  });

  it('reads "Chỉ tiêu 2020" over points as the target', () => {
    const t = read([
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm năm 2019', 'Chỉ tiêu 2020'],
      ['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, 1.5, '1,5'],
      ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ', 0.5, 0, 0.5],
    ]);
    expect(roles(t)).toEqual({ code: 0, name: 1, max: 2, score: 3, target: 4 });
  });
});

describe('readTable: numbering that mixes areas, item numbers, codes and letters', () => {
  const table = read([
    ['TT', 'Tiêu chí, tiêu chí thành phần', 'Nhiệm vụ, giải pháp', 'Đơn vị chủ trì, thực hiện'],
    ['I.', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
    ['1.3', 'Kiểm tra cải cách hành chính'],
    ['a)', '', 'Kiểm tra ít nhất 30% cơ quan chuyên môn cấp tỉnh', 'Sở Nội vụ'],
    ['-', '', 'Xử lý 100% vấn đề phát hiện qua kiểm tra', 'Các cơ quan, đơn vị được kiểm tra'],
    ['II.', 'CẢI CÁCH THỂ CHẾ'],
    ['1.', 'Tiêu chí 2.1: Theo dõi thi hành pháp luật', 'Kiểm tra tình hình thi hành pháp luật', 'Sở Tư pháp'],
    ['2', 'Rà soát văn bản quy phạm pháp luật', 'Công bố danh mục văn bản hết hiệu lực', 'Sở Tư pháp'],
  ]);

  it('reads a lettered or bulleted task under a criterion row as that criterion\'s', () => {
    const tasks = table.rows.filter((r) => r.kind === 'task');
    expect(tasks.slice(0, 2).map((r) => [r.row, [...r.code.codes], r.code.filled])).toEqual([
      [3, ['1.3'], true],
      [4, ['1.3'], true],
    ]);
  });

  it('takes "1." or "2" beside a task under roman areas as an item number, not area 1 or 2', () => {
    expect(table.rows.filter((r) => r.kind === 'area').map((r) => r.code.codes[0])).toEqual(['1', '2']);
    const [first, second] = table.rows.filter((r) => r.row >= 6);
    expect([first!.kind, [...first!.code.codes]]).toEqual(['task', ['2.1']]);
    expect([second!.kind, [...second!.code.codes]]).toEqual(['task', []]);
  });
});

describe('readTable: a group header over its columns', () => {
  it('reads "Nội dung" under "Nhiệm vụ" as the task, "Sản phẩm" beside it as the product', () => {
    const table = read([
      ['STT', 'Tiêu chí', 'Nhiệm vụ', '', 'Cơ quan tham mưu', 'Thời gian thực hiện'],
      ['', '', 'Nội dung', 'Sản phẩm', '', ''],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
      ['1', 'TC 1.5: Đổi mới, sáng tạo trong triển khai nhiệm vụ cải cách hành chính', 'Công nhận ít nhất 03 sáng kiến', 'Quyết định', 'Sở Khoa học và Công nghệ', 'Quý IV/2024'],
    ]);
    expect(table.layout.headerRowCount).toBe(2);
    expect(roles(table)).toEqual({ code: 0, name: 1, task: 2, product: 3, lead: 4, deadline: 5 });
  });
});

describe('readTable: names where officers put them', () => {
  it('takes an area written whole in the code column ("I. CÔNG TÁC …") with its name', () => {
    const table = read([
      ['TT', 'Nội dung', 'Nhiệm vụ', 'Cơ quan chủ trì'],
      ['I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      ['1.1', 'Thực hiện kế hoạch cải cách hành chính', 'Ban hành kế hoạch', 'Sở Nội vụ'],
    ]);
    expect(table.rows.map((r) => [r.kind, r.code.codes.join(), r.name?.text])).toEqual([
      ['area', '1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      ['task', '1.1', 'Thực hiện kế hoạch cải cách hành chính'],
    ]);
  });

  it('reads a criterion cell that holds "Tiêu chí 1.1" and nothing else as a code without a name', () => {
    const table = read([
      ['TT', 'Tiêu chí', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì'],
      ['', 'Lĩnh vực 1: Công tác chỉ đạo, điều hành'],
      ['1', 'Tiêu chí 1.1', 'Hoàn thành kế hoạch', 'Sở Nội vụ'],
    ]);
    const task = table.rows[1]!;
    expect([task.kind, [...task.code.codes], task.name]).toEqual(['task', ['1.1'], null]);
  });

  it('scores by the verified points ("Điểm thẩm định") beside the self-assessed ones', () => {
    const table = read([
      ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Cơ quan chủ trì'],
      ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 9.2, 8.82, 'Sở Nội vụ'],
    ]);
    expect(roles(table)).toEqual({ code: 0, name: 1, max: 2, score: 4, lead: 5 });
    expect(table.rows[0]!.numbers.score?.parse).toEqual({ status: 'ok', value: fixed(8.82), storedAsText: false, raw: '8.82' });
  });
});

describe('readTable: code and score columns among several candidates', () => {
  const AREAS: BuilderValue[][] = [
    ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8.32, 8.82, 'Sở Nội vụ'],
    ['2', 'Cải cách thể chế', 10, 8.03, 8.53, 'Sở Tư pháp'],
  ];

  it('takes the codes from "Mã tiêu chí" when an STT column counts the rows', () => {
    const table = read([
      ['STT', 'Mã tiêu chí', 'Lĩnh vực', 'Điểm tối đa', 'Điểm đạt được', 'Cơ quan chủ trì'],
      [1, '1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 8.82, 'Sở Nội vụ'],
      [2, '1.1', 'Thực hiện kế hoạch cải cách hành chính', null, null, 'Sở Nội vụ'],
      [3, '2', 'Cải cách thể chế', 10, 8.53, 'Sở Tư pháp'],
    ]);
    expect(roles(table).code).toBe(1);
    expect(table.rows.map((r) => r.code.codes.join())).toEqual(['1', '1.1', '2']);
  });

  it.each([
    ['merged over both years', [{ row: 0, col: 3, rowCount: 1, colCount: 2 }]],
    ['centred across both years, no merge', []],
  ])('reads "Điểm đạt được" over "Năm 2022 | Năm 2023" as a two-row header scoring by 2023 (%s)', (_, merges) => {
    const table = read(
      [['TT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm đạt được', '', 'Cơ quan chủ trì'], ['', '', '', 'Năm 2022', 2023, ''], ...AREAS],
      { merges },
    );
    expect(table.layout).toMatchObject({ headerRow: 1, headerRowCount: 2, firstDataRow: 2 });
    expect(roles(table)).toEqual({ code: 0, name: 1, max: 2, score: 4, lead: 5 });
    expect(table.rows.map((r) => r.numbers.score?.parse)).toEqual([
      { status: 'ok', value: fixed(8.82), storedAsText: false, raw: '8.82' },
      { status: 'ok', value: fixed(8.53), storedAsText: false, raw: '8.53' },
    ]);
  });
});

describe('readTable: columns officers add beside the ones read', () => {
  it('never takes "Điểm bị trừ" (the points lost) for the score', () => {
    const table = read([
      ['TT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm bị trừ', 'Điểm đạt được', 'Cơ quan chủ trì'],
      ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 9.5, 0.68, 8.82, 'Sở Nội vụ'],
    ]);
    expect(roles(table)).toEqual({ code: 0, name: 1, max: 2, score: 4, lead: 5 });
  });

  it('reads the areas from an STT column when the codes are in a "Mã tiêu chí" column', () => {
    const table = read([
      ['STT', 'Nhiệm vụ, giải pháp', 'Mã tiêu chí', 'Cơ quan chủ trì', 'Thời hạn'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
      [1, 'Ban hành kế hoạch cải cách hành chính năm 2024', '1.1', 'Sở Nội vụ', 'Tháng 01/2024'],
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      [1, 'Theo dõi tình hình thi hành pháp luật', '2.1', 'Sở Tư pháp', 'Năm 2024'],
    ]);
    expect(table.rows.map((r) => [r.kind, r.code.codes.join()])).toEqual([
      ['area', '1'],
      ['task', '1.1'],
      ['area', '2'],
      ['task', '2.1'],
    ]);
  });
});
