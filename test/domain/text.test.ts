import fc from 'fast-check';
import { cleanText, fold, compareVi } from '../../src/domain/text';

/** The definition cleanText's shortcut for already-clean texts must agree with. */
function cleanedTheLongWay(input: string): string {
  return input.normalize('NFC').replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** fold's definition: what its one-pass way must give for every text it takes. */
function foldedTheLongWay(input: string): string {
  return cleanedTheLongWay(input)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9.%]+/g, ' ')
    .trim();
}

describe('text normalisation', () => {
  it('repairs the PDF glyph ƣ and composes decomposed diacritics', () => {
    expect(cleanText('NGƢỜI DÂN')).toBe('NGƯỜI DÂN');
    expect(cleanText('Tie\u0302u chi\u0301')).toBe('Tiêu chí');
  });

  it('agrees with the full normalisation on any text, clean or not', () => {
    // Letters a Vietnamese sheet holds, the traps (combining marks, ƣ, NBSP, zero-width space,
    // newlines, doubled spaces) and code points just outside the shortcut's ranges.
    const pieces = [
      'a', 'Đ', 'ư', 'Ư', 'ơ', 'ạ', 'ỹ', 'ế', 'ă', 'Tiêu chí', '1.1', '“', '”', '–', '…', ' ', '  ',
      '\u0301', '\u0302', '\u0323', 'ƣ', 'Ƣ', '\u00a0', '\u200b', '\n', '\t', '\u2028', '\u202f', '\u205f',
      '\u3000', '\ufeff', '\u1680', '\u2000', '\u2126', '\u212b', '\u0340', '\uf900', '\u0958', 'ﬁ', 'Å', 'Ω',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => cleanText(t) === cleanedTheLongWay(t)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (t) => cleanText(t) === cleanedTheLongWay(t)), { numRuns: 3000 });
  });

  it('folds case, diacritics and đ for matching', () => {
    expect(fold('Điểm  TỐI ĐA\n(2019)')).toBe('diem toi da 2019');
    expect(fold('Chủ trì, thực hiện')).toBe('chu tri thuc hien');
  });

  it('folds any text as its definition does, whichever way it is computed', () => {
    // Vietnamese letters in every case, the traps of cleanText, units whose fold depends on their
    // neighbours (combining marks, Hangul jamo, final sigma, İ) and code points beyond the table.
    const pieces = [
      'a', 'Z', 'Đ', 'đ', 'ư', 'Ư', 'Ơ', 'ạ', 'Ỹ', 'ế', 'Ă', 'Nhiệm vụ', 'ĐIỂM TỐI ĐA', '1.1', '98,2%', '.', '%', '“', '”',
      '–', '…', ' ', '\u0301', '\u0323', 'ƣ', 'Ƣ', '\u00a0', '\u200b', '\n', '\t', '\u2028', '\u3000', 'İ', 'ı', 'ß', 'æ',
      'Σ', 'ς', '\u1100', '\u1161', '\u11a8', 'ﬁ', 'Å', 'Ω', '²', '½', '\ud83d\ude00', '\u2070', '\uff21', 'Ǆ', 'ǅ',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => fold(t) === foldedTheLongWay(t)), { numRuns: 4000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 16 }), (t) => fold(t) === foldedTheLongWay(t)), { numRuns: 4000 });
  });

  it('sorts Vietnamese names with Đ after D', () => {
    const names = ['Sở Tư pháp', 'Đài Phát thanh', 'Dân tộc', 'Ban Dân tộc'];
    expect([...names].sort(compareVi)).toEqual(['Ban Dân tộc', 'Dân tộc', 'Đài Phát thanh', 'Sở Tư pháp']);
  });
});
