import fc from 'fast-check';
import { bestNameMatch, criteriaIndex, getCriteriaSet, nameSimilarity } from '../../../src/domain/criteria';
import { HA_TINH_2023_ROWS, DAKLAK_2020_ROWS } from './fixtures';

describe('nameSimilarity', () => {
  it('ignores case, diacritics, punctuation, numbering and "Tiêu chí" prefixes', () => {
    expect(nameSimilarity('PHỔ BIẾN GIÁO DỤC PHÁP LUẬT', 'Phổ biến giáo dục pháp luật')).toBe(1);
    expect(nameSimilarity('Pho bien giao duc phap luat', 'Phổ biến, giáo dục pháp luật.')).toBe(1);
    expect(nameSimilarity('Tiêu chí 2.5: Phổ biến giáo dục pháp luật', 'Phổ biến giáo dục pháp luật')).toBe(1);
    expect(nameSimilarity('II. CẢI CÁCH THỂ CHẾ', 'Cải cách thể chế')).toBe(1);
    expect(nameSimilarity('2.1.3 - Cải cách thể chế', 'Cải cách thể chế')).toBe(1);
  });

  it('repairs PDF damage and decomposed diacritics', () => {
    const decomposed = 'Tăng cường chất lượng'.normalize('NFD');
    expect(nameSimilarity(decomposed, 'Tăng cường chất lượng')).toBe(1);
    expect(nameSimilarity('CHẤT LƢỢNG ĐỘI NGŨ', 'Chất lượng đội ngũ')).toBe(1);
  });

  it('expands the abbreviations the plans use', () => {
    expect(nameSimilarity('Kiểm tra CCHC', 'Kiểm tra cải cách hành chính')).toBe(1);
    expect(nameSimilarity('Công khai TTHC', 'Công khai thủ tục hành chính')).toBe(1);
  });

  it('does not let numbering prefixes hide a real first word', () => {
    expect(nameSimilarity('Vị trí việc làm', 'trí việc làm')).toBeLessThan(1);
  });

  it('scores a name inside a longer criterion cell highly', () => {
    const cell = '1.1 - Thực hiện Kế hoạch CCHC năm: Kế hoạch CCHC 2022 đạt 98,2% (56/57 nhiệm vụ)';
    expect(nameSimilarity(cell, 'Thực hiện kế hoạch cải cách hành chính')).toBeGreaterThanOrEqual(0.8);
  });

  it('does not let a short phrase claim every long name that mentions it', () => {
    expect(nameSimilarity('Vị trí việc làm', 'Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm')).toBeLessThan(0.6);
  });

  it('keeps unrelated names apart', () => {
    expect(nameSimilarity('Mức độ thu hút đầu tư của tỉnh', 'Công tác tuyên truyền cải cách hành chính')).toBeLessThan(0.3);
    expect(nameSimilarity('', 'Cải cách thể chế')).toBe(0);
  });

  it('is symmetric, bounded and 1 on identical text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = nameSimilarity(a, b);
        return s >= 0 && s <= 1 && s === nameSimilarity(b, a);
      }),
    );
    const words = fc.constantFrom('Cải', 'cách', 'hành', 'chính', 'Thủ', 'tục', 'ĐẦU', 'tư', 'CCHC', 'vị', 'trí', '2.1', 'Tiêu', 'chí');
    const names = fc.array(words, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    // Text made only of numbering or labels has no words left to compare, hence the guard.
    fc.assert(fc.property(names, (a) => nameSimilarity(a, a) === 1 || nameSimilarity(a, 'x') === 0));
    fc.assert(fc.property(names, (a) => nameSimilarity(a.toUpperCase(), a.normalize('NFD')) === nameSimilarity(a, a)));
  });
});

describe('bestNameMatch', () => {
  const i22 = criteriaIndex(getCriteriaSet('par-2022'));
  const i17 = criteriaIndex(getCriteriaSet('par-2017'));

  it.each(HA_TINH_2023_ROWS)('finds Kế hoạch Hà Tĩnh 2023 row %s from its name', (code, name) => {
    expect(bestNameMatch(i22, name)?.node.code).toBe(code);
  });

  it.each(DAKLAK_2020_ROWS)('finds Kế hoạch Đắk Lắk 2020 row %s from its abbreviated name', (code, name) => {
    expect(bestNameMatch(i17, name)?.node.code).toBe(code);
  });

  it('suggests the right code for a mis-coded name', () => {
    // A sheet printing "7.3.6 Tỷ lệ hồ sơ thanh toán trực tuyến" in Kế hoạch Vĩnh Phúc 2024's numbering.
    const written = i22.byCode('7.3.6');
    const match = bestNameMatch(i22, 'Tỷ lệ hồ sơ thanh toán trực tuyến');
    expect(match?.node.code).toBe('7.3.7');
    expect(match?.node).not.toBe(written);
    expect(match?.similarity).toBe(1);
  });

  it('uses the other wordings the plans print (Phụ lục II, Kế hoạch Vĩnh Phúc 2024)', () => {
    expect(bestNameMatch(i17, 'Sáng kiến trong CCHC')?.node.code).toBe('1.5');
    expect(bestNameMatch(i22, 'Thực hiện thanh toán trực tuyến')?.node.code).toBe('7.3.7');
  });

  it('returns null when nothing is close', () => {
    expect(bestNameMatch(i22, 'Ghi chú')).toBeNull();
    expect(bestNameMatch(i22, '   ')).toBeNull();
  });
});
