import { getCriteriaSet } from '../../src/domain/criteria';
import { toPoints } from '../../src/domain/fixed';
import { CHECK_OK } from '../../src/functions/par-functions';
import { cellError, functionsFor, setWithTen } from './helpers';

const fns = functionsFor();
const node2017 = (code: string) => getCriteriaSet('par-2017').nodes.find((n) => n.code === code)!;

describe('PAR.MAXPOINTS', () => {
  it('gives the maximum in points, par-2022 by default', () => {
    expect(fns.maxPoints('1')).toBe(9.5);
    expect(fns.maxPoints('8.1')).toBe(10);
    expect(fns.maxPoints('1.1', 'par-2017')).toBe(1.5);
    for (const n of getCriteriaSet('par-2017').nodes.filter((x) => x.max !== null)) {
      expect(fns.maxPoints(n.code, 'par-2017')).toBe(toPoints(n.max!));
    }
  });

  it('reads codes as the engine does: numbers, trailing dots, roman areas, the set name in any case', () => {
    expect(fns.maxPoints(1.1, 'par-2017')).toBe(1.5);
    expect(fns.maxPoints(2, 'par-2017')).toBe(10);
    expect(fns.maxPoints(' 1.1. ', ' PAR-2017 ')).toBe(1.5);
    expect(fns.maxPoints('II')).toBe(10);
    expect(fns.maxPoints('Lĩnh vực VIII')).toBe(16.5);
    // An omitted optional argument arrives as null: the default set.
    expect(fns.maxPoints('1', null as unknown as string)).toBe(9.5);
  });

  it('answers #N/A with a message, never 0, when the set has no maximum for the node', () => {
    const unknown = getCriteriaSet('par-2022').nodes.filter((n) => n.max === null);
    expect(unknown.length).toBeGreaterThan(0);
    for (const n of unknown) {
      const error = cellError(() => fns.maxPoints(n.code));
      expect(error.code).toBe('notAvailable');
      expect(error.message).toBe(`Bộ tiêu chí par-2022 chưa có điểm tối đa cho ${n.code}.`);
    }
    expect(cellError(() => functionsFor({ lang: 'en' }).maxPoints('2.4.1', 'par-2022')).message).toMatch(/not in the criteria set par-2022/);
    expect(cellError(() => functionsFor({ lang: 'en' }).maxPoints('1.1')).message).toBe('The criteria set par-2022 has no maximum for 1.1 yet.');
  });

  it('answers #N/A for a code the set does not have', () => {
    const error = cellError(() => fns.maxPoints('9.9'));
    expect(error).toEqual({ code: 'notAvailable', message: 'Mã 9.9 không có trong bộ tiêu chí par-2022.' });
  });

  it('answers #VALUE! for an argument that is not one code', () => {
    expect(cellError(() => fns.maxPoints(null))).toEqual({ code: 'invalidValue', message: 'Chưa có mã tiêu chí (ví dụ "2.4.1").' });
    expect(cellError(() => fns.maxPoints('')).code).toBe('invalidValue');
    // Excel on the desktop hands an empty cell over as 0.
    expect(cellError(() => fns.maxPoints(0)).message).toBe('Chưa có mã tiêu chí (ví dụ "2.4.1").');
    expect(cellError(() => fns.maxPoints('abc'))).toEqual({ code: 'invalidValue', message: '“abc” không phải là mã tiêu chí (ví dụ "2.4.1" hoặc "II").' });
    expect(cellError(() => fns.maxPoints(true)).code).toBe('invalidValue');
    expect(cellError(() => fns.maxPoints([['1.1']])).code).toBe('invalidValue');
    expect(cellError(() => fns.maxPoints('5.2.3; 5.2.4'))).toEqual({ code: 'invalidValue', message: 'Đối số có nhiều mã (5.2.3; 5.2.4); hàm chỉ nhận một mã.' });
  });

  it("answers #VALUE! for a set it does not know, and for 'auto', which a single cell cannot settle", () => {
    expect(cellError(() => fns.maxPoints('1', 'par-2030'))).toEqual({
      code: 'invalidValue',
      message: 'Không có bộ tiêu chí “par-2030”; hãy dùng một trong: par-2022, par-2017.',
    });
    const auto = cellError(() => fns.maxPoints('1', 'auto'));
    expect(auto.code).toBe('invalidValue');
    expect(auto.message).toContain('par-2022, par-2017');
  });
});

describe('PAR.NAME and PAR.PARENT', () => {
  it('give the name and the parent code of a node', () => {
    expect(fns.name('1.1', 'par-2017')).toBe(node2017('1.1').name);
    expect(fns.name(2)).toBe('Cải cách thể chế');
    expect(fns.parent('2.1.1')).toBe('2.1');
    expect(fns.parent(2.1)).toBe('2');
    expect(fns.parent('1.3.1', 'par-2017')).toBe('1.3');
  });

  it('let a canonical code win over an alias that spells it, as the engine does without a name', () => {
    // Kế hoạch Vĩnh Phúc 2024 prints 2.5 as "2.4"; "2.4" is also a node of its own.
    expect(fns.name('2.4')).toMatch(/^Chất lượng văn bản/);
    expect(fns.parent('2.4')).toBe('2');
  });

  it('answer #N/A for an area (no parent) and for an unknown code', () => {
    expect(cellError(() => fns.parent('3'))).toEqual({ code: 'notAvailable', message: '3 là lĩnh vực (cấp cao nhất) nên không có tiêu chí cha.' });
    expect(cellError(() => fns.name('9')).code).toBe('notAvailable');
  });
});

