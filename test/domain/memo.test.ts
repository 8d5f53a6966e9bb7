import { memoizeTextPair } from '../../src/domain/memo';

describe('a memo of a function of two texts', () => {
  it('computes each pair once and tells pairs apart by both texts', () => {
    const calls: string[] = [];
    const joined = memoizeTextPair((a: string, b: string) => {
      calls.push(`${a}|${b}`);
      return { text: `${a}+${b}` };
    });
    const first = joined('Sở Nội vụ', 'UBND cấp huyện');
    expect(joined('Sở Nội vụ', 'UBND cấp huyện')).toBe(first);
    expect(joined('Sở Nội vụ', '').text).toBe('Sở Nội vụ+');
    expect(joined('', 'Sở Nội vụ').text).toBe('+Sở Nội vụ');
    expect(calls).toEqual(['Sở Nội vụ|UBND cấp huyện', 'Sở Nội vụ|', '|Sở Nội vụ']);
  });

  it('empties itself when full instead of growing, and still answers right', () => {
    let calls = 0;
    const count = memoizeTextPair((a: string, b: string) => {
      calls++;
      return a.length + b.length;
    }, 2);
    expect(count('a', 'bb')).toBe(3);
    expect(count('a', 'ccc')).toBe(4);
    expect(calls).toBe(2);
    expect(count('dd', 'e')).toBe(3); // full: emptied, then this one kept
    expect(count('a', 'bb')).toBe(3); // computed again after emptying
    expect(calls).toBe(4);
  });

  it('keeps a result that is undefined', () => {
    let calls = 0;
    const nothing = memoizeTextPair((_a: string, _b: string): undefined => {
      calls++;
      return undefined;
    });
    nothing('x', 'y');
    nothing('x', 'y');
    expect(calls).toBe(1);
  });
});
