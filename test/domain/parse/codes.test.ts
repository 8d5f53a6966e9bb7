import fc from 'fast-check';
import { textCell } from '../../../src/domain/parse/cell';
import { compareCodes, isCodeLike, parentCode, parseCodes, parseTextCodeByRules, romanToArabic } from '../../../src/domain/parse/codes';

describe('parseCodes', () => {
  it('takes the code off the front of a criterion cell, across wrapped lines', () => {
    expect(
      parseCodes(textCell('1.1 - Thực hiện Kế hoạch\nCCHC năm: Mức độ đạt được kế hoạch CCHC năm 2022 đạt 98,2%')),
    ).toEqual({
      codes: ['1.1'],
      rest: 'Thực hiện Kế hoạch CCHC năm: Mức độ đạt được kế hoạch CCHC năm 2022 đạt 98,2%',
      areaStyle: null,
      maybeTrailingZeroLost: false,
    });
  });

  it.each([
    ['1.1. Nâng cao chất lượng', ['1.1'], 'Nâng cao chất lượng'],
    ['2.10 Nghiên cứu, đề xuất sáng kiến mới', ['2.10'], 'Nghiên cứu, đề xuất sáng kiến mới'],
    ['1.1.Thực hiện', ['1.1'], 'Thực hiện'],
    ['2.4.1', ['2.4.1'], ''],
    ['01.02', ['1.2'], ''],
    ['7.3.6: Tỷ lệ hồ sơ', ['7.3.6'], 'Tỷ lệ hồ sơ'],
  ])('reads %p', (text, codes, rest) => {
    const p = parseCodes(textCell(text));
    expect(p.codes).toEqual(codes);
    expect(p.rest).toBe(rest);
  });

  it('reads several codes in one cell', () => {
    const p = parseCodes(textCell('5.2.3 - Tuyển dụng; 5.2.4 - Nâng ngạch;\n5.3.2 - Đánh giá'));
    expect(p.codes).toEqual(['5.2.3', '5.2.4', '5.3.2']);
    expect(p.rest).toBe('Tuyển dụng; Nâng ngạch; Đánh giá');
  });

  it('keeps a ";" in prose that is not followed by a code', () => {
    const p = parseCodes(textCell('1.3 - Kiểm tra; xử lý sau kiểm tra'));
    expect(p.codes).toEqual(['1.3']);
    expect(p.rest).toBe('Kiểm tra; xử lý sau kiểm tra');
  });

  it('finds codes named as "Tiêu chí 2.4" anywhere in the text', () => {
    expect(parseCodes(textCell('Tiêu chí 2.4')).codes).toEqual(['2.4']);
    expect(parseCodes(textCell('Khắc phục tiêu chí thành phần 7.3.6 và TC 2.4')).codes).toEqual(['7.3.6', '2.4']);
    expect(parseCodes(textCell('Cải thiện chỉ tiêu 2 năm liền')).codes).toEqual([]);
    expect(parseCodes(textCell('Đạt tiêu chí 2 của Bộ')).codes).toEqual([]);
    expect(parseCodes(textCell('Mã ETC 2.4')).codes).toEqual([]);
  });

  it.each([
    ['I', '1'],
    ['IV. CẢI CÁCH TỔ CHỨC BỘ MÁY', '4'],
    ['VIII - Tác động của CCHC', '8'],
  ])('reads the roman area row %p', (text, code) => {
    const p = parseCodes(textCell(text));
    expect(p.codes).toEqual([code]);
    expect(p.areaStyle).toBe('roman');
  });

  it('reads area labels with and without a number', () => {
    expect(parseCodes(textCell('Lĩnh vực III: Cải cách thủ tục hành chính'))).toMatchObject({
      codes: ['3'],
      areaStyle: 'label',
      rest: 'Cải cách thủ tục hành chính',
    });
    expect(parseCodes(textCell('LĨNH VỰC 3'))).toMatchObject({ codes: ['3'], areaStyle: 'label' });
    expect(parseCodes(textCell('1 Lĩnh vực “Công tác chỉ đạo, điều hành CCHC”'))).toMatchObject({
      codes: ['1'],
      areaStyle: 'label',
    });
    expect(parseCodes(textCell('Lĩnh vực “Cải cách thể chế”'))).toMatchObject({
      codes: [],
      areaStyle: 'label',
      rest: 'Cải cách thể chế',
    });
  });

  it('reads an arabic area number', () => {
    expect(parseCodes(textCell('3'))).toMatchObject({ codes: ['3'], areaStyle: 'arabic' });
    expect(parseCodes({ value: 3, text: '3', kind: 'number' })).toMatchObject({ codes: ['3'], areaStyle: 'arabic' });
  });

  it('warns that a number such as 1.1 may have been typed as 1.10', () => {
    expect(parseCodes({ value: 1.1, text: '1,1', kind: 'number' })).toEqual({
      codes: ['1.1'],
      rest: '',
      areaStyle: null,
      maybeTrailingZeroLost: true,
    });
    expect(parseCodes({ value: 2.4, text: '2.4', kind: 'number' }).maybeTrailingZeroLost).toBe(false);
    expect(parseCodes({ value: 1.11, text: '1.11', kind: 'number' }).codes).toEqual(['1.11']);
    expect(parseCodes(textCell('1.1')).maybeTrailingZeroLost).toBe(false);
  });

  it.each(['TỔNG ĐIỂM', '100% hồ sơ', '15/12/2023', 'Vĩnh Phúc', '1,5 điểm', 'a', ''])('finds no code in %p', (text) => {
    expect(parseCodes(textCell(text)).codes).toEqual([]);
  });

  it('finds no code in empty, error or out-of-range cells', () => {
    expect(parseCodes({ value: null, text: '', kind: 'empty' }).codes).toEqual([]);
    expect(parseCodes({ value: '#REF!', text: '#REF!', kind: 'error' }).codes).toEqual([]);
    expect(parseCodes({ value: -1, text: '-1', kind: 'number' }).codes).toEqual([]);
  });
});

