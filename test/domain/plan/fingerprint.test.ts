import fc from 'fast-check';
import {
  ColumnEncoder,
  decodeColumn,
  encodeColumn,
  EMPTY_PRINT,
  fingerprint,
  fingerprintWith,
  hyperlinkText,
  normalizeFormula,
  normalizeFormulaByRules,
  planCellPrint,
  planContent,
  type TextPrints,
} from '../../../src/domain/plan/fingerprint';
import type { PlanCell } from '../../../src/domain/plan/types';

describe('formula fingerprints', () => {
  it('give one fingerprint to the same formula filled down a column', () => {
    // Row 5 (index 4) sums D5:D7; the same formula one row down sums D6:D8.
    expect(normalizeFormula('=SUM(D5:D7)', 4)).toBe(normalizeFormula('=SUM(D6:D8)', 5));
    expect(fingerprint({ formula: '=D5-E5' }, 4)).toBe(fingerprint({ formula: '=D9-E9' }, 8));
    expect(fingerprint({ formula: '=D5-E5' }, 4)).not.toBe(fingerprint({ formula: '=D5-E6' }, 4));
  });

  it('keep absolute rows absolute', () => {
    expect(normalizeFormula('=$D$5*2', 4)).toBe(normalizeFormula('=$D$5*2', 9));
    expect(normalizeFormula('=$D$5*2', 4)).not.toBe(normalizeFormula('=$D$6*2', 4));
  });

  it('ignore case and spaces as hosts tidy them, but not inside text', () => {
    expect(normalizeFormula('=sum( d5 , e5 )', 4)).toBe(normalizeFormula('=SUM(D5,E5)', 4));
    expect(normalizeFormula('=_xlfn.NUMBERVALUE(D5,",",".")', 4)).toBe(normalizeFormula('=NUMBERVALUE(D5,",",".")', 4));
    expect(normalizeFormula('=IF(A1="Đạt","x","")', 0)).not.toBe(normalizeFormula('=IF(A1="ĐẠT","x","")', 0));
    // Function names ending in digits are not references.
    expect(normalizeFormula('=LOG10(B2)', 1)).toBe('LOG10(BR[0])');
  });
});

describe('the quick way to normalise formulas', () => {
  // Pieces that make references, names around them, text constants with doubled quotes, spaces the
  // rules remove, _xlfn. prefixes, functions ending in digits, and letters beyond ASCII (the rules' way).
  const pieces = ['=', '$', 'A', 'd', 'XFD', 'ABCD', 'Sum', '_xlfn.', '_XLFN.', '1', '05', '1048576', '(', ')', ':', ',', '!', "'", '"', '""', ' ', '\t', '\n', 'LOG10(', 'R[', '&', '#', 'Đ', 'ß', '\u00a0', 'Tổng'];
  const formula = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join(''));

  it('gives what the rules give, for any formula and row', () => {
    fc.assert(fc.property(formula, fc.nat(1_048_575), (f, row) => normalizeFormula(f, row) === normalizeFormulaByRules(f, row)), { numRuns: 5000 });
    const ascii = fc.string({ unit: 'binary-ascii', maxLength: 24 });
    fc.assert(fc.property(ascii, fc.nat(100), (f, row) => normalizeFormula(f, row) === normalizeFormulaByRules(f, row)), { numRuns: 3000 });
  });

  it('changes what the rules change: case, spaces, _xlfn. and row numbers, not text constants', () => {
    expect(normalizeFormula('=sum( d5 : $D$9 )&"a ""b"""&ABCD12', 4)).toBe('SUM(DR[0]:$D$9)&"a ""b"""&ABCDR[7]');
    expect(normalizeFormula('=_xlfn.CONCAT("x y",A1)', 0)).toBe('CONCAT("x y",AR[0])');
  });

  it('leaves a formula to the full link test only when it might be a link', () => {
    const link = fc
      .array(fc.constantFrom('=', ' ', '\u00a0', 'HYPERLINK(', 'hyperlink(', '"#A1"', ',', '"x"', '&', ')', 'SUM(', 'A1'), { maxLength: 8 })
      .map((p) => p.join(''));
    // The full test's own first step: a link is a formula that starts with HYPERLINK( once trimmed.
    const startsAsLink = (f: string) => /^HYPERLINK\(/i.test(f.replace(/^=/, '').trim());
    fc.assert(fc.property(link, (f) => startsAsLink(f) || hyperlinkText(f) === null), { numRuns: 3000 });
    expect(hyperlinkText('=\u00a0HYPERLINK("#A1","x")')).toBe('x');
    expect(hyperlinkText('= hyperlink("#A1","x")')).toBe('x');
    expect(hyperlinkText('=SUM(A1)')).toBeNull();
  });
});

