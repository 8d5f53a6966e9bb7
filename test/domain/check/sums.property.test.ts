import fc from 'fast-check';
import { checkTable } from '../../../src/domain/check';
import { fixedFromUnits } from '../../../src/domain/fixed';
import { formatPointsPlain } from '../../../src/domain/parse/number';
import { indexFromNodes, tableFromLines, type LineSpec } from './builders';

/** Hundredths as the decimal a sheet would hold (0.07, 1.1, 2.35): the values that drift as floats. */
const hundredths = (n: number): number => Number(formatPointsPlain(fixedFromUnits(n * 100)));

describe('subtotal sums are exact', () => {
  const children = fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 12 });

  it('a parent stated as the decimal sum of its children never differs, and any other value does by exactly the gap', () => {
    fc.assert(
      fc.property(children, fc.integer({ min: -5, max: 5 }), (parts, offset) => {
        const codes = parts.map((_, i) => `1.${i + 1}`);
        const index = indexFromNodes([{ code: '1', name: 'Lĩnh vực một' }, ...codes.map((code) => ({ code, name: `Tiêu chí ${code}` }))]);
        const total = parts.reduce((a, b) => a + b, 0) + offset;
        const lines: LineSpec[] = [
          { code: '1', score: hundredths(total) },
          ...parts.map((p, i) => ({ code: codes[i]!, score: hundredths(p) })),
        ];
        const found = checkTable(tableFromLines(lines), index).filter((f) => f.rule === 'subtotal-mismatch');
        if (offset === 0) return found.length === 0;
        return (
          found.length === 1 &&
          found[0]!.params['difference'] === formatPointsPlain(fixedFromUnits(Math.abs(offset) * 100)) &&
          found[0]!.severity === (Math.abs(offset) <= 2 ? 'warning' : 'error')
        );
      }),
      { numRuns: 200 },
    );
  });
});
