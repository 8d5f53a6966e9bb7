import fc from 'fast-check';
import { fixed, fixedFromUnits, type Fixed } from '../../../src/domain/fixed';
import { formatPoints, formatPointsPlain, parseNumber, parseNumberText } from '../../../src/domain/parse/number';
import { textCell } from '../../../src/domain/parse/cell';

function value(p: ReturnType<typeof parseNumber>): Fixed | null {
  return p.status === 'ok' ? p.value : null;
}

describe('parseNumber', () => {
  it.each([
    ['0,78', 0.78],
    ['1.5', 1.5],
    ['1,25 điểm', 1.25],
    [' 8,67 ', 8.67],
    ['-0,5', -0.5],
    ['2 đ', 2],
    ['10', 10],
    [',5', 0.5],
  ])('reads the text %p as %p points, flagged as text', (text, points) => {
    const p = parseNumber(textCell(text));
    expect(p).toEqual({ status: 'ok', value: fixed(points), storedAsText: true, raw: text });
  });

  it('reads a number cell exactly, even when Excel hands back float noise', () => {
    expect(parseNumber({ value: 8.669999999999998, text: '8,67', kind: 'number' })).toEqual({
      status: 'ok',
      value: fixedFromUnits(86700),
      storedAsText: false,
      raw: '8,67',
    });
  });

  it('sums text points exactly: 0,1 + 0,2 is 0,3', () => {
    const a = value(parseNumber(textCell('0,1')))!;
    const b = value(parseNumber(textCell('0,2')))!;
    expect(a + b).toBe(fixed(0.3));
  });

  it.each(['abc', '1.2.3', '8,5 x', '--1', '.'])('rejects %p as invalid, keeping the text', (text) => {
    expect(parseNumber(textCell(text))).toEqual({ status: 'invalid', raw: text });
  });

  it('treats blank cells as empty and errors and booleans as invalid', () => {
    expect(parseNumber(textCell('   '))).toEqual({ status: 'empty' });
    expect(parseNumber({ value: null, text: '', kind: 'empty' })).toEqual({ status: 'empty' });
    expect(parseNumber({ value: '#DIV/0!', text: '#DIV/0!', kind: 'error' }).status).toBe('invalid');
    expect(parseNumber({ value: true, text: 'TRUE', kind: 'boolean' }).status).toBe('invalid');
    expect(parseNumber({ value: Number.NaN, text: 'NaN', kind: 'number' }).status).toBe('invalid');
  });

  it('formats points plainly and per locale', () => {
    expect(formatPointsPlain(fixed(8.67))).toBe('8.67');
    expect(formatPointsPlain(fixed(-0.25))).toBe('-0.25');
    expect(formatPointsPlain(fixed(10))).toBe('10');
    expect(formatPoints(fixed(1.5), 'vi')).toBe('1,5');
    expect(formatPoints(fixed(1.5), 'en')).toBe('1.5');
  });
});

describe('parseNumber properties', () => {
  const units = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => fixedFromUnits(n));

  it('never throws on any text or value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean()), (v) => {
        const kind = v === null ? 'empty' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
        const p = parseNumber({ value: v, text: v === null ? '' : String(v), kind });
        expect(['ok', 'empty', 'invalid']).toContain(p.status);
      }),
    );
  });

  it('prints back what it parses: plain text with a dot', () => {
    fc.assert(
      fc.property(units, (f) => {
        const p = parseNumberText(formatPointsPlain(f));
        expect(p.status === 'ok' && p.value).toBe(f);
      }),
    );
  });

  it('prints back what it parses: Vietnamese text with a comma', () => {
    fc.assert(
      fc.property(units, (f) => {
        const p = parseNumberText(formatPoints(f, 'vi'));
        expect(p.status === 'ok' && formatPointsPlain(p.value)).toBe(formatPointsPlain(f));
      }),
    );
  });

  it('reads numbers stored as numbers back to the same points', () => {
    fc.assert(
      fc.property(units, (f) => {
        const n = Number(formatPointsPlain(f));
        const p = parseNumber({ value: n, text: String(n), kind: 'number' });
        expect(p.status === 'ok' && p.value).toBe(f);
      }),
    );
  });

  it('never throws on any Unicode text, and an ok result is always a whole number of units', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        const p = parseNumber(textCell(s));
        if (p.status === 'ok') expect(Number.isSafeInteger(p.value)).toBe(true);
        if (p.status === 'invalid') expect(p.raw).toBe(s);
      }),
    );
  });

  it('prints back what it parses when typed the way officers do: spaces, sign, unit', () => {
    const typed = fc.tuple(
      units,
      fc.constantFrom('', ' ', '  '),
      fc.constantFrom('', ' điểm', ' đ', 'điểm'),
      fc.constantFrom<'vi' | 'en'>('vi', 'en'),
    );
    fc.assert(
      fc.property(typed, ([f, pad, unit, lang]) => {
        const text = `${pad}${formatPoints(f, lang)}${unit}${pad}`;
        const p = parseNumberText(text);
        expect(p.status === 'ok' && formatPoints(p.value, lang)).toBe(formatPoints(f, lang));
      }),
    );
  });
});
