import fc from 'fast-check';
import { parseDeadline } from '../../../src/domain/parse/deadline';

describe('parseDeadline', () => {
  it.each([
    ['Năm 2023', 'year', '2023-01-01', '2023-12-31'],
    ['Trong năm 2024', 'year', '2024-01-01', '2024-12-31'],
    ['Quý IV/2023', 'quarter', '2023-10-01', '2023-12-31'],
    ['Quý II/2021', 'quarter', '2021-04-01', '2021-06-30'],
    ['Quý I-IV năm 2024', 'quarter', '2024-01-01', '2024-12-31'],
    ['Quý II, III/2024', 'quarter', '2024-04-01', '2024-09-30'],
    ['Quý I, II năm 2024', 'quarter', '2024-01-01', '2024-06-30'],
    ['Năm 2024-2026', 'year', '2024-01-01', '2026-12-31'],
    ['Tháng 12/2023', 'month', '2023-12-01', '2023-12-31'],
    ['Tháng 6/2021', 'month', '2021-06-01', '2021-06-30'],
    ['Tháng 02/2024', 'month', '2024-02-01', '2024-02-29'],
    ['Tháng 6 năm 2021', 'month', '2021-06-01', '2021-06-30'],
    ['Tháng 10 - 12/2023', 'month', '2023-10-01', '2023-12-31'],
    ['Tháng 10-12/2023', 'month', '2023-10-01', '2023-12-31'],
    ['6 tháng đầu năm 2024', 'month', '2024-01-01', '2024-06-30'],
    ['Trước 15/12/2023', 'date', '2023-12-15', '2023-12-15'],
    ['Trước 25/12/2023', 'date', '2023-12-25', '2023-12-25'],
    ['15-12-2023', 'date', '2023-12-15', '2023-12-15'],
    ['Giai đoạn 2021-2025', 'year', '2021-01-01', '2025-12-31'],
  ])('reads %p as a %s from %s to %s', (raw, kind, start, end) => {
    expect(parseDeadline(raw)).toEqual({ raw, kind, start, end });
  });

  it('fills a missing year from the plan year', () => {
    expect(parseDeadline('Quý IV', 2021)).toEqual({ raw: 'Quý IV', kind: 'quarter', start: '2021-10-01', end: '2021-12-31' });
    expect(parseDeadline('Trước ngày 01/12', 2020)).toMatchObject({ kind: 'date', start: '2020-12-01' });
    expect(parseDeadline('Trước ngày 31/01 năm sau', 2023)).toMatchObject({ kind: 'date', start: '2024-01-31' });
    expect(parseDeadline('Trong năm', 2024)).toMatchObject({ kind: 'year', start: '2024-01-01', end: '2024-12-31' });
  });

  it('keeps the kind without dates when no year is known', () => {
    expect(parseDeadline('Quý III')).toEqual({ raw: 'Quý III', kind: 'quarter' });
    expect(parseDeadline('Trước ngày 01/12')).toEqual({ raw: 'Trước ngày 01/12', kind: 'date' });
  });

  it.each([
    ['Thường xuyên', 'ongoing'],
    ['Hằng năm', 'ongoing'],
    ['Hàng năm', 'ongoing'],
    ['Sau khi các cơ quan liên quan công bố chỉ số PAPI, Bộ Nội vụ công bố chỉ số CCHC tỉnh năm 2024', 'event'],
    ['Sau khi văn bản của Trung ương ban hành', 'event'],
    ['5 ngày làm việc kể từ ngày nhận được hồ sơ', 'relative'],
    ['Theo quy định của Bộ Nội vụ', 'regulation'],
    ['Theo Kế hoạch của Bộ Nội vụ', 'regulation'],
    ['Theo kế hoạch thẩm định hằng năm', 'regulation'],
    ['Khi có yêu cầu', 'event'],
    ['Sớm nhất có thể', 'unknown'],
    ['31/02/2024', 'unknown'],
  ])('reads %p as %s, keeping the raw text', (raw, kind) => {
    const d = parseDeadline(raw, 2024);
    expect(d.kind).toBe(kind);
    expect(d.raw).toBe(raw);
    expect(d.more).toBeUndefined();
  });

  it('puts further milestones of one cell in `more`', () => {
    const raw = 'Quý I/2024: xây dựng kế hoạch;\nQuý IV/2024: báo cáo kết quả';
    expect(parseDeadline(raw)).toEqual({
      raw,
      kind: 'quarter',
      start: '2024-01-01',
      end: '2024-03-31',
      more: [{ raw: 'Quý IV/2024: báo cáo kết quả', kind: 'quarter', start: '2024-10-01', end: '2024-12-31' }],
    });
    expect(parseDeadline('Tháng 3/2024 và tháng 9/2024').more).toEqual([
      { raw: 'tháng 9/2024', kind: 'month', start: '2024-09-01', end: '2024-09-30' },
    ]);
  });

  it.each([
    ['Quý \nIV/2023', 'quarter', '2023-10-01'],
    ['Trước \n15/12/2023', 'date', '2023-12-15'],
    ['Tháng \n12/2023', 'month', '2023-12-01'],
    ['Trước ngày \n30 tháng 6', 'date', '2023-06-30'],
    ['Trước ngày 15 tháng 10 năm 2023', 'date', '2023-10-15'],
  ])('reads the wrapped plan cell %p as one %s', (raw, kind, start) => {
    const d = parseDeadline(raw, 2023);
    expect(d).toMatchObject({ raw, kind, start });
    expect(d.more).toBeUndefined();
  });

  it('reads "Thường\nxuyên" wrapped over two lines as ongoing', () => {
    expect(parseDeadline('Thường \nxuyên')).toEqual({ raw: 'Thường \nxuyên', kind: 'ongoing' });
  });

  it('reads a wrapped single deadline as one', () => {
    expect(parseDeadline('Trong năm\n2024')).toEqual({ raw: 'Trong năm\n2024', kind: 'year', start: '2024-01-01', end: '2024-12-31' });
  });

  it('reads a blank cell as unknown', () => {
    expect(parseDeadline('  ')).toEqual({ raw: '  ', kind: 'unknown' });
  });

  it('never throws, and every derived period is ordered ISO dates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.option(fc.integer({ min: 2017, max: 2035 }), { nil: undefined }), (s, y) => {
        const d = parseDeadline(s, y);
        expect(d.raw).toBe(s);
        if (d.start !== undefined && d.end !== undefined) {
          expect(d.start <= d.end).toBe(true);
          expect(d.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
    );
  });

  it('round-trips generated month and quarter texts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2017, max: 2035 }), (m, y) => {
        expect(parseDeadline(`Tháng ${m}/${y}`).start).toBe(`${y}-${String(m).padStart(2, '0')}-01`);
        const q = Math.ceil(m / 3);
        const roman = ['I', 'II', 'III', 'IV'][q - 1]!;
        expect(parseDeadline(`Quý ${roman}/${y}`).start).toBe(`${y}-${String(q * 3 - 2).padStart(2, '0')}-01`);
      }),
    );
  });
});
