import { detectCriteriaSet, otherMixedSet, type Detection } from '../../../src/domain/criteria';
import { codesOf, namesOf, HA_TINH_2023_ROWS, DAKLAK_2020_ROWS, VINH_PHUC_2024_ROWS, type Row } from './fixtures';

const detectRows = (rows: readonly Row[]) => detectCriteriaSet(codesOf(rows), namesOf(rows));

describe('detectCriteriaSet', () => {
  it('recognises a Kế hoạch Hà Tĩnh 2023 sheet (2022-2030 index)', () => {
    const d = detectRows(HA_TINH_2023_ROWS);
    expect(d).toEqual({ id: 'par-2022', confidence: expect.any(Number), mixed: false });
    expect(d.confidence).toBeGreaterThan(0.8);
  });

  it('recognises a Kế hoạch Vĩnh Phúc 2024 sheet in its own numbering without calling it mixed', () => {
    const d = detectRows(VINH_PHUC_2024_ROWS);
    expect(d.id).toBe('par-2022');
    expect(d.mixed).toBe(false);
    expect(d.confidence).toBeGreaterThan(0.5);
  });

  it('recognises Kế hoạch Đắk Lắk 2020, Phụ lục I (2017-2020 index)', () => {
    const d = detectRows(DAKLAK_2020_ROWS);
    expect(d).toEqual({ id: 'par-2017', confidence: expect.any(Number), mixed: false });
    expect(d.confidence).toBeGreaterThan(0.8);
  });

  it('works from codes alone and from names alone', () => {
    expect(detectCriteriaSet(codesOf(DAKLAK_2020_ROWS), []).id).toBe('par-2017');
    expect(detectCriteriaSet(codesOf(HA_TINH_2023_ROWS), []).id).toBe('par-2022');
    expect(detectCriteriaSet([], namesOf(DAKLAK_2020_ROWS)).id).toBe('par-2017');
    expect(detectCriteriaSet([], namesOf(HA_TINH_2023_ROWS)).id).toBe('par-2022');
  });

  it('tells the sets apart by names when every code exists in both', () => {
    const rows: Row[] = [
      ['2.4', 'Tác động của cải cách đến chất lượng VB QPPL do tỉnh ban hành'],
      ['1.5', 'Sáng kiến hoặc giải pháp mới trong cải cách hành chính'],
      ['5.3', 'Thi nâng ngạch công chức, thăng hạng viên chức theo thẩm quyền của tỉnh'],
    ];
    expect(detectRows(rows).id).toBe('par-2017');
  });

  it('flags a sheet mixing 2017 and 2022 codes', () => {
    const rows = [...HA_TINH_2023_ROWS.slice(0, 10), ...DAKLAK_2020_ROWS.slice(0, 10)];
    const d = detectRows(rows);
    expect(d.mixed).toBe(true);
    expect(d.mixedKind).toBe('methodologies');
    expect(d.confidence).toBeLessThan(0.8);
  });

  it('names the other set of a mix: the one whose rows are fewer', () => {
    // All of Kế hoạch Hà Tĩnh 2023's rows and half of Đắk Lắk 2020's read as a 2022 sheet with 2017 rows in it.
    expect(detectRows([...HA_TINH_2023_ROWS, ...DAKLAK_2020_ROWS.slice(0, 8)])).toEqual({
      id: 'par-2022',
      confidence: expect.any(Number),
      mixed: true,
      mixedKind: 'methodologies',
      mixedWith: 'par-2017',
    });
    expect(detectRows([...HA_TINH_2023_ROWS.slice(0, 8), ...DAKLAK_2020_ROWS])).toEqual({
      id: 'par-2017',
      confidence: expect.any(Number),
      mixed: true,
      mixedKind: 'methodologies',
      mixedWith: 'par-2022',
    });
  });

  it("flags par-2022 rows mixing Kế hoạch Vĩnh Phúc 2024's and Kế hoạch Hà Tĩnh 2023's numbering", () => {
    const rows: Row[] = [
      ['7.3.5', 'Tỷ lệ hồ sơ trực tuyến toàn trình'], // Kế hoạch Vĩnh Phúc 2024 numbering
      ['7.3.7', 'Tỷ lệ hồ sơ thanh toán trực tuyến'], // Kế hoạch Hà Tĩnh 2023 numbering
      ['8.2', 'Mức độ thu hút đầu tư của tỉnh'],
    ];
    expect(detectRows(rows)).toEqual({ id: 'par-2022', confidence: expect.any(Number), mixed: true, mixedKind: 'numberings' });
  });

  it('flags a workbook combining a Kế hoạch Vĩnh Phúc 2024 table and a Kế hoạch Hà Tĩnh 2023 table', () => {
    const d = detectRows([...VINH_PHUC_2024_ROWS, ...HA_TINH_2023_ROWS]);
    expect(d.id).toBe('par-2022');
    expect(d.mixed).toBe(true);
    expect(d.mixedKind).toBe('numberings');
  });

  it('takes no bare code for evidence of a mix: a 2022 table with SIPAS sub-criteria the copy lacks is not mixed', () => {
    // 1.7 and 2.5 exist only in 2022, 8.1.1 and 8.1.2 only in 2017; the latter two are written without a name.
    const rows: Row[] = [
      ['1.7', 'Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao'],
      ['2.5', 'Phổ biến giáo dục pháp luật'],
      ['8.1', 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)'],
      ['8.1.1', ''],
      ['8.1.2', ''],
    ];
    expect(detectRows(rows)).toEqual({ id: 'par-2022', confidence: expect.any(Number), mixed: false });
  });

  it('does not call one stray code a mix', () => {
    const rows: Row[] = [...HA_TINH_2023_ROWS, ['8.6', '']];
    expect(detectRows(rows).mixed).toBe(false);
  });

  it('falls back to the current index with zero confidence when nothing tells', () => {
    expect(detectCriteriaSet([], [])).toEqual({ id: 'par-2022', confidence: 0, mixed: false });
    expect(detectCriteriaSet(['1.1', '2.1'], ['Ghi chú', ''])).toEqual({ id: 'par-2022', confidence: 0, mixed: false });
  });

  it('keeps confidence within 0..1 and grows with agreeing evidence', () => {
    const few = detectRows(DAKLAK_2020_ROWS.slice(0, 3));
    const many = detectRows(DAKLAK_2020_ROWS);
    expect(few.confidence).toBeGreaterThan(0);
    expect(many.confidence).toBeLessThanOrEqual(1);
    expect(many.confidence).toBeGreaterThan(few.confidence);
  });
});

describe('otherMixedSet', () => {
  const mostly2022: Detection = { id: 'par-2022', confidence: 0.5, mixed: true, mixedKind: 'methodologies', mixedWith: 'par-2017' };

  it('names the runner-up when the table is checked against the detected set', () => {
    expect(otherMixedSet(mostly2022, 'par-2022')).toBe('par-2017');
  });

  it('names the detected set when another set was chosen by hand', () => {
    expect(otherMixedSet(mostly2022, 'par-2017')).toBe('par-2022');
  });

  it('names nothing when the sets are not mixed, or only numberings are', () => {
    expect(otherMixedSet({ id: 'par-2022', confidence: 1, mixed: false }, 'par-2022')).toBeUndefined();
    expect(otherMixedSet({ id: 'par-2022', confidence: 1, mixed: true, mixedKind: 'numberings' }, 'par-2022')).toBeUndefined();
  });
});
