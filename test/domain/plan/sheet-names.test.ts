import fc from 'fast-check';
import { MAX_SHEET_NAME, TakenSheetNames, abbreviateAgency, sanitizeSheetName, sheetKey } from '../../../src/domain/plan/sheet-names';

function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME &&
    !/[:\\/?*[\]]/.test(name) &&
    !/[\u0000-\u001f]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

describe('sanitizeSheetName', () => {
  it('replaces forbidden characters and cuts to 31 characters', () => {
    expect(sanitizeSheetName('Tổ 2088/QĐ-UBND: [Hà Tĩnh]?*', [])).toBe('Tổ 2088-QĐ-UBND- -Hà Tĩnh---');
    const long = sanitizeSheetName('Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp', []);
    expect(long).toHaveLength(31);
    expect(long).toBe('Trung tâm Xúc tiến đầu tư và Hỗ');
  });

  it('numbers a name already taken, ignoring case', () => {
    expect(sanitizeSheetName('Sở Nội vụ', ['SỞ NỘI VỤ'])).toBe('Sở Nội vụ (2)');
    expect(sanitizeSheetName('Sở Nội vụ', ['sở nội vụ', 'Sở Nội vụ (2)'])).toBe('Sở Nội vụ (3)');
    expect(sanitizeSheetName('x'.repeat(40), ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('never returns an empty, apostrophe-edged or reserved name', () => {
    expect(sanitizeSheetName('', [])).toBe('Sheet');
    expect(sanitizeSheetName("'quoted'", [])).toBe('quoted');
    expect(sanitizeSheetName("' 'a", [])).toBe('a');
    expect(sanitizeSheetName("x' '", [])).toBe('x');
    expect(sanitizeSheetName('History', [])).toBe('History (2)');
  });

  it('always gives a valid name unique ignoring case (property)', () => {
    const names = fc.string({ unit: fc.constantFrom(...'aAbBđĐ:\\/?*[] \'-x1ỆệHistoryhistory'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(names, { maxLength: 25 }), fc.array(names, { maxLength: 10 }), (wanted, existing) => {
        const taken = [...existing];
        for (const w of wanted) {
          const name = sanitizeSheetName(w, taken);
          expect(isValidSheetName(name)).toBe(true);
          expect(taken.map(sheetKey)).not.toContain(sheetKey(name));
          taken.push(name);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles arbitrary unicode input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.string(), { maxLength: 5 }), (name, taken) => {
        const out = sanitizeSheetName(name, taken);
        expect(isValidSheetName(out)).toBe(true);
        expect(taken.map(sheetKey)).not.toContain(sheetKey(out));
      }),
      { numRuns: 300 },
    );
  });
});

describe('abbreviateAgency', () => {
  it.each([
    ['Sở Nội vụ', 'Sở Nội vụ'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT'],
    ['Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH'],
    ['Sở Lao động - Thương binh và Xã hội tỉnh Đắk Lắk', 'Sở LĐ-TB&XH tỉnh Đắk Lắk'],
    ['Đài Phát thanh và Truyền hình tỉnh', 'Đài PT&TH tỉnh'],
    ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm PVHCC tỉnh'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban MTTQVN tỉnh'],
    ['Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Vĩnh Phúc', 'Trung tâm XTĐT&HTDN tỉnh'],
    ['Tổ công tác theo Quyết định số 2088/QĐ-UBND (Hà Tĩnh)', 'Tổ CTTQĐS 2088/QĐ-UBND'],
  ])('%s -> %s', (name, short) => {
    const out = abbreviateAgency(name);
    expect(out).toBe(short);
    expect(out.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });
});

describe('naming sheets one after another', () => {
  it('gives each, keyed as it goes, the name it gets against every name taken before it', () => {
    const name = fc.oneof(fc.constantFrom('Sở Nội vụ', 'SỞ NỘI VỤ', 'History', "'x'", 'a'.repeat(40), 'Sở Nội vụ (2)', ''), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 5 }), fc.array(name, { maxLength: 8 }), (before, names) => {
        const taken = new TakenSheetNames(before);
        const list = [...before];
        for (const n of names) {
          const expected = sanitizeSheetName(n, list);
          if (taken.take(n) !== expected) return false;
          list.push(expected);
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