describe('code helpers', () => {
  it('isCodeLike accepts bare codes only', () => {
    expect(['2.4.1', '1.1.', 'IV', '3'].map(isCodeLike)).toEqual([true, true, true, true]);
    expect(['a', '1.1 - Thực hiện', 'X', ''].map(isCodeLike)).toEqual([false, false, false, false]);
  });

  it('compareCodes orders numerically per segment, parents first', () => {
    expect(['1.10', '1.2', '10', '2.1.1', '2.1', '1'].sort(compareCodes)).toEqual(['1', '1.2', '1.10', '2.1', '2.1.1', '10']);
  });

  it('parentCode drops the last segment', () => {
    expect(parentCode('2.1.3')).toBe('2.1');
    expect(parentCode('2.1')).toBe('2');
    expect(parentCode('2')).toBeNull();
  });

  it('romanToArabic reads well-formed numerals only', () => {
    expect(['I', 'iv', 'VIII', 'XIV'].map(romanToArabic)).toEqual([1, 4, 8, 14]);
    expect(['IIII', 'VX', '', 'A'].map(romanToArabic)).toEqual([null, null, null, null]);
  });
});

describe('parseCodes properties', () => {
  const segment = fc.integer({ min: 1, max: 99 });
  const code = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('.'));
  const name = fc.constantFrom('Thực hiện Kế hoạch CCHC năm', 'Kiểm tra CCHC', 'Tỷ lệ hồ sơ TTHC', 'Công tác tuyên truyền');

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(Array.isArray(parseCodes(textCell(s)).codes)).toBe(true);
      }),
    );
  });

  it('generated codes round-trip, alone or in front of a name', () => {
    fc.assert(
      fc.property(code, name, fc.constantFrom(' - ', '. ', ' ', ': '), (c, n, sep) => {
        expect(parseCodes(textCell(c)).codes).toEqual([c]);
        const p = parseCodes(textCell(`${c}${sep}${n}`));
        expect(p.codes).toEqual([c]);
        expect(p.rest).toBe(n);
      }),
    );
  });

  it('several generated codes in one cell all come back in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(code.filter((c) => c.includes('.')), { minLength: 2, maxLength: 4 }), name, (cs, n) => {
        expect(parseCodes(textCell(cs.map((c) => `${c} - ${n}`).join('; '))).codes).toEqual(cs);
      }),
    );
  });

  it('compareCodes is antisymmetric and agrees with equality', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        // Summed rather than negated: -Math.sign(0) is -0, which toBe tells apart from 0.
        expect(Math.sign(compareCodes(a, b)) + Math.sign(compareCodes(b, a))).toBe(0);
        expect(compareCodes(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('codes labelled "Tiêu chí" or "Tiêu chí thành phần" come back unchanged', () => {
    fc.assert(
      fc.property(code.filter((c) => c.includes('.')), fc.constantFrom('Tiêu chí ', 'Tiêu chí thành phần ', 'tiêu chí '), (c, label) => {
        expect(parseCodes(textCell(`${label}${c}`)).codes).toEqual([c]);
      }),
    );
  });

  it('a code stored as a number reads back as the number Excel shows', () => {
    const stored = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}.${b}`);
    fc.assert(
      fc.property(stored, (c) => {
        const n = Number(c);
        expect(parseCodes({ value: n, text: String(n), kind: 'number' }).codes).toEqual([String(n)]);
      }),
    );
  });

  it('never throws on a number cell of any value', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(Array.isArray(parseCodes({ value: n, text: String(n), kind: 'number' }).codes)).toBe(true);
      }),
    );
  });
});

describe('a cell holding a code alone', () => {
  it('parses as the rules parse it, whatever digits, dots and letters it holds', () => {
    const pieces = ['1', '0', '01', '12', '123', '1234', '.', '..', ' ', '-', 'a', 'I', 'Tiêu chí ', ';', '\n'];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 9 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => expect(parseCodes(textCell(t))).toEqual(parseTextCodeByRules(t))),
      { numRuns: 3000 },
    );
  });

  it('keeps the reading of a code column: leading zeros dropped, a trailing dot ignored, an area arabic', () => {
    expect(parseCodes(textCell('01.02.'))).toEqual({ codes: ['1.2'], rest: '', areaStyle: null, maybeTrailingZeroLost: false });
    expect(parseCodes(textCell('7'))).toEqual({ codes: ['7'], rest: '', areaStyle: 'arabic', maybeTrailingZeroLost: false });
  });
});