describe('PAR.CHECK', () => {
  const { name: name11 } = node2017('1.1');

  it('says OK when the code, name and maximum agree with the set', () => {
    expect(fns.check('1.1', name11, 1.5, 'par-2017')).toBe(CHECK_OK);
    expect(fns.check(1.1, 'Thực hiện Kế hoạch cải cách hành chính năm', '1.5', 'par-2017')).not.toBe('name-mismatch');
    // Nothing to compare: the name and the maximum are left empty (null on the web, 0 on the desktop).
    expect(fns.check('1.1', null, null, 'par-2017')).toBe(CHECK_OK);
    expect(fns.check('1.1', 0, 0, 'par-2017')).toBe(CHECK_OK);
  });

  it('returns the engine rule ids', () => {
    expect(fns.check('1.1', name11, 2, 'par-2017')).toBe('max-mismatch');
    expect(fns.check('1.1', 'Tổ chức bộ máy hành chính nhà nước', 1.5, 'par-2017')).toBe('name-mismatch');
    expect(fns.check('9.9', 'Một tiêu chí nào đó', 1, 'par-2017')).toBe('unknown-code');
    expect(fns.check('2.1.9', 'Một mục mới', null)).toBe('code-not-in-copy');
    expect(fns.check('1.1', name11, 'một rưỡi', 'par-2017')).toBe('not-a-number');
    expect(fns.check('1.1', name11, '1,5', 'par-2017')).toBe('number-as-text');
    expect(fns.check('1.1', name11, -1.5, 'par-2017')).toBe('negative-value');
  });

  it('reads the name from a code cell that carries it, and codes named in prose', () => {
    expect(fns.check('1.1 - Thực hiện Kế hoạch CCHC năm', null, 1.5, 'par-2017')).toBe(CHECK_OK);
    expect(fns.check('1.1 - Tổ chức bộ máy hành chính nhà nước', null, 1.5, 'par-2017')).toBe('name-mismatch');
    expect(fns.parent('Tiêu chí 2.4')).toBe('2');
  });

  it('says ambiguous-code for a code two numberings use when the name settles nothing', () => {
    expect(fns.check('2.4', '', null)).toBe('ambiguous-code');
    expect(fns.check('2.4', 'Phổ biến giáo dục pháp luật', null)).toBe(CHECK_OK);
  });

  it('puts an error before a warning on the same row', () => {
    // A name that fits no other node is a warning, max-mismatch an error: the error is the answer.
    expect(fns.check('1.1', 'Nội dung chẳng liên quan gì', 3, 'par-2017')).toBe('max-mismatch');
    expect(fns.check('1.1', 'Nội dung chẳng liên quan gì', 1.5, 'par-2017')).toBe('name-mismatch');
    // A name that belongs to another node is an error too, and the engine reports the code first.
    expect(fns.check('1.1', 'Tổ chức bộ máy hành chính nhà nước', 3, 'par-2017')).toBe('name-mismatch');
  });

  it('does not check a maximum the set does not know (as the pane does not)', () => {
    expect(fns.check('1.1', 'Thực hiện kế hoạch cải cách hành chính', 3)).toBe(CHECK_OK);
  });

  it('gives Excel errors, not a rule id, for arguments that are not a code or a set', () => {
    expect(cellError(() => fns.check(null, 'x', 1)).code).toBe('invalidValue');
    expect(cellError(() => fns.check('1.1; 1.2', 'x', 1)).code).toBe('invalidValue');
    expect(cellError(() => fns.check('1.1', 'x', 1, 'auto')).code).toBe('invalidValue');
  });
});

describe('1.1 and 1.10 (Excel drops the zero of a code typed as a number)', () => {
  const ten = functionsFor({ sets: setWithTen() });

  it('reads a number 1.1 as 1.1 when nothing says otherwise, and "1.10" as 1.10', () => {
    expect(ten.maxPoints(1.1)).toBe(1);
    expect(ten.maxPoints('1.10')).toBe(2);
    expect(ten.name('1.10')).toBe('Tổ chức hội nghị đối thoại với doanh nghiệp');
  });

  it('lets the name settle it in PAR.CHECK, without a warning', () => {
    expect(ten.check(1.1, 'Tổ chức hội nghị đối thoại với doanh nghiệp', 2)).toBe(CHECK_OK);
    expect(ten.check(1.1, 'Ban hành kế hoạch cải cách hành chính', 1)).toBe(CHECK_OK);
    expect(ten.check(1.1, 'Tổ chức hội nghị đối thoại với doanh nghiệp', 1)).toBe('max-mismatch');
    expect(ten.check('1.10', 'Ban hành kế hoạch cải cách hành chính', 2)).toBe('name-mismatch');
  });

  it('points at 1.10 when the set has no 1.1', () => {
    const only = functionsFor({ sets: setWithTen({ withoutOneOne: true }) });
    const error = cellError(() => only.maxPoints(1.1));
    expect(error.code).toBe('notAvailable');
    expect(error.message).toContain('"1.10"');
    expect(cellError(() => only.maxPoints('1.1')).message).toBe('Mã 1.1 không có trong bộ tiêu chí par-2022.');
  });
});

describe('unexpected failures', () => {
  it('still reach the cell as an Excel error with a message', () => {
    const broken = functionsFor({
      sets: {
        ids: () => ['par-2022'],
        get: () => {
          throw new Error('dữ liệu hỏng');
        },
      },
    });
    expect(cellError(() => broken.maxPoints('1'))).toEqual({ code: 'invalidValue', message: 'Lỗi không mong đợi khi tính hàm: dữ liệu hỏng' });
  });
});
