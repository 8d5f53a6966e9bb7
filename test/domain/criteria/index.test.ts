import { aliasTarget, criteriaIndex, getCriteriaSet } from '../../../src/domain/criteria';

describe('criteriaIndex', () => {
  const i22 = criteriaIndex(getCriteriaSet('par-2022'));
  const i17 = criteriaIndex(getCriteriaSet('par-2017'));

  it('finds nodes by canonical code, tolerating spaces and a trailing dot', () => {
    expect(i22.byCode('7.3.6')?.name).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(i22.byCode(' 2.1.1. ')?.code).toBe('2.1.1');
    expect(i22.byCode('9.1')).toBeUndefined();
  });

  it('resolves Kế hoạch Vĩnh Phúc 2024 codes that exist only as aliases', () => {
    // 7.3.5 is canonical too, so the alias reading is asked for explicitly.
    expect(aliasTarget(i22, '7.3.5')?.code).toBe('7.3.6');
    expect(aliasTarget(i22, '8.4')?.code).toBe('8.5');
    expect(aliasTarget(i22, '2.4')?.code).toBe('2.5');
    expect(aliasTarget(i22, '7.3.1')).toBeUndefined();
  });

  it('prefers the canonical node when a code is both canonical and an alias', () => {
    expect(i22.resolve('2.4')?.name).toMatch(/^Chất lượng văn bản/);
    expect(i22.byCode('2.4')).toBe(i22.resolve('2.4'));
  });

  it('resolves an alias that no canonical node uses', () => {
    const custom = {
      ...getCriteriaSet('par-2022'),
      nodes: getCriteriaSet('par-2022').nodes.map((n) => (n.code === '1.7' ? { ...n, aliases: ['1.9'] } : n)),
    };
    expect(criteriaIndex(custom).resolve('1.9')?.code).toBe('1.7');
    expect(criteriaIndex(custom).byCode('1.9')).toBeUndefined();
  });

  it('lists children in tree order and areas at the top', () => {
    expect(i22.children('7.3').map((n) => n.code)).toEqual(['7.3.1', '7.3.2', '7.3.3', '7.3.4', '7.3.5', '7.3.6', '7.3.7']);
    expect(i17.children('1.3').map((n) => n.code)).toEqual(['1.3.1', '1.3.2']);
    expect(i17.children(null)).toBe(i17.areas());
    expect(i22.children('1.1')).toEqual([]);
  });
});