describe('links', () => {
  it('read as the text they show, however they were written', () => {
    expect(hyperlinkText(`=HYPERLINK("#'Sở Nội vụ'!A5","Sở Nội vụ")`)).toBe('Sở Nội vụ');
    expect(hyperlinkText('=HYPERLINK("#A1","Nói ""đúng"""&" hạn")')).toBe('Nói "đúng" hạn');
    expect(hyperlinkText('=HYPERLINK("#A1",B2)')).toBeNull();
    expect(hyperlinkText('=SUM(A1)')).toBeNull();
    const link = planContent({ value: 'Sở Nội vụ', link: { sheet: 'Sở Nội vụ', cell: 'A5' } });
    expect(fingerprint(link, 3)).toBe(fingerprint({ formula: `=HYPERLINK("#'Sở Nội vụ'!A5","Sở Nội vụ")` }, 3));
  });
});

describe('constants', () => {
  it('tell empty, text, number and boolean apart', () => {
    expect(fingerprint(null, 0)).toBe(EMPTY_PRINT);
    expect(fingerprint('', 0)).toBe(EMPTY_PRINT);
    expect(fingerprint('1', 0)).not.toBe(fingerprint(1, 0));
    expect(fingerprint(true, 0)).not.toBe(fingerprint('TRUE', 0));
    expect(fingerprint('Ghi chú', 0)).toMatch(/^[0-9a-z]{3}$/);
    expect(planContent({ value: Number.NaN })).toBeNull();
  });
});

describe('fingerprint columns', () => {
  it('write runs once with their count and leave trailing empty cells out', () => {
    const column = ['abc', 'abc', 'abc', '-', 'x1y', '-', '-'];
    expect(encodeColumn(column)).toBe('abc(3)-x1y');
    expect(decodeColumn('abc(3)-x1y')).toEqual(column.slice(0, 5));
    expect(encodeColumn(['-', '-'])).toBe('');
    expect(decodeColumn('')).toEqual([]);
  });

  it('encode the same fed one fingerprint at a time', () => {
    const column = fc.array(fc.constantFrom(EMPTY_PRINT, 'abc', 'x1y', '00z'), { maxLength: 40 });
    fc.assert(
      fc.property(column, (prints) => {
        const encoder = new ColumnEncoder();
        for (const p of prints) encoder.add(p);
        return encoder.text() === encodeColumn(prints);
      }),
      { numRuns: 3000 },
    );
  });

  it('encode the same fed a long column one fingerprint at a time (runs past the encoder\'s pieces)', () => {
    // Mostly distinct prints, as a task list's own texts give: well over the 512 runs the encoder joins at a time.
    const print = fc.oneof(fc.constantFrom(EMPTY_PRINT, 'abc'), fc.stringMatching(/^[0-9a-z]{3}$/));
    fc.assert(
      fc.property(fc.array(print, { minLength: 400, maxLength: 3000 }), (prints) => {
        const encoder = new ColumnEncoder();
        for (const p of prints) encoder.add(p);
        return encoder.text() === encodeColumn(prints);
      }),
      { numRuns: 60 },
    );
  });

  it('refuse text not of their form', () => {
    expect(decodeColumn('ab')).toBeNull();
    expect(decodeColumn('abc(0)')).toBeNull();
    expect(decodeColumn('ABC')).toBeNull();
  });
});

describe('fingerprints remembered over one pass', () => {
  it('are the fingerprints themselves, text looked up after its first time', () => {
    const texts: TextPrints = new Map();
    const contents = ['Quý IV', 'Quý IV', '', null, 3.5, true, { formula: '=D5-E5' }, 'Quý IV'];
    for (const content of contents) expect(fingerprintWith(texts, content, 4)).toBe(fingerprint(content, 4));
    expect([...texts.keys()]).toEqual(['Quý IV']);
  });

  it('stay the fingerprints themselves when more texts pass than are remembered', () => {
    const texts: TextPrints = new Map();
    const contents = Array.from({ length: 10_000 }, (_, i) => `Nhiệm vụ ${i % 5_000}`);
    for (const content of contents) expect(fingerprintWith(texts, content, 0)).toBe(fingerprint(content, 0));
    // The memory is bounded: a 50,000-row plan's own texts are not all kept.
    expect(texts.size).toBeLessThanOrEqual(4096);
  });
});

describe('a plan cell’s fingerprint', () => {
  it('is the fingerprint of what the cell leaves in the workbook, whatever the cell', () => {
    const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constantFrom('', 'Quý IV', '8.2'), fc.string(), fc.double(), fc.boolean());
    const cell: fc.Arbitrary<PlanCell | null> = fc.oneof(
      fc.constant(null),
      value.map((v) => ({ value: v }) as PlanCell),
      value.map((v) => ({ value: v, link: { sheet: 'Phụ lục II', cell: 'A5' } }) as PlanCell),
      fc.tuple(fc.constantFrom('=D5-E5', '=SUM(D6:D8)', 'HYPERLINK("#\'S\'!A1","x")', '=a1 + b$2'), value).map(([formula, cached]) => ({ formula, cached }) as PlanCell),
    );
    const texts: TextPrints = new Map();
    fc.assert(
      fc.property(cell, fc.nat(1000), (c, row) => planCellPrint(texts, c, row) === fingerprint(planContent(c), row)),
      { numRuns: 3000 },
    );
  });
});
