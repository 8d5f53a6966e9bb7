import { cleanText, fold, compareVi } from '../../src/domain/text';

describe('text normalisation', () => {
  it('repairs the PDF glyph ƣ and composes decomposed diacritics', () => {
    expect(cleanText('NGƢỜI DÂN')).toBe('NGƯỜI DÂN');
    expect(cleanText('Tie\u0302u chi\u0301')).toBe('Tiêu chí');
  });

  it('folds case, diacritics and đ for matching', () => {
    expect(fold('Điểm  TỐI ĐA\n(2019)')).toBe('diem toi da 2019');
    expect(fold('Chủ trì, thực hiện')).toBe('chu tri thuc hien');
  });

  it('sorts Vietnamese names with Đ after D', () => {
    const names = ['Sở Tư pháp', 'Đài Phát thanh', 'Dân tộc', 'Ban Dân tộc'];
    expect([...names].sort(compareVi)).toEqual(['Ban Dân tộc', 'Dân tộc', 'Đài Phát thanh', 'Sở Tư pháp']);
  });
});
